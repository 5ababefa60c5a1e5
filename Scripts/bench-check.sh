#!/usr/bin/env bash
# Benchmark of the front half of the compiler (read from git, parse, resolve, check) on a
# generated AIMS of 1,000 documents, in a release build. Prints each stage's time from
# `aims check --timings` and the whole command's wall time, best of RUNS.
#
#   Scripts/bench-check.sh [DOCUMENTS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
documents="${1:-1000}"
runs="${2:-10}"
swift build -c release --product aims >/dev/null
repo="$(mktemp -d)/aims-bench"
Scripts/generate-aims.py "$repo" --documents "$documents"
echo "repository: $documents documents, $(du -sh "$repo/docs" | cut -f1) of Markdown; $(nproc) cores; best of $runs runs"
best=""
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  .build/release/aims check "$repo" --timings >/dev/null 2>"$repo.timings" || true
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  if [ -z "$best" ] || [ "$ms" -lt "$best" ]; then best=$ms; cp "$repo.timings" "$repo.best"; fi
done
cat "$repo.best"
echo "aims check, whole process: ${best} ms"
rm -rf "$(dirname "$repo")"
