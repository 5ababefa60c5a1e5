/// AIMS032: evidence past its `valid_until`, or a record older than its type may be.
public struct EvidenceExpiredRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS032",
        name: "evidence-expired",
        title: "Evidence or record has expired",
        clause: "7.5.3",
        severity: .warning,
        explanation: """
        Evidence goes stale: a certificate, a test report, a supplier assessment. An evidence \
        item may carry `valid_until: YYYY-MM-DD`; aims.yaml may set evidence.max_age_days per \
        document type (for example `record: 400`), counted from the document's last change in \
        git. Both are judged against the as-of date: the commit date of the built ref unless \
        --as-of is given.
        """,
        triggeringExamples: [
            RuleExample("records/training.md", """
            ---
            id: REC-1
            title: Training record
            type: record
            status: draft
            evidence:
              - url: https://example.org/certificate
                valid_until: ↓2026-05-31
            ---

            """),
        ],
        nonTriggeringExamples: [
            RuleExample("records/training.md", """
            ---
            id: REC-1
            title: Training record
            type: record
            status: draft
            evidence:
              - url: https://example.org/certificate
                valid_until: 2026-06-01
            ---

            """),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let asOf = context.asOf else { return [] }
        var diagnostics: [Diagnostic] = []
        for document in context.documents where document.fields.status != .retired {
            for reference in document.fields.evidence {
                guard let validUntil = reference.validUntil, validUntil < asOf else { continue }
                let node = document.frontMatter?["evidence"]?.sequence?.first { $0.mapping?.contains { $0.value.line == reference.line && $0.value.column == reference.column } == true }
                let location = node?["valid_until"].map { document.location(line: $0.line, column: $0.column) }
                diagnostics.append(diagnostic(
                    "evidence '\(reference.target)' expired on \(validUntil) (as of \(asOf))",
                    at: location ?? document.location(line: reference.line, column: reference.column),
                    hint: "renew the evidence and update valid_until"
                ))
            }
            if let type = document.fields.type, let days = context.configuration.evidence.maximumAgeDays[type],
               let lastChange = context.provenance?.documents[document.path]?.lastRevision,
               lastChange.date.adding(days: days) < asOf {
                diagnostics.append(diagnostic(
                    "\(type.rawValue) last changed on \(lastChange.date) (\(lastChange.commit.id.short)), more than \(days) days before \(asOf)",
                    at: document.fieldLocation("type"),
                    hint: "records of this type must be renewed every \(days) days (evidence.max_age_days in aims.yaml)"
                ))
            }
        }
        return diagnostics
    }
}
