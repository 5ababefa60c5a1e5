/// AIMS016: the SoA table does not list each of the 38 Annex A controls exactly once.
public struct StatementOfApplicabilityIncompleteRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS016",
        name: "soa-incomplete",
        title: "Statement of Applicability does not list every control once",
        clause: "6.1.3",
        severity: .error,
        explanation: """
        The Statement of Applicability must account for every Annex A control (6.1.3): each of \
        the 38 controls needs exactly one row, and each row must say whether the control is \
        applicable. The Control cell starts with the control id (A.2.2 to A.10.4), optionally \
        followed by its title; Applicable is yes or no (true/false and included/excluded are \
        read too). This rule reports rows whose id is not an Annex A control, controls listed \
        twice, Applicable values it cannot read, and every control without a row. Controls of \
        your own belong in a separate table, which aims leaves alone.
        """,
        triggeringExamples: [
            RuleExample(ExampleFixtures.soaPath, ExampleFixtures.statementOfApplicability(
                header: "↓| Control | Applicable | Status | Justification |",
                omitting: ["A.7.4", "A.7.5"]
            )),
            RuleExample(ExampleFixtures.soaPath, ExampleFixtures.statementOfApplicability(
                rows: [
                    "A.2.3": "| A.2.3 | yes | implemented | Treats risks in RR-1 |\n| ↓A.2.3 | no | — | Listed twice |",
                    "A.5.4": "| A.5.4 | ↓maybe | planned | Still being decided |",
                ],
                appending: ["| ↓ORG-1 Model registry | yes | implemented | Tracks every model in use |"]
            )),
        ],
        nonTriggeringExamples: [
            RuleExample(ExampleFixtures.soaPath, ExampleFixtures.statementOfApplicability()),
            RuleExample(ExampleFixtures.soaPath, ExampleFixtures.statementOfApplicability(
                rows: [
                    "A.2.2": "| **A.2.2** AI policy | Included | implemented | Required by clause 5.2 |",
                    "A.10.4": "| A.10.4: Customers | excluded | — | We offer no AI system to customers |",
                ],
                appending: ["", "Controls of our own:", "", "| Control | Applicable | Justification |", "|---|---|---|", "| ORG-1 Model registry | yes | Tracks every model in use |"]
            )),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let soa = context.index.soa, let table = soa.tableLocation else { return [] }
        var diagnostics: [Diagnostic] = []
        var firstRow: [String: StatementOfApplicability.Entry] = [:]
        for entry in soa.entries {
            let at = entry.location(of: "control")
            guard let control = context.model.control(entry.controlID) else {
                diagnostics.append(unknown(entry, at: at, model: context.model))
                continue
            }
            if let first = firstRow[control.id] {
                diagnostics.append(diagnostic(
                    "\(control.id) is listed twice in the Statement of Applicability",
                    at: at,
                    hint: "keep one row per control; merge the two rows",
                    notes: [Diagnostic.Note("first listed here", at: first.location(of: "control"))]
                ))
            } else {
                firstRow[control.id] = entry
            }
            if entry.applicable == nil {
                diagnostics.append(diagnostic(
                    entry.applicableText.isEmpty
                        ? "\(control.id) does not say whether it is applicable"
                        : "'\(entry.applicableText)' does not say whether \(control.id) is applicable",
                    at: entry.location(of: "applicable"),
                    hint: "write yes or no in the Applicable column"
                ))
            }
        }
        for control in context.model.controls where firstRow[control.id] == nil {
            diagnostics.append(diagnostic(
                "\(control.id) \(control.title) is not in the Statement of Applicability",
                at: table,
                hint: "add a row: | \(control.id) \(control.title) | yes or no | status | why it is included or excluded |"
            ))
        }
        return diagnostics
    }

    private func unknown(_ entry: StatementOfApplicability.Entry, at location: SourceLocation, model: ClauseModel) -> Diagnostic {
        guard !entry.controlID.isEmpty else {
            return diagnostic("a row of the Statement of Applicability has no control id", at: location, hint: "start the Control cell with the control id, e.g. A.2.2")
        }
        return diagnostic(
            "'\(entry.controlID)' is not an Annex A control",
            at: location,
            hint: UnknownControlRule.hint(for: entry.controlID, model: model) + "; list controls of your own in a separate table"
        )
    }
}
