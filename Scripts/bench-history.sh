#!/usr/bin/env bash
# Benchmarks the single-pass history walk (Repository.history(from:under:), through the
# aims-bench executable built in release mode) against one `git log --name-only` pass over
# the same generated repository, in the same run, and checks files against `git log`.
#
#   Scripts/bench-history.sh                 # 1,000 documents, 5,000 commits
#   DOCS=200 COMMITS=2000 Scripts/bench-history.sh
#
# Environment: DOCS, COMMITS, SEED, LAYOUT (nested | flat: repository shape), RUNS (timed runs, default 5),
# VERIFY (files compared with `git log`: a number, "all", or 0; default 100),
# SCRATCH (SwiftPM scratch path, default .build-history), KEEP=1 keeps the repository.
set -euo pipefail

cd "$(dirname "$0")/.."
DOCS=${DOCS:-1000}
COMMITS=${COMMITS:-5000}
SEED=${SEED:-1}
LAYOUT=${LAYOUT:-nested}
RUNS=${RUNS:-5}
VERIFY=${VERIFY:-100}
SCRATCH=${SCRATCH:-.build-history}

work=$(mktemp -d "${TMPDIR:-/tmp}/aims-bench-history.XXXXXX")
if [[ "${KEEP:-0}" == 1 ]]; then
    echo "repository kept in $work/repo"
else
    trap 'rm -rf "$work"' EXIT
fi
repo="$work/repo"

echo "== generating $DOCS documents, $COMMITS commits ($LAYOUT layout, seed $SEED)"
python3 Scripts/gen-history-repo.py "$repo" --documents "$DOCS" --commits "$COMMITS" --seed "$SEED" --layout "$LAYOUT"
commits=$(git -C "$repo" rev-list --count HEAD)
merges=$(git -C "$repo" rev-list --merges --count HEAD)
files=$(git -C "$repo" ls-files | wc -l)
echo "   $commits commits ($merges merges), $files files, .git $(du -sh "$repo/.git" | cut -f1)"

echo "== building aims-bench (release)"
swift build -c release --scratch-path "$SCRATCH" --product aims-bench 2>&1 | grep -E "error|warning: unre|Compiling aims|Build" || true
bench="$SCRATCH/release/aims-bench"

echo "== machine: $(nproc) cores, $(git --version), $(swift --version 2>/dev/null | head -1)"

echo "== (a) single walk: history(from: HEAD, under: \"\")"
"$bench" "$repo" --repeat "$RUNS" --dump "$work/history.tsv"
echo "== (a) the same, libgit2's object hash verification off (Repository.setObjectHashVerification(false))"
"$bench" "$repo" --repeat "$RUNS" --no-hash-verification | grep -E "wall|RSS"
folder=$(git -C "$repo" ls-files | sed -n '1p' | cut -d/ -f1)
echo "== (a') single walk under one folder: history(from: HEAD, under: \"$folder\")"
"$bench" "$repo" --repeat "$RUNS" --prefix "$folder"

# Runs a command RUNS times; prints each wall time and the median, and the peak RSS.
measure() {
    local label=$1
    shift
    local times=()
    local peak=0
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > /dev/null
        read -r seconds kib < "$work/time.txt"
        times+=("$seconds")
        (( kib > peak )) && peak=$kib
    done
    python3 - "$label" "$peak" "${times[@]}" <<'EOF'
import statistics, sys
label, peak, times = sys.argv[1], int(sys.argv[2]), [float(t) for t in sys.argv[3:]]
print(f"{label}")
print(f"runs:             {' '.join(f'{t:.2f}' for t in times)} s")
print(f"wall time:        {statistics.median(times):.3f} s (median of {len(times)}), best {min(times):.3f} s")
print(f"peak RSS:         {peak / 1024:.1f} MiB")
EOF
}

echo "== (b) one pass of git's own C"
measure "git log --name-only --format=%H HEAD" git -C "$repo" log --name-only --format=%H HEAD
one_file=$(git -C "$repo" ls-files | sed -n '1p')
measure "git log --format=%H -- $one_file (one file, for scale)" git -C "$repo" log --format=%H HEAD -- ":(literal)$one_file"

if [[ "$VERIFY" != 0 ]]; then
    echo "== checking files that were never renamed against git log ($VERIFY)"
    python3 - "$repo" "$work/history.tsv" "$VERIFY" <<'EOF'
import random, subprocess, sys
repo, dump, verify = sys.argv[1], sys.argv[2], sys.argv[3]
rows = [line.rstrip("\n").split("\t") for line in open(dump) if line.strip()]
plain = [(path, commits.split()) for path, renamed, commits in rows if renamed == "0"]
renamed = len(rows) - len(plain)
sample = plain if verify == "all" else random.Random(0).sample(plain, min(int(verify), len(plain)))
mismatches = 0
for path, ours in sample:
    theirs = subprocess.run(["git", "-C", repo, "log", "--format=%H", "HEAD", "--", ":(literal)" + path],
                            check=True, capture_output=True, text=True).stdout.split()
    if ours != theirs:
        mismatches += 1
        print(f"MISMATCH {path}: ours {len(ours)} commits, git {len(theirs)}")
print(f"{len(sample) - mismatches}/{len(sample)} files identical to git log ({renamed} renamed files not compared)")
sys.exit(1 if mismatches else 0)
EOF
fi

echo "== (c) the whole history and evidence stage of aims (walk, approvals, trailers, evidence), same repository"
swift build -c release --scratch-path "$SCRATCH" --product aims 2>&1 | grep -E "error" || true
printf 'organization: Benchmark Ltd\n' > "$repo/aims.yaml"
git -C "$repo" add aims.yaml
GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.invalid GIT_AUTHOR_DATE="2030-01-01T00:00:00 +0000" \
GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.invalid GIT_COMMITTER_DATE="2030-01-01T00:00:00 +0000" \
    git -C "$repo" -c commit.gpgsign=false commit -q -m "Mark the AIMS root"
for _ in $(seq "$RUNS"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$SCRATCH/release/aims" check "$repo" --timings > /dev/null 2> "$work/timings.txt" || true
    # time(1) adds a "Command exited with non-zero status" line first when aims reports errors.
    read -r seconds kib < <(tail -n 1 "$work/time.txt")
    echo "aims check: $(grep -E 'history|parse|check ' "$work/timings.txt" | tr -s ' ' | tr '\n' ';') whole process ${seconds}s, peak RSS $((kib / 1024)) MiB"
done
