/// AIMS044: the SoA changes a control's applicability and keeps the old justification.
public struct ApplicabilityChangeUnjustifiedRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS044",
        name: "applicability-change-unjustified",
        title: "Applicability changed without a new justification",
        clause: "6.1.3",
        severity: .error,
        explanation: """
        The Statement of Applicability justifies each inclusion and exclusion (6.1.3). When a \
        change makes an applicable control excluded, or an excluded one applicable, the reason \
        written for the old decision no longer explains the new one: the justification must \
        change with it and say why. Compared with `aims check --base`.
        """,
        triggeringExamples: [
            RuleExample(
                base: [ExampleCommit(HistoryExamples.maya, "2026-02-01", "SoA", [
                    ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(status: "draft"),
                ])],
                head: [ExampleCommit(HistoryExamples.maya, "2026-03-01", "Exclude A.10.4", [
                    ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(
                        rows: ["A.10.4": "| A.10.4 | ↓no | | Treats risks in RR-1 |"], status: "draft"),
                ])]
            ),
        ],
        nonTriggeringExamples: [
            RuleExample(
                base: [ExampleCommit(HistoryExamples.maya, "2026-02-01", "SoA", [
                    ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(status: "draft"),
                ])],
                head: [ExampleCommit(HistoryExamples.maya, "2026-03-01", "Exclude A.10.4", [
                    ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(
                        rows: ["A.10.4": "| A.10.4 | no | | We have no customers outside the group since the spin-off |"], status: "draft"),
                ])]
            ),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let base = context.base, let soa = context.index.soa else { return [] }
        let before = Dictionary((base.index.soa?.entries ?? []).map { ($0.controlID, $0) }, uniquingKeysWith: { first, _ in first })
        return soa.entries.compactMap { entry in
            guard let old = before[entry.controlID], let was = old.applicable, let now = entry.applicable, was != now else { return nil }
            let kept = old.justification == entry.justification
            guard kept || !entry.isJustified else { return nil }
            let change = now ? "excluded to applicable" : "applicable to excluded"
            return diagnostic(
                "\(entry.controlID) changes from \(change) " + (kept ? "and keeps the justification of the old decision" : "without a justification"),
                at: entry.location(of: "applicable"),
                hint: "say in the justification why \(entry.controlID) is \(now ? "now applicable" : "now excluded")"
            )
        }
    }
}
