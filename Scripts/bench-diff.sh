#!/usr/bin/env bash
# Benchmark of `aims check --base`: a generated AIMS of DOCUMENTS documents on main, and a
# branch that edits one of them. Prints each stage's time of the comparison (base and head)
# and the whole command's wall time beside a plain `aims check`, best of RUNS, release build.
#
#   Scripts/bench-diff.sh [DOCUMENTS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
documents="${1:-1000}"
runs="${2:-5}"
swift build -c release --product aims >/dev/null
repo="$(mktemp -d)/aims-bench"
Scripts/generate-aims.py "$repo" --documents "$documents"
git -C "$repo" checkout -q -b change
file="$(git -C "$repo" ls-files docs | sed -n 500p)"
printf '\nOne more sentence in this change.\n' >> "$repo/$file"
GIT_AUTHOR_DATE=2026-06-02T10:00:00Z GIT_COMMITTER_DATE=2026-06-02T10:00:00Z \
  git -C "$repo" -c user.name=Bench -c user.email=bench@example.invalid -c commit.gpgsign=false commit -qam "Edit one document"
echo "repository: $documents documents, one edited on branch 'change'; $(nproc) cores; best of $runs runs"
best() {
  local best="" ms start end
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    .build/release/aims check "$repo" "$@" --timings >/dev/null 2>"$repo.timings" || true
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; cp "$repo.timings" "$repo.best"; fi
  done
  echo "$best"
}
plain=$(best)
echo "aims check (head only), whole process: ${plain} ms"
diff=$(best --base main)
cat "$repo.best"
echo "aims check --base main, whole process: ${diff} ms"
rm -rf "$(dirname "$repo")"
