#!/usr/bin/env python3
"""Generates a synthetic AIMS repository for benchmarks: N documents of realistic size
(front matter, headings, prose, a table, links between documents) and an SoA, committed
with a fixed author and date. Deterministic for a given N and seed.

    Scripts/generate-aims.py DEST [--documents 1000] [--seed 42]
"""
import argparse, os, random, shutil, subprocess

CONTROLS = ("A.2.2 A.2.3 A.2.4 A.3.2 A.3.3 A.4.2 A.4.3 A.4.4 A.4.5 A.4.6 A.5.2 A.5.3 A.5.4 A.5.5 "
            "A.6.1.2 A.6.1.3 A.6.2.2 A.6.2.3 A.6.2.4 A.6.2.5 A.6.2.6 A.6.2.7 A.6.2.8 A.7.2 A.7.3 A.7.4 "
            "A.7.5 A.7.6 A.8.2 A.8.3 A.8.4 A.8.5 A.9.2 A.9.3 A.9.4 A.10.2 A.10.3 A.10.4").split()
MANDATORY = [("4.3", "scope"), ("4.4", "manual"), ("5.2", "policy"), ("6.1.1", "register"), ("6.1.2", "procedure"),
             ("6.1.3", "procedure"), ("6.1.3", "plan"), ("6.1.3", "record"), ("6.1.4", "assessment"), ("6.1.4", "procedure"),
             ("6.2", "plan"), ("7.2", "record"), ("7.5.1", "register"), ("8.1", "record"), ("8.2", "assessment"),
             ("8.3", "register"), ("8.4", "assessment"), ("9.1", "report"), ("9.2.2", "plan"), ("9.3.3", "record"), ("10.2", "register")]
TYPES = ["policy", "procedure", "process", "plan", "register", "record", "report", "assessment"]
WORDS = ("model data risk control owner review approval system customer supplier monitoring drift bias "
         "fairness evidence record training deployment incident retention logging transparency oversight").split()

def prose(rng, sentences):
    return " ".join(" ".join(rng.choice(WORDS) for _ in range(rng.randint(8, 16))).capitalize() + "." for _ in range(sentences))

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("dest")
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    shutil.rmtree(args.dest, ignore_errors=True)
    os.makedirs(os.path.join(args.dest, "docs"))
    with open(os.path.join(args.dest, "aims.yaml"), "w") as f:
        f.write("organization: Benchmark Ltd\nscope: Synthetic AIMS for benchmarks\ndocuments: [docs]\n")
    count = args.documents
    for i in range(count):
        clause, kind = MANDATORY[i] if i < len(MANDATORY) else (rng.choice(["7.2", "8.1", "9.1", "10.2"]), rng.choice(TYPES))
        controls = rng.sample(CONTROLS, 3) if i >= len(MANDATORY) else [CONTROLS[i % len(CONTROLS)], CONTROLS[(i + 21) % len(CONTROLS)]]
        target = rng.randrange(count)
        body = [f"# Document {i}", "", prose(rng, 4), "", "## Purpose", "", prose(rng, 5),
                f"See [document {target}](doc-{target:05d}.md#purpose).", "", "## Details", "",
                "| Item | Owner | Due |", "|---|---|---|"]
        body += [f"| {rng.choice(WORDS)} | {rng.choice(WORDS)} | 2027-0{rng.randint(1, 9)}-1{rng.randint(0, 9)} |" for _ in range(5)]
        body += ["", prose(rng, 6), "", "- [x] reviewed", "- [ ] ~~obsolete~~ step", ""]
        front = ["---", f"id: DOC-{i:05d}", f"title: Document {i}", f"type: {kind}", "status: approved", 'version: "1.0"',
                 "owner: AI governance", "approver: Board", "effective: 2026-01-15", "next_review: 2027-01-15",
                 f'clauses: ["{clause}"]', f"controls: [{', '.join(controls)}]", "---"]
        with open(os.path.join(args.dest, "docs", f"doc-{i:05d}.md"), "w") as f:
            f.write("\n".join(front + body))
    rows = "\n".join(f"| {c} | yes | implemented | Needed for the synthetic systems. |" for c in CONTROLS)
    with open(os.path.join(args.dest, "docs", "soa.md"), "w") as f:
        f.write("---\nid: SOA\ntitle: Statement of Applicability\ntype: soa\nstatus: approved\napprover: Board\n"
                "effective: 2026-01-15\nnext_review: 2027-01-15\nclauses: [\"6.1.3\"]\n---\n# SoA\n\n"
                "| Control | Applicable | Status | Justification |\n|---|---|---|---|\n" + rows + "\n")
    env = dict(os.environ, GIT_AUTHOR_NAME="Bench", GIT_AUTHOR_EMAIL="bench@example.invalid",
               GIT_COMMITTER_NAME="Bench", GIT_COMMITTER_EMAIL="bench@example.invalid",
               GIT_AUTHOR_DATE="2026-02-01T00:00:00 +0000", GIT_COMMITTER_DATE="2026-02-01T00:00:00 +0000")
    git = ["git", "-C", args.dest, "-c", "commit.gpgsign=false"]
    subprocess.run(git + ["init", "-q", "-b", "main"], check=True, env=env)
    subprocess.run(git + ["add", "-A"], check=True, env=env)
    subprocess.run(git + ["commit", "-q", "-m", "Synthetic AIMS\n\nApproved-by: Board <board@example.invalid>"], check=True, env=env)

if __name__ == "__main__":
    main()
