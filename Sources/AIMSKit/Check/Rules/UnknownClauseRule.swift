/// AIMS005: a clause id that is not one of the clauses 4 to 10 of ISO/IEC 42001.
public struct UnknownClauseRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS005",
        name: "unknown-clause",
        title: "Unknown clause of ISO/IEC 42001",
        clause: "4.4",
        severity: .error,
        explanation: """
        `clauses:` says which requirements of clauses 4 to 10 a document serves; the coverage \
        matrix and the mandatory-documents checklist are built from it. Only the 43 clause and \
        subclause ids of the standard count (4, 4.1 … 10.2; `aims model` lists them), so a typo \
        such as 6.1.10 or 9.4 cannot make a requirement look covered. Annex A controls belong in \
        `controls:`, not here. Unquoted ids are kept as written: `clauses: [5.2]` is the clause 5.2.
        """,
        triggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\nclauses: [5.2, ↓6.1.10, ↓11]\n---\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\nclauses:\n  - \"6.1.3\"\n  - ↓A.2.2\n---\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\nclauses: ↓5.2.1\n---\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\nclauses: [5.2, 6.1.3, 10, 10.2]\ncontrols: [A.2.2]\n---\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\nclauses:\n  - \"4\"\n  - '9.3.3'\n  - 7.5.2\n---\n"),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let known = context.model.clauses.map(\.id)
        return context.documents.flatMap { document in
            document.listItems(of: "clauses").compactMap { item -> Diagnostic? in
                // Empty items and nested values are AIMS007's to report.
                guard !item.isBlank, let id = item.trimmedScalar, context.model.clause(id) == nil else { return nil }
                return diagnostic(
                    "unknown clause '\(id)'",
                    at: document.location(line: item.line, column: item.column),
                    hint: Self.hint(for: id, known: known)
                )
            }
        }
    }

    static func hint(for id: String, known: [String]) -> String {
        if id.uppercased().hasPrefix("A.") {
            return "'\(id)' looks like an Annex A control: list controls under `controls:`"
        }
        if let suggestion = suggestion(for: id, known: known) {
            return "did you mean '\(suggestion)'? `aims model` lists the clauses"
        }
        return "clauses run from 4 to 10.2; `aims model` lists all 43"
    }

    /// A typo within the same clause first (6.1.10 → 6.1.1), then the parent of an id one level
    /// too deep (5.2.1 → 5.2), then any close id: edit distance alone would offer 9.2.1 for 5.2.1.
    static func suggestion(for id: String, known: [String]) -> String? {
        let top = id.split(separator: ".").first.map(String.init) ?? id
        let sameClause = known.filter { $0 == top || $0.hasPrefix(top + ".") }
        if let close = Suggestion.closest(to: id, among: sameClause) { return close }
        if let dot = id.lastIndex(of: "."), known.contains(String(id[..<dot])) { return String(id[..<dot]) }
        return Suggestion.closest(to: id, among: known)
    }
}
