/// AIMS042: a new version that keeps the old version's effective date.
public struct EffectiveDateNotMovedRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS042",
        name: "effective-date-not-moved",
        title: "Version moved, effective date did not",
        clause: "7.5.2",
        severity: .warning,
        explanation: """
        `effective:` says from when a version applies. A change that raises the version and \
        keeps the effective date (or moves it back) claims the new text applied before it was \
        written and approved, and leaves no date at which the old one stopped applying. Set \
        the date the new version takes effect. Compared with `aims check --base`.
        """,
        triggeringExamples: [
            RuleExample(
                base: [ExampleCommit(HistoryExamples.maya, "2026-02-01", "AI policy\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "1.0", body: "Our rules for AI.")])],
                head: [ExampleCommit(HistoryExamples.maya, "2026-03-01", "Revise\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "1.1", effective: "↓2026-02-01", body: "Our revised rules.")])]
            ),
        ],
        nonTriggeringExamples: [
            RuleExample(
                base: [ExampleCommit(HistoryExamples.maya, "2026-02-01", "AI policy\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "1.0", body: "Our rules for AI.")])],
                head: [ExampleCommit(HistoryExamples.maya, "2026-03-01", "Revise\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "1.1", effective: "2026-03-01", body: "Our revised rules.")])]
            ),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let base = context.base else { return [] }
        return context.documents.compactMap { head in
            guard let before = base.document(pairedWith: head), before.problem == nil,
                  let oldVersion = before.fields.version, let newVersion = head.fields.version, !DocumentVersion.same(oldVersion, newVersion),
                  let oldDate = before.fields.effective, let newDate = head.fields.effective, newDate <= oldDate else { return nil }
            let how = newDate == oldDate ? "keeps the effective date \(oldDate) of version \(oldVersion)" : "moves the effective date back to \(newDate)"
            return diagnostic(
                "version \(newVersion) of \(head.displayID) \(how)",
                at: head.fieldLocation("effective"),
                hint: "set effective: to the date version \(newVersion) applies from"
            )
        }
    }
}
