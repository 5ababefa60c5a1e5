#!/usr/bin/env bash
# Materializes SampleRepo/ as a git repository with a scripted, dated history, so that the
# sample's pack shows real revision histories, approvals and trailer evidence, and is
# byte-identical on every machine: authors, dates and messages below are fixed; nothing here
# reads the clock.
#
#   Scripts/make-sample-repo.sh DEST     (DEST is replaced)
#
# The story, oldest first:
#   - each folder of documents is drafted by its author (approved documents start as drafts);
#   - each approver then commits the final text of the documents they approve, with an
#     `Approved-by:` trailer (the roles in the documents' `approver:` fields are mapped to
#     these people in SampleRepo/aims.yaml, approvals.approvers);
#   - the risk methodology is drafted under an older name and renamed before approval;
#   - evidence arrives on a branch of engineering commits with `AIMS-Control:` trailers,
#     merged into main, and the RouteWise release is tagged (a `tag:` evidence item names it);
#   - the last commit is tagged `stage1-submission`.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
source_dir="$here/SampleRepo"
dest="${1:?usage: make-sample-repo.sh DEST}"

rm -rf "$dest"
mkdir -p "$dest"
dest="$(cd "$dest" && pwd)"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null
git -C "$dest" init -q -b main
git -C "$dest" config commit.gpgsign false

maya="Maya Okafor <maya.okafor@kestrel-freight.example>"
tom="Tom Verhoeven <tom.verhoeven@kestrel-freight.example>"
lars="Lars Jansen <lars.jansen@kestrel-freight.example>"
declare -A approver_identity=(
  ["Chief Executive Officer"]="Dana Whitfield <dana.whitfield@kestrel-freight.example>"
  ["Chief Operating Officer"]="Pieter de Vries <pieter.devries@kestrel-freight.example>"
  ["Chief Technology Officer"]="Sanne Bakker <sanne.bakker@kestrel-freight.example>"
  ["AI Governance Board"]="Kestrel AI Governance Board <ai-board@kestrel-freight.example>"
)

source "$here/Scripts/git-as.sh"   # as WHO DATE GIT-ARGS..., commit WHO DATE MESSAGE

# draft FOLDER: the folder's documents as first written, approved ones still in draft.
draft() {
  local folder="$1"
  mkdir -p "$dest/$folder"
  for file in "$source_dir/$folder"/*.md; do
    sed -e 's/^status: approved$/status: draft/' "$file" > "$dest/$folder/$(basename "$file")"
  done
  # Figures the documents show come with their first draft.
  [ -d "$source_dir/$folder/figures" ] && cp -R "$source_dir/$folder/figures" "$dest/$folder/"
  git -C "$dest" add -- "$folder"
}

# approve FOLDER DATE SUBJECT: one commit per approver role in the folder, by the person
# holding it, bringing in the final text of the documents that role approves.
approve() {
  local folder="$1" date="$2" subject="$3"
  local roles
  roles="$(grep -h '^approver:' "$source_dir/$folder"/*.md | sed 's/^approver: //' | sort -u)"
  local minute=0
  while IFS= read -r role; do
    [ -n "$role" ] || continue
    local identity="${approver_identity[$role]:?no identity for approver role $role}"
    for file in $(grep -l "^approver: $role\$" "$source_dir/$folder"/*.md); do
      cp "$file" "$dest/$folder/"
    done
    git -C "$dest" add -- "$folder"
    if ! git -C "$dest" diff --cached --quiet; then
      commit "$identity" "${date}T16:$(printf %02d "$minute"):00" "Approve $subject ($role)

Reviewed against the AIMS document control procedure.

Approved-by: $identity"
    fi
    minute=$((minute + 5))
  done <<< "$roles"
}

cp "$source_dir/aims.yaml" "$source_dir/README.md" "$dest/"
git -C "$dest" add aims.yaml README.md
commit "$maya" "2026-01-05T09:00:00" "Set up the AIMS repository for Kestrel Freight Systems"

draft manual
commit "$maya" "2026-01-12T10:00:00" "Draft the AIMS manual and scope"
approve manual 2026-01-20 "the AIMS manual and scope"

draft policies
commit "$maya" "2026-01-26T10:00:00" "Draft the AI policies"
approve policies 2026-02-03 "the AI policies"

# The risk methodology starts under an older name; its history follows the rename.
draft procedures
git -C "$dest" mv procedures/ai-risk-management.md procedures/risk-methodology.md
commit "$maya" "2026-02-16T10:00:00" "Draft the AIMS procedures"
git -C "$dest" mv procedures/risk-methodology.md procedures/ai-risk-management.md
commit "$maya" "2026-02-23T09:30:00" "Rename the risk methodology to the AI risk management procedure"
approve procedures 2026-03-02 "the AIMS procedures"

draft plans
commit "$maya" "2026-03-09T10:00:00" "Draft objectives, risk treatment plan and audit programme"
approve plans 2026-03-16 "objectives, risk treatment plan and audit programme"

draft assessments
commit "$tom" "2026-04-06T10:00:00" "Draft the AI system impact assessments"
approve assessments 2026-04-20 "the AI system impact assessments"

draft registers
commit "$maya" "2026-05-04T10:00:00" "Draft the registers and the Statement of Applicability"
approve registers 2026-05-11 "the registers and the Statement of Applicability"

# Engineering evidence, on a branch, merged like a pull request.
git -C "$dest" checkout -q -b evidence/engineering
mkdir -p "$dest/evidence"
for folder in logging model-cards; do
  [ -d "$source_dir/evidence/$folder" ] && cp -R "$source_dir/evidence/$folder" "$dest/evidence/"
done
git -C "$dest" add evidence
commit "$tom" "2026-06-10T11:00:00" "Keep inference logs for 18 months and publish the RouteWise model card

AIMS-Control: A.6.2.8
AIMS-Control: A.8.2"
cp -R "$source_dir/evidence/." "$dest/evidence/"
git -C "$dest" add evidence
commit "$tom" "2026-06-12T15:00:00" "Add training attendance, KPI export and supplier assessment

Evidence-For: A.4.6, A.10.3, A.6.2.6"
git -C "$dest" checkout -q main
as "$maya" "2026-06-15T09:00:00" merge -q --no-ff -m "Merge branch 'evidence/engineering'" evidence/engineering
git -C "$dest" branch -q -d evidence/engineering
GIT_COMMITTER_NAME="Tom Verhoeven" GIT_COMMITTER_EMAIL="tom.verhoeven@kestrel-freight.example" \
GIT_COMMITTER_DATE="2026-06-15T10:00:00 +0000" \
  git -C "$dest" tag -a routewise-3.0 -m "RouteWise 3.0: release evaluated in the Q3 monitoring report"

draft records
commit "$lars" "2026-10-19T10:00:00" "Draft the internal audit report, management review minutes and other records"
approve records 2026-11-20 "the internal audit, management review and other records"

git -C "$dest" add -A
git -C "$dest" diff --cached --quiet || commit "$maya" "2026-11-20T17:30:00" "Bring in the remaining sample files"

GIT_COMMITTER_NAME="Maya Okafor" GIT_COMMITTER_EMAIL="maya.okafor@kestrel-freight.example" \
GIT_COMMITTER_DATE="2026-11-20T17:45:00 +0000" \
  git -C "$dest" tag -a stage1-submission -m "Documentation submitted for the Stage 1 audit"

echo "Sample AIMS repository: $dest ($(git -C "$dest" rev-list --count HEAD) commits, tag stage1-submission)"
