#!/usr/bin/env bash
# Linearity of broken-link hints: generated AIMS of growing size where every document has a
# broken link (as after renaming a folder), timed with `aims check --timings`, release build.
#
#   Scripts/bench-broken-links.sh [SIZES...]   (default: 500 1000 2000 4000)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-500 1000 2000 4000}")
[ $# -gt 0 ] || sizes=(500 1000 2000 4000)
swift build -c release --product aims >/dev/null
work="$(mktemp -d)"
printf '%8s %12s %12s\n' documents check-stage whole-run
for n in "${sizes[@]}"; do
  repo="$work/aims-$n"
  Scripts/generate-aims.py "$repo" --documents "$n" >/dev/null
  for file in "$repo"/docs/*.md; do printf '\nSee [the old page](../old-folder/%s).\n' "$(basename "$file")" >> "$file"; done
  git -C "$repo" -c user.name=Bench -c user.email=bench@example.invalid -c commit.gpgsign=false commit -qam "Break every link" --date=2026-06-02T10:00:00Z
  start=$(date +%s%N)
  .build/release/aims check "$repo" --timings >/dev/null 2>"$repo.timings" || true
  end=$(date +%s%N)
  check=$(awk '/^  check /{print $2" "$3}' "$repo.timings")
  printf '%8s %12s %9d ms\n' "$n" "$check" $(( (end - start) / 1000000 ))
done
rm -rf "$work"
