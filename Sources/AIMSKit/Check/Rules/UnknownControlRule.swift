/// AIMS004: a control id that is not one of the 38 Annex A controls.
public struct UnknownControlRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS004",
        name: "unknown-control",
        title: "Unknown Annex A control",
        clause: "6.1.3",
        severity: .error,
        explanation: """
        `controls:` may only name the 38 controls of ISO/IEC 42001 Annex A (A.2.2 to A.10.4). \
        Ids in the style of ISO/IEC 27001 (A.5.1.1), objective ids (A.2, A.6.1) and the .1 ids of \
        each group (objectives, not controls) are rejected, so that the SoA and the coverage \
        matrix never count a control that does not exist.
        """,
        triggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\ncontrols: [A.2.2, ↓A.11.1]\n---\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\ncontrols:\n  - ↓A.5.1.1\n  - ↓A.2.1\n---\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\ncontrols: [A.2.2, A.6.1.2, A.10.4]\n---\n"),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.documents.flatMap { document in
            (document.fields.controls + document.fields.excluded.map(\.control)).compactMap { control in
                guard context.model.control(control.value) == nil else { return nil }
                return diagnostic(
                    "unknown control '\(control.value)'",
                    at: document.location(line: control.line, column: control.column),
                    hint: Self.hint(for: control.value, model: context.model)
                )
            }
        }
    }

    static func hint(for id: String, model: ClauseModel) -> String {
        if let suggestion = Suggestion.closest(to: id, among: model.controls.map(\.id)) {
            return "did you mean '\(suggestion)'? `aims model` lists the \(model.controls.count) Annex A controls"
        }
        let range = [model.controls.first, model.controls.last].compactMap { $0?.id }.joined(separator: " to ")
        return "Annex A controls run from \(range); `aims model` lists all \(model.controls.count)"
    }
}
