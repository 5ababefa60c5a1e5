/// AIMS031: a commit trailer that names a control that does not exist.
public struct TrailerUnknownControlRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS031",
        name: "trailer-unknown-control",
        title: "Evidence trailer names an unknown control",
        clause: "6.1.3",
        severity: .warning,
        explanation: """
        Commits anywhere in the built history (and in repositories listed under \
        evidence.repositories) that carry `AIMS-Control: A.x.y` or `Evidence-For: A.x.y` \
        trailers are collected as evidence for those controls. A trailer naming something \
        other than one of the 38 Annex A controls counts for nothing; history cannot be \
        rewritten, so the warning points at the commit and asks for a corrected trailer next time.
        """,
        triggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.tom, "2026-01-10", "Turn on inference logging\n\nAIMS-Control: A.6.2.9", ["aims.yaml": "organization: Example Ltd\n"]),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.tom, "2026-01-10", "Turn on inference logging\n\nAIMS-Control: A.6.2.8", ["aims.yaml": "organization: Example Ltd\n"]),
            ]),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let provenance = context.provenance else { return [] }
        return provenance.trailerEvidence.compactMap { evidence in
            guard context.model.control(evidence.control) == nil else { return nil }
            let place = evidence.repository.isEmpty ? "" : " in \(evidence.repository)"
            return diagnostic(
                "commit \(evidence.commit.id.short)\(place) (\(evidence.commit.summary)): \(evidence.key) names unknown control '\(evidence.control)'",
                at: nil,
                hint: UnknownControlRule.hint(for: evidence.control, model: context.model)
            )
        }
    }
}
