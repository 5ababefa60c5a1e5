#!/usr/bin/env bash
# Builds the AIMS repository of Harbour Lane Analytics GmbH, a Hamburg analytics firm whose
# team wrote its AI management system without ever seeing aims: its own folder names, its own
# document ids (HLA-GOV-01 ...), its own SoA columns, approvals by merge instead of trailers.
# It is a fixture for aims, not an example of aims's style (that is SampleRepo/).
#
#   Scripts/make-other-style-repo.sh DEST     (DEST is replaced)
#
# The final text of every file is in Tests/Fixtures/harbour-lane/; the earlier versions that
# the history needs are derived from it below with sed. Authors, dates and messages are fixed
# and nothing reads the clock, so two runs give the same commit ids.
#
# The people (roles as in the repository's aims.yaml):
#   Jonas Weber    Managing Director            Lena Fischer    Head of Compliance
#   Tobias Brandt  Chief Data Officer           Aylin Demir     Information Security Officer
#   Marta Nowak    ML Platform Lead             Sophie Keller   People Lead
#   Henrik Olsen   Internal Auditor             Niklas Braun    AIMS Coordinator
#
# The story, January to November 2026:
#   - Niklas starts the repository with a README describing the team's conventions: write on a
#     topic branch; the approver named in the document approves it by merging the branch into
#     main with --no-ff (nobody approves their own text); registers are approved once and then
#     kept current on main by their owner; records are committed by their owner; typo fixes
#     go on main as "Editorial correction: ...".
#   - January-May: scope, AI policy with governance charter and concerns procedure, acceptable
#     use policy, risk and impact assessment procedures (two branches in parallel), the ML
#     platform's life cycle / operations procedures and inventory (one branch, two authors),
#     data standard, risk register and treatment plan, supplier and communication procedures,
#     objectives, audit programme, Statement of Applicability, corrective action log and
#     document register, each merged by its approver. Engineering commits add evidence (log
#     retention settings, a dataset sheet).
#   - June: the first records on main: training log, the two impact assessments, the operations
#     log; the risk register gains the risks found by the impact assessments.
#   - July: a branch writes the Responsible AI Use Standard and retires the acceptable use
#     policy (status retired, superseded_by); the Head of Compliance merges both. A log shipping
#     gap becomes corrective action CA-2026-01.
#   - August-October: second approved versions of the risk procedure, the AI policy and the
#     SoA; the supplier silently changes its language model, the Ledger Assistant impact
#     assessment and the risk register are updated; a supplier AI policy is started as a draft
#     and a model documentation standard goes out for review; Q3 metrics are exported and
#     reported; internal audit, corrective actions, management review.
#   - November: the risk register takes in the management review, the objectives plan gets an
#     editorial typo fix, the document register is brought up to date, aims.yaml is added, and
#     the last commit is tagged stage1-submission.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
src="$here/Tests/Fixtures/harbour-lane"
dest="${1:?usage: make-other-style-repo.sh DEST}"

rm -rf "$dest"
mkdir -p "$dest"
dest="$(cd "$dest" && pwd)"
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null LC_ALL=C TZ=UTC
git -C "$dest" init -q -b main
git -C "$dest" config commit.gpgsign false

jonas="Jonas Weber <jonas.weber@harbourlane.example>"
lena="Lena Fischer <lena.fischer@harbourlane.example>"
tobias="Tobias Brandt <tobias.brandt@harbourlane.example>"
aylin="Aylin Demir <aylin.demir@harbourlane.example>"
marta="Marta Nowak <marta.nowak@harbourlane.example>"
sophie="Sophie Keller <sophie.keller@harbourlane.example>"
henrik="Henrik Olsen <henrik.olsen@harbourlane.example>"
niklas="Niklas Braun <niklas.braun@harbourlane.example>"

source "$here/Scripts/git-as.sh"   # as WHO DATE GIT-ARGS..., commit WHO DATE MESSAGE

# put PATH [SED-SCRIPT]: writes PATH from its final text, passed through SED-SCRIPT, and stages it.
put() {
  local path="$1" script="${2:-}"
  mkdir -p "$(dirname "$dest/$path")"
  if [ -n "$script" ]; then
    sed -e "$script" "$src/$path" > "$dest/$path"
  else
    cp "$src/$path" "$dest/$path"
  fi
  git -C "$dest" add -- "$path"
}

# Topic branches, and their approval: the approver merges the branch into main, never fast-forward.
branch() { git -C "$dest" checkout -q -b "$1" main; }
approve() {
  local who="$1" date="$2" name="$3" what="$4"
  git -C "$dest" checkout -q main
  as "$who" "$date" merge -q --no-ff -m "Merge branch '$name': $what" "$name"
  git -C "$dest" branch -q -d "$name"
}

# sed scripts for earlier versions. Each prints sed commands, one a line.
at() {        # at VERSION EFFECTIVE: the front matter of an earlier approved version
  printf '%s\n' "s/^version: .*/version: \"$1\"/" "s/^effective: .*/effective: $2/"
}
draft() {     # draft VERSION: a draft of the document, not yet approved
  printf '%s\n' 's/^status: approved$/status: draft/' '/^approver:/d' '/^effective:/d' \
    "s/^version: .*/version: \"$1\"/"
}
state() {     # state MEASURE STATE: the last cell of a treatment-plan row
  printf '%s\n' "/^| $1 /s/| [A-Za-z ]* |\$/| $2 |/"
}
row_version() {  # row_version DOC-ID OLD NEW: the version cell of a document register row
  printf '%s\n' "/^| $1 /s/| ${2//./\\.} |/| $3 |/"
}

GOV=docs/governance RSK=docs/risk OPS=docs/operations REG=docs/registers REC=docs/records

# AI policy 1.0 pointed at the acceptable use policy and did not mention AI literacy.
ai_policy_1_0="$(at 1.0 2026-01-20)
s#\[Responsible AI Use Standard (HLA-GOV-06)\](gov-06-responsible-ai-use-standard.md)#[Acceptable Use Policy for Analytical AI Tools (HLA-GOV-05)](gov-05-acceptable-use-analytical-ai.md)#
s/, including the AI literacy training the AI Act expects of deployers\././
/^| 1\.1 | 2026-09-03 /d"

# Risk procedure 1.0 had no explicit societal scoring.
risk_procedure_1_0="$(at 1.0 2026-02-13)
/^Consequences for groups of people and for society/d
/^| 1\.1 | 2026-08-17 /d"

# The acceptable use policy while it was in force.
acceptable_use_1_0='s/^status: retired$/status: approved/
/^superseded_by:/d
/^> \*\*Retired/,/^$/d'

# Risk register: 1.3 (final, November) <- 1.2 (September) <- 1.1 (June) <- 1.0 (March).
risk_register_1_2="s/^version: .*/version: \"1.2\"/
/^| R-11 /d
/^| M-13 /d
/^Later acceptances:\$/,/^\$/d
/^- 2026-10-28, management review/,/^\$/d
/^| 1\.3 | 2026-11-02 /d
$(state M-06 'In progress')"
risk_register_1_1="$risk_register_1_2
s/^version: .*/version: \"1.1\"/
/^| M-12 /d
/^| 1\.2 | 2026-09-07 /d
s/^| R-06 .*\$/| R-06 | Ledger Assistant | Supplier changes the model version without notice; quality changes unnoticed | 3 | 3 | 9 | Reduce | M-08 | 6 (moderate) | ML Platform Lead | 2026-03-24 |/
$(state M-05 'In progress')
$(state M-08 'In progress')
$(state M-10 Open)
$(state M-11 Open)"
risk_register_1_0="$risk_register_1_1
s/^version: .*/version: \"1.0\"/
/^| R-09 /d
/^| R-10 /d
/^| M-10 /d
/^| M-11 /d
/^Later entries come from/d
/^| 1\.1 | 2026-06-15 /d
$(state M-01 'In progress')
$(state M-02 Open)
$(state M-03 'In progress')
$(state M-04 'In progress')
$(state M-05 Open)
$(state M-06 Open)
$(state M-07 'In progress')
$(state M-08 Open)"
risk_register_draft="$risk_register_1_0
/^## Treatment plan\$/,/^## Change log\$/{/^## Change log\$/!d;}
/^| 1\.0 | 2026-03-31 /d
$(draft 0.1)"

# SoA 1.0 (May): A.9.2 and A.9.4 still implemented by the acceptable use policy.
soa_1_0="$(at 1.0 2026-05-19)
/^| A\.9\.[24] /s/HLA-GOV-06/HLA-GOV-05/
s/; the standard is in review | HLA-OPS-01, HLA-OPS-07 |/; a standard is being written | HLA-OPS-01 |/
/^| 1\.1 | 2026-10-15 /d"
soa_draft="$soa_1_0
/^## Exclusions\$/,/^## Approval\$/{/^## Approval\$/!d;}
s/^    justification: .*/    justification: \"TBD\"/
$(draft 0.1)"

# Corrective action log: 1.2 (final, October) <- 1.1 (July) <- 1.0 (May, empty).
corrective_actions_1_1='s/^version: .*/version: "1.1"/
/^| CA-2026-0[234] /d
/^| 1\.2 | 2026-10-21 /d
/^| CA-2026-01 /s/| 2026-09-30 | Yes, no gap since July |$/| open | pending |/'
corrective_actions_1_0="$corrective_actions_1_1
s/^version: .*/version: \"1.0\"/
/^| CA-2026-01 /d
/^| 1\.1 | 2026-07-13 /d"

# Document register: 1.2 (final, November) <- 1.1 (July) <- 1.0 (May).
document_register_1_1="s/^version: .*/version: \"1.1\"/
/^| HLA-OPS-0[67] /d
/^| HLA-REC-0[345] /d
$(row_version HLA-GOV-02 1.1 1.0)
$(row_version HLA-RSK-01 1.1 1.0)
$(row_version HLA-RSK-03 1.3 1.1)
$(row_version HLA-RSK-04 1.1 1.0)
$(row_version HLA-RSK-06 1.1 1.0)
$(row_version HLA-REG-01 1.2 1.1)
$(row_version HLA-REG-02 1.2 1.1)
$(row_version HLA-REC-02 1.1 1.0)"
document_register_1_0="$document_register_1_1
s/^version: .*/version: \"1.0\"/
/^| HLA-GOV-06 /d
/^| HLA-RSK-0[56] /d
/^| HLA-REC-0[12] /d
/^| HLA-GOV-05 /s/| Retired 2026-07-09 |/| Approved |/
$(row_version HLA-RSK-03 1.1 1.0)
$(row_version HLA-REG-01 1.1 1.0)
$(row_version HLA-REG-02 1.1 1.0)"

# Ledger Assistant impact assessment before the supplier's model change.
ledger_assessment_1_0="$(at 1.0 2026-06-05)
s/; reassessed on 2026-09-03//
/^## Reassessment after the supplier/,/^## Conclusion\$/{/^## Conclusion\$/!d;}
/^evidence:\$/,/^    title: Regression/d
s#\[Responsible AI Use Standard\](../governance/gov-06-responsible-ai-use-standard.md)#[Acceptable Use Policy](../governance/gov-05-acceptable-use-analytical-ai.md)#"

# Operations log as of early June.
operations_log_1_0="$(at 1.0 2026-06-08)
/^| 2026-06-2/d
/^| 2026-0[789]-/d
/^| 2026-10-/d"

# The objectives plan as approved, with the typo fixed in November.
objectives_with_typo='s/Each objective is measurable/Each objective is measureable/'

# The process overview diagram of the scope document (24 x 12 pixels).
process_overview_png='iVBORw0KGgoAAAANSUhEUgAAABgAAAAMCAIAAAD3UuoiAAAAJklEQVR42mMwphJgAGJ5v0qsSK9tNSb6tNQRE40aNGrQYDSIKgAAnW5RnhYpeKoAAAAASUVORK5CYII='

# ---------------------------------------------------------------------------------------------
put README.md
commit "$niklas" "2026-01-05T09:12:00" "Initial commit: README with repository layout and conventions"

branch scope/aims-scope
put $GOV/gov-01-aims-scope.md "$(draft 0.1)
/aims-process-overview.png/d"
commit "$niklas" "2026-01-07T14:30:00" "Draft scope and boundaries of the AIMS"
mkdir -p "$dest/docs/assets"
printf '%s' "$process_overview_png" | base64 -d > "$dest/docs/assets/aims-process-overview.png"
git -C "$dest" add docs/assets/aims-process-overview.png
put $GOV/gov-01-aims-scope.md
commit "$niklas" "2026-01-12T10:05:00" "Scope: add process overview diagram, address review comments; v1.0 for approval"
approve "$jonas" "2026-01-13T16:40:00" scope/aims-scope "approve AIMS scope v1.0"

branch policy/ai-governance
put $GOV/gov-02-ai-policy.md "$ai_policy_1_0"
commit "$niklas" "2026-01-14T11:20:00" "AI policy v1.0 for sign-off"
put $GOV/gov-03-ai-governance-charter.md
commit "$lena" "2026-01-16T09:45:00" "Add AI governance charter with roles and authorities"
put $GOV/gov-04-raising-ai-concerns.md
commit "$lena" "2026-01-19T15:10:00" "Add procedure for raising concerns about AI systems"
approve "$jonas" "2026-01-20T17:00:00" policy/ai-governance \
  "approve AI policy v1.0, AI governance charter v1.0 and concerns procedure v1.0"

branch policy/acceptable-use
put $GOV/gov-05-acceptable-use-analytical-ai.md "$acceptable_use_1_0"
commit "$aylin" "2026-01-28T13:00:00" "Acceptable use policy for analytical AI tools v1.0"
approve "$lena" "2026-02-03T10:30:00" policy/acceptable-use "approve acceptable use policy v1.0"

# Two procedures written in parallel.
branch procedure/impact-assessment
put $RSK/rsk-02-ai-impact-assessment-procedure.md
commit "$tobias" "2026-02-06T16:15:00" "AI system impact assessment procedure v1.0"
branch procedure/risk-management
put $RSK/rsk-01-ai-risk-management-procedure.md "$risk_procedure_1_0"
commit "$niklas" "2026-02-09T11:00:00" "AI risk management procedure v1.0 with risk criteria and scoring matrix"
approve "$lena" "2026-02-12T14:20:00" procedure/impact-assessment \
  "approve AI system impact assessment procedure v1.0"
approve "$jonas" "2026-02-13T09:30:00" procedure/risk-management \
  "approve AI risk management procedure v1.0"

put evidence/logging/inference-log-retention.json
commit "$marta" "2026-03-02T08:50:00" "Evidence: export log retention settings of the ML platform"

branch ml-platform/lifecycle-and-operations
put $OPS/ops-01-model-development-lifecycle.md "$(draft 0.1)
/model-lifecycle.svg/d"
commit "$marta" "2026-03-03T10:40:00" "Draft model development life cycle procedure"
put $OPS/ops-03-model-operations-and-monitoring.md
commit "$aylin" "2026-03-05T15:25:00" "Add model operations and monitoring procedure"
put docs/assets/model-lifecycle.svg
put $OPS/ops-01-model-development-lifecycle.md
commit "$marta" "2026-03-09T09:15:00" "Life cycle procedure: add stage diagram; v1.0 for approval"
put $REG/reg-03-ai-resource-inventory.md
commit "$marta" "2026-03-10T13:35:00" "Add AI system and resource inventory"
approve "$tobias" "2026-03-12T11:00:00" ml-platform/lifecycle-and-operations \
  "approve life cycle procedure v1.0, operations and monitoring procedure v1.0 and resource inventory v1.0"

put evidence/data/quayside-dataset-sheet-2026.yaml
commit "$tobias" "2026-03-12T17:05:00" "Evidence: dataset sheet of the Quayside Forecast training data"

branch procedure/data-management
put $OPS/ops-02-data-management-standard.md
commit "$tobias" "2026-03-13T10:00:00" "Data management standard for AI v1.0"
approve "$lena" "2026-03-17T15:45:00" procedure/data-management "approve data management standard v1.0"

branch register/risk-register
put $RSK/rsk-03-ai-risk-register.md "$risk_register_draft"
commit "$niklas" "2026-03-25T12:10:00" "Start AI risk register from the risk workshop of 24 March"
put $RSK/rsk-03-ai-risk-register.md "$risk_register_1_0"
commit "$niklas" "2026-03-30T16:00:00" "Risk register: treatment plan and residual scores; v1.0 for approval"
approve "$jonas" "2026-03-31T10:15:00" register/risk-register \
  "approve AI risk register and treatment plan v1.0"

branch procedure/suppliers-and-communication
put evidence/suppliers/nimbus-llm-due-diligence-2026.txt
put $OPS/ops-05-third-party-ai-services.md
commit "$aylin" "2026-04-08T11:30:00" "Third-party AI services procedure, with the due diligence of the model supplier"
put $OPS/ops-04-incident-and-stakeholder-communication.md
commit "$aylin" "2026-04-15T14:00:00" "Incident and stakeholder communication procedure"
approve "$lena" "2026-04-21T09:40:00" procedure/suppliers-and-communication \
  "approve third-party AI services procedure v1.0 and communication procedure v1.0"

branch plan/ai-objectives
put $GOV/gov-07-ai-objectives-2026-2027.md "$objectives_with_typo"
commit "$niklas" "2026-04-27T10:20:00" "AI objectives and delivery plan 2026-2027 v1.0"
approve "$jonas" "2026-05-05T16:30:00" plan/ai-objectives "approve AI objectives plan v1.0"

branch plan/audit-programme
put $GOV/gov-08-internal-audit-programme.md
commit "$henrik" "2026-05-06T09:00:00" "Internal audit programme 2026-2027 v1.0"
approve "$jonas" "2026-05-08T12:00:00" plan/audit-programme "approve internal audit programme v1.0"

branch soa/statement-of-applicability
put $RSK/rsk-04-statement-of-applicability.md "$soa_draft"
commit "$niklas" "2026-05-11T13:45:00" "Draft Statement of Applicability for all 38 Annex A controls"
put $RSK/rsk-04-statement-of-applicability.md "$soa_1_0"
commit "$niklas" "2026-05-18T10:30:00" "SoA: justify the exclusions of A.8.3 and A.10.4; v1.0 for approval"
approve "$jonas" "2026-05-19T15:00:00" soa/statement-of-applicability \
  "approve Statement of Applicability v1.0"

branch register/corrective-actions
put $REG/reg-02-corrective-action-log.md "$corrective_actions_1_0"
commit "$niklas" "2026-05-20T11:15:00" "Set up the nonconformity and corrective action log"
approve "$jonas" "2026-05-21T09:20:00" register/corrective-actions "approve corrective action log v1.0"

branch register/document-register
put $REG/reg-01-document-register.md "$document_register_1_0"
commit "$niklas" "2026-05-22T14:50:00" "Register of controlled AIMS documents v1.0"
approve "$lena" "2026-05-26T10:00:00" register/document-register "approve document register v1.0"

# Records, committed on main by their owners.
put evidence/training/2026-h1-ai-training-attendance.csv
put $REC/rec-01-ai-training-log-2026.md
commit "$sophie" "2026-06-01T09:30:00" "Training log 2026: sessions of the first half-year"
put $RSK/rsk-05-impact-assessment-quayside-forecast.md
commit "$tobias" "2026-06-03T16:20:00" "Impact assessment of Quayside Forecast (release 4.2)"
put $RSK/rsk-06-impact-assessment-ledger-assistant.md "$ledger_assessment_1_0"
commit "$marta" "2026-06-05T11:40:00" "Impact assessment of Ledger Assistant"
put $REC/rec-02-ai-operations-log-2026.md "$operations_log_1_0"
commit "$marta" "2026-06-08T08:55:00" "Operations log 2026: March to early June"
put $RSK/rsk-03-ai-risk-register.md "$risk_register_1_1"
commit "$niklas" "2026-06-15T13:10:00" "Risk register: add R-09 and R-10 from the impact assessments"

# The acceptable use policy is retired and replaced.
branch policy/responsible-ai-use
put $GOV/gov-06-responsible-ai-use-standard.md "$(draft 0.1)"
commit "$aylin" "2026-07-01T10:10:00" "Draft responsible AI use standard to replace the acceptable use policy"
put $GOV/gov-05-acceptable-use-analytical-ai.md
put $GOV/gov-06-responsible-ai-use-standard.md
commit "$aylin" "2026-07-06T15:35:00" "Retire acceptable use policy HLA-GOV-05, superseded by HLA-GOV-06; use standard v1.0"
approve "$lena" "2026-07-09T11:00:00" policy/responsible-ai-use \
  "approve Responsible AI Use Standard v1.0 and retire HLA-GOV-05"

put $REG/reg-02-corrective-action-log.md "$corrective_actions_1_1"
commit "$lena" "2026-07-13T09:25:00" "Corrective action CA-2026-01: gap in prompt log shipping"
put $REG/reg-01-document-register.md "$document_register_1_1"
commit "$niklas" "2026-07-27T14:00:00" "Document register: responsible AI use standard, HLA-GOV-05 retired, first records"

# Second approved versions.
branch procedure/risk-management-1.1
put $RSK/rsk-01-ai-risk-management-procedure.md
commit "$niklas" "2026-08-10T10:45:00" "Risk procedure v1.1: score consequences for groups of people and society"
approve "$jonas" "2026-08-17T16:10:00" procedure/risk-management-1.1 \
  "approve AI risk management procedure v1.1"

branch policy/ai-policy-1.1
put $GOV/gov-02-ai-policy.md
commit "$niklas" "2026-08-31T11:05:00" "AI policy v1.1: refer to the Responsible AI Use Standard; AI literacy"
approve "$jonas" "2026-09-03T10:00:00" policy/ai-policy-1.1 "approve AI policy v1.1"

# The supplier changes its model without notice.
put evidence/regression/ledger-regression-2026-09-02.csv
put $RSK/rsk-06-impact-assessment-ledger-assistant.md
commit "$marta" "2026-09-04T15:30:00" "Impact assessment of Ledger Assistant: reassessment after the supplier's model change"
put $RSK/rsk-03-ai-risk-register.md "$risk_register_1_2"
commit "$niklas" "2026-09-07T09:50:00" "Risk register: rescore R-06 after the supplier's model change, add M-12"

put $OPS/ops-06-supplier-ai-policy.md
commit "$aylin" "2026-09-21T13:20:00" "Start a supplier AI policy (draft for the steering group)"
put evidence/monitoring/2026-q3-model-metrics.csv
commit "$tobias" "2026-10-02T08:40:00" "Evidence: export Q3 model metrics from the monitoring dashboard"
put $OPS/ops-07-model-documentation-standard.md
commit "$marta" "2026-10-05T16:45:00" "Model documentation standard, submitted for review"
put $REC/rec-03-ai-monitoring-report-2026-q3.md
commit "$tobias" "2026-10-06T14:15:00" "AI monitoring report Q3 2026"
put $REC/rec-02-ai-operations-log-2026.md
commit "$marta" "2026-10-12T10:30:00" "Operations log: June to October"

branch soa/statement-of-applicability-1.1
put $RSK/rsk-04-statement-of-applicability.md
commit "$niklas" "2026-10-14T11:25:00" "SoA v1.1: A.9.2 and A.9.4 implemented by HLA-GOV-06; A.6.2.7 with the documentation standard"
approve "$jonas" "2026-10-15T17:20:00" soa/statement-of-applicability-1.1 \
  "approve Statement of Applicability v1.1"

# Audit, corrective actions, management review.
put $REC/rec-04-internal-audit-report-2026.md
commit "$henrik" "2026-10-19T15:00:00" "Internal audit report IA-2026-01"
put $REG/reg-02-corrective-action-log.md
commit "$lena" "2026-10-21T10:10:00" "Corrective actions: close CA-2026-01; CA-2026-02 to CA-2026-04 from the internal audit"
put $REC/rec-05-management-review-2026-10.md
commit "$lena" "2026-10-29T09:00:00" "Minutes of the management review of 28 October 2026"
put $RSK/rsk-03-ai-risk-register.md
commit "$niklas" "2026-11-02T13:40:00" "Risk register: add R-11 and the decisions of the management review"
put $GOV/gov-07-ai-objectives-2026-2027.md
commit "$lena" "2026-11-04T08:30:00" "Editorial correction: fix typo in objectives plan"
put $REG/reg-01-document-register.md
commit "$niklas" "2026-11-12T15:55:00" "Document register: November update"
put aims.yaml
put docs/assets/harbour-lane-logo.svg
commit "$lena" "2026-11-20T10:00:00" "Add aims.yaml for the documentation checker"
git -C "$dest" tag stage1-submission

# Every file of the fixture must have arrived in its final form.
if ! diff -r -x .git -x aims-process-overview.png "$src" "$dest" > /dev/null; then
  echo "make-other-style-repo.sh: the built tree differs from $src" >&2
  diff -r -x .git -x aims-process-overview.png "$src" "$dest" >&2 || true
  exit 1
fi
git -C "$dest" diff --quiet && git -C "$dest" diff --cached --quiet

echo "Harbour Lane AIMS repository: $dest ($(git -C "$dest" rev-list --count HEAD) commits, tag stage1-submission)"
