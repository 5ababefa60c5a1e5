#!/usr/bin/env bash
# Materializes SampleRepo/ as a git repository with a scripted, dated history, so that the
# sample's pack shows real revision histories and approvals and is byte-identical on every
# machine: authors, dates and messages below are fixed; nothing reads the clock.
#
#   Scripts/make-sample-repo.sh DEST     (DEST is replaced)
#
# History: each folder of documents is first committed as a draft by its author, then
# committed in its final form by the approver with an `Approved-by:` trailer; engineers'
# commits carry `AIMS-Control:` trailers; the last commit is tagged `stage1-submission`.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source_dir="$here/SampleRepo"
dest="${1:?usage: make-sample-repo.sh DEST}"

rm -rf "$dest"
mkdir -p "$dest"
dest="$(cd "$dest" && pwd)"
git -C "$dest" init -q -b main
git -C "$dest" config user.name "unused"
git -C "$dest" config user.email "unused@example.invalid"
git -C "$dest" config commit.gpgsign false
git -C "$dest" config tag.gpgsign false

maya="Maya Okafor <maya.okafor@kestrel-freight.example>"
tom="Tom Verhoeven <tom.verhoeven@kestrel-freight.example>"
lars="Lars Jansen <lars.jansen@kestrel-freight.example>"
dana="Dana Whitfield <dana.whitfield@kestrel-freight.example>"

# commit WHO DATE MESSAGE: commits what is staged as WHO at DATE (UTC).
commit() {
  local who="$1" date="$2" message="$3"
  local name="${who% <*}" email="${who##*<}"
  email="${email%>}"
  GIT_AUTHOR_NAME="$name" GIT_AUTHOR_EMAIL="$email" GIT_AUTHOR_DATE="$date +0000" \
  GIT_COMMITTER_NAME="$name" GIT_COMMITTER_EMAIL="$email" GIT_COMMITTER_DATE="$date +0000" \
    git -C "$dest" commit -q --allow-empty-message -m "$message"
}

# draft FOLDER: copies the folder's documents with `status: draft`, as first written.
draft() {
  local folder="$1"
  mkdir -p "$dest/$folder"
  for file in "$source_dir/$folder"/*; do
    [ -f "$file" ] || continue
    sed -e 's/^status: approved$/status: draft/' "$file" > "$dest/$folder/$(basename "$file")"
  done
  git -C "$dest" add -- "$folder"
}

# final FOLDER: the documents as they are in SampleRepo.
final() {
  local folder="$1"
  mkdir -p "$dest/$folder"
  cp -R "$source_dir/$folder/." "$dest/$folder/"
  git -C "$dest" add -- "$folder"
}

cp "$source_dir/aims.yaml" "$source_dir/README.md" "$dest/"
git -C "$dest" add aims.yaml README.md
commit "$maya" "2026-01-05T09:00:00" "Set up the AIMS repository for Kestrel Freight Systems"

step() {
  local folder="$1" author="$2" drafted="$3" approved="$4" subject="$5"
  [ -d "$source_dir/$folder" ] || return 0
  draft "$folder"
  commit "$author" "$drafted" "Draft $subject"
  final "$folder"
  commit "$dana" "$approved" "Approve $subject

Reviewed at the AI governance board.

Approved-by: $dana"
}

step manual      "$maya" "2026-01-12T10:00:00" "2026-01-20T16:00:00" "AIMS manual and scope"
step policies    "$maya" "2026-01-26T10:00:00" "2026-02-03T16:00:00" "AI policies"
step procedures  "$maya" "2026-02-16T10:00:00" "2026-03-02T16:00:00" "AIMS procedures"
step plans       "$maya" "2026-03-09T10:00:00" "2026-03-16T16:00:00" "objectives, risk treatment plan and audit programme"
step assessments "$tom"  "2026-04-06T10:00:00" "2026-04-20T16:00:00" "AI system impact assessments"
step registers   "$maya" "2026-05-04T10:00:00" "2026-05-11T16:00:00" "registers and Statement of Applicability"

if [ -d "$source_dir/evidence" ]; then
  final evidence
  commit "$tom" "2026-06-15T11:00:00" "Add model cards, logging configuration and training evidence

AIMS-Control: A.6.2.8
AIMS-Control: A.4.6"
fi

step records     "$lars" "2026-10-19T10:00:00" "2026-11-20T15:00:00" "internal audit, management review and other records"
git -C "$dest" add -A
git -C "$dest" diff --cached --quiet || commit "$maya" "2026-11-20T15:30:00" "Bring the remaining sample files in"

GIT_COMMITTER_NAME="Maya Okafor" GIT_COMMITTER_EMAIL="maya.okafor@kestrel-freight.example" \
GIT_COMMITTER_DATE="2026-11-20T15:45:00 +0000" \
  git -C "$dest" tag -a stage1-submission -m "Documentation submitted for the Stage 1 audit"

echo "Sample AIMS repository: $dest ($(git -C "$dest" rev-list --count HEAD) commits, tag stage1-submission)"
