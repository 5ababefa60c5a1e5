#!/usr/bin/env python3
"""Generates a synthetic documentation repository for Scripts/bench-history.sh.

Documents live in area-*/topic-*/ folders (ten per folder), or all in one docs/ folder with
--layout flat (the worst case for comparing trees). History grows the set of
documents from a fifth of the target to the full count, edits one to three documents per
commit, occasionally deletes or renames one (renames only on main), and develops topics on
short-lived branches merged back with merge commits (some of them resolving a conflict).
Dates only move forward, with a few commits in the same second, as a rebased series leaves
them. Everything is derived from --seed: the same arguments give the same commit ids.

The repository is written with `git fast-import` (thousands of commits in seconds) and then
packed with `git gc`, like a clone would be.
"""
import argparse
import os
import random
import subprocess
import sys

PEOPLE = [("Alice Example", "alice@example.com"), ("Bob Example", "bob@example.com"),
          ("Carol Example", "carol@example.com"), ("Dan Example", "dan@example.com")]
WORDS = ("risk control objective policy review audit record evidence owner scope "
         "impact assessment model data supplier incident training monitoring change "
         "approval register procedure requirement lifecycle transparency").split()


class Generator:
    def __init__(self, documents, commits, seed, flat=False):
        self.random = random.Random(seed)
        self.flat = flat
        self.target_documents = documents
        self.target_commits = commits
        self.made = 0
        self.marks = 0
        self.time = 1_767_348_000
        self.serial = 0
        self.out = []
        self.main = {}          # path -> content on main
        self.main_mark = None

    # --- content -------------------------------------------------------------------------
    def sentence(self):
        return " ".join(self.random.choice(WORDS) for _ in range(self.random.randint(8, 16))).capitalize() + "."

    def document(self, path):
        self.serial += 1
        lines = ["---", f"id: DOC-{self.serial:05d}", f"title: {path.rsplit('/', 1)[-1][:-3]}",
                 "status: approved", "---", "", f"# {path}", ""]
        lines += [self.sentence() for _ in range(self.random.randint(6, 14))]
        return "\n".join(lines) + "\n"

    def edited(self, content):
        lines = content.split("\n")
        body = range(8, max(9, len(lines) - 1))
        roll = self.random.random()
        if roll < 0.5:
            lines[self.random.choice(body)] = self.sentence()
        elif roll < 0.8:
            lines.insert(self.random.choice(body), self.sentence())
        elif len(lines) > 12:
            del lines[self.random.choice(body)]
        return "\n".join(lines)

    def new_path(self, state):
        while True:
            area, topic = self.random.randrange(10), self.random.randrange(10)
            folder = "docs" if self.flat else f"area-{area}/topic-{topic}"
            path = f"{folder}/doc-{self.random.randrange(10_000):04d}.md"
            if path not in state:
                return path

    # --- fast-import stream --------------------------------------------------------------
    def emit_commit(self, ref, message, parents, changes):
        """changes: list of (path, content or None for deletion)."""
        self.marks += 1
        self.made += 1
        if self.random.random() >= 0.06:  # most commits move time forward; a few share a second
            self.time += self.random.randint(30, 3600)
        name, email = self.random.choice(PEOPLE)
        out = self.out
        out.append(f"commit {ref}\nmark :{self.marks}\n")
        out.append(f"author {name} <{email}> {self.time} +0000\n")
        out.append(f"committer {name} <{email}> {self.time} +0000\n")
        data = message.encode()
        out.append(f"data {len(data)}\n{message}\n")
        if parents:
            out.append(f"from :{parents[0]}\n")
            for parent in parents[1:]:
                out.append(f"merge :{parent}\n")
        for path, content in changes:
            if content is None:
                out.append(f"D {path}\n")
            else:
                data = content.encode()
                out.append(f"M 100644 inline {path}\ndata {len(data)}\n{content}\n")
        out.append("\n")
        return self.marks

    # --- shapes --------------------------------------------------------------------------
    def edits(self, state, allow_structure):
        """One commit's worth of changes to `state` (applied in place)."""
        changes = []
        want_more = len(state) < self.target_documents
        progress = self.made / self.target_commits
        # Grow towards the target count along the way.
        if want_more and self.random.random() < (self.target_documents - len(state)) / max(1, (1 - progress) * self.target_commits) * 1.3:
            path = self.new_path(state)
            state[path] = self.document(path)
            changes.append((path, state[path]))
        for _ in range(self.random.randint(1, 3)):
            path = self.random.choice(sorted(state)) if len(state) < 50 else self.random.choice(list(state))
            state[path] = self.edited(state[path])
            changes.append((path, state[path]))
        roll = self.random.random()
        if allow_structure and roll < 0.01 and len(state) > 50:
            path = self.random.choice(list(state))
            del state[path]
            changes.append((path, None))
        elif allow_structure and roll < 0.02 and len(state) > 50:
            old = self.random.choice(list(state))
            new = self.new_path(state)
            content = state.pop(old)
            if self.random.random() < 0.5:
                content = self.edited(content)
            state[new] = content
            changes += [(old, None), (new, content)]
        # The last word for each path wins, as in the tree.
        final = {}
        for path, content in changes:
            final[path] = content
        return sorted(final.items())

    def main_commit(self, message="Update documents"):
        changes = self.edits(self.main, allow_structure=True)
        parents = [self.main_mark] if self.main_mark else []
        self.main_mark = self.emit_commit("refs/heads/main", message, parents, changes)
        return changes

    def topic(self, number):
        fork_mark = self.main_mark
        topic_state = dict(self.main)
        topic_mark = fork_mark
        topic_changed = set()
        main_changed = set()
        for _ in range(self.random.randint(2, 6)):
            if self.made >= self.target_commits - 2:
                break
            if self.random.random() < 0.6:
                changes = self.edits(topic_state, allow_structure=False)
                topic_changed.update(path for path, _ in changes)
                topic_mark = self.emit_commit(f"refs/heads/topic-{number}", f"Topic {number}: revise", [topic_mark], changes)
            else:
                main_changed.update(path for path, _ in self.main_commit())
        if topic_mark == fork_mark:
            return
        merged = []
        for path in sorted(topic_changed):
            theirs = topic_state.get(path)
            if path in main_changed and self.main.get(path) != theirs:
                # Both sides changed it: a hand-made resolution differing from both.
                resolution = self.edited(theirs if theirs is not None else self.document(path))
                merged.append((path, resolution))
                self.main[path] = resolution
            elif self.main.get(path) != theirs:
                merged.append((path, theirs))
                if theirs is None:
                    self.main.pop(path, None)
                else:
                    self.main[path] = theirs
        self.main_mark = self.emit_commit("refs/heads/main", f"Merge topic {number}", [self.main_mark, topic_mark], merged)

    def generate(self):
        for _ in range(self.target_documents // 5):
            path = self.new_path(self.main)
            self.main[path] = self.document(path)
        self.main_mark = self.emit_commit("refs/heads/main", "Initial documents", [], sorted(self.main.items()))
        topics = 0
        while self.made < self.target_commits:
            if self.random.random() < 0.1 and self.made < self.target_commits - 8:
                topics += 1
                self.topic(topics)
            else:
                self.main_commit()
        return "".join(self.out)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("destination")
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--commits", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--layout", choices=["nested", "flat"], default="nested")
    arguments = parser.parse_args()

    stream = Generator(arguments.documents, arguments.commits, arguments.seed, arguments.layout == "flat").generate()
    os.makedirs(arguments.destination, exist_ok=True)
    environment = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL="/dev/null")
    git = ["git", "-C", arguments.destination, "-c", "init.defaultBranch=main"]
    subprocess.run(git + ["init", "--quiet"], check=True, env=environment)
    subprocess.run(git + ["fast-import", "--quiet"], input=stream.encode(), check=True, env=environment)
    # Topic branches are merged; drop their refs like a merged pull request would.
    refs = subprocess.run(git + ["for-each-ref", "--format=%(refname)", "refs/heads/topic-*"],
                          check=True, env=environment, capture_output=True, text=True).stdout.split()
    for ref in refs:
        subprocess.run(git + ["update-ref", "-d", ref], check=True, env=environment)
    subprocess.run(git + ["gc", "--quiet"], check=True, env=environment)
    subprocess.run(git + ["checkout", "--quiet", "main"], check=True, env=environment)


if __name__ == "__main__":
    sys.exit(main())
