/// AIMS030: a `commit:` or `tag:` evidence item that git cannot vouch for.
public struct EvidenceReferenceRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS030",
        name: "evidence-reference-invalid",
        title: "Evidence commit or tag does not resolve in the built history",
        clause: "7.5.3",
        severity: .error,
        explanation: """
        A `commit:` evidence item must name a commit (not a blob, tree or tag object) that is \
        part of the history of the commit built: work that exists only on an unmerged branch \
        is not evidence of what the organization does. A `tag:` item must name a tag of the \
        repository. Resolved items show their commit, date and author in the pack's evidence \
        register. (`path:` items are AIMS014; `url:` items are listed, never fetched.)
        """,
        triggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.maya, "2026-01-10", "Record the training", ["records/training.md": """
                ---
                id: REC-1
                title: Training record
                type: record
                status: draft
                evidence:
                  - commit: ↓0123456789abcdef0123456789abcdef01234567
                  - tag: ↓v9.9
                ---

                """]),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.maya, "2026-01-10", "Record the training", ["records/training.md": """
                ---
                id: REC-1
                title: Training record
                type: record
                status: draft
                evidence:
                  - url: https://example.org/training
                  - path: records/training.md
                ---

                """]),
            ]),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        // In a shallow clone older commits and tags are simply absent: AIMS033 says so once.
        guard let provenance = context.provenance, !provenance.isShallow else { return [] }
        return provenance.evidence.compactMap { item in
            guard item.reference.kind == .commit || item.reference.kind == .tag,
                  case let .problem(message) = item.status else { return nil }
            return diagnostic(
                message,
                at: SourceLocation(path: item.documentPath, line: item.reference.line, column: item.reference.column),
                hint: item.reference.kind == .commit
                    ? "name a commit of the built branch's history (`git log` shows them)"
                    : "create the tag, or name an existing one (`git tag` lists them)"
            )
        }
    }
}
