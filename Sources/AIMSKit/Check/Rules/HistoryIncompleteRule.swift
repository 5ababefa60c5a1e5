/// AIMS033: the repository is a shallow clone, so history-based checks are limited.
public struct HistoryIncompleteRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS033",
        name: "history-incomplete",
        title: "History is incomplete (shallow clone)",
        clause: "7.5.3",
        severity: .warning,
        explanation: """
        CI systems often clone only the last commits. Revision histories then stop at the \
        clone's boundary, approvals made before it cannot be seen, and evidence commits older \
        than it cannot be resolved. aims says so once instead of reporting false findings: \
        approval-missing (AIMS026), approver-not-in-history (AIMS028), segregation-of-duties \
        (AIMS029) and evidence-reference-invalid (AIMS030) are not checked on a shallow clone. Fetch the \
        full history (`git fetch --unshallow`, or `fetch-depth: 0` in CI) for a complete check. \
        An evidence repository (evidence.repositories) that cannot be read is reported here too.
        """,
        triggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.maya, "2026-01-10", "Set up", ["aims.yaml": "↓organization: Example Ltd\n"]),
                ExampleCommit(HistoryExamples.maya, "2026-01-11", "Add a policy", ["policies/ai.md": HistoryExamples.policy()]),
            ], shallowDepth: 1),
            RuleExample(history: [
                ExampleCommit(HistoryExamples.maya, "2026-01-10", "Set up", ["aims.yaml": "organization: Example Ltd\nevidence:\n  repositories: [↓../no-such-repository]\n"]),
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample(history: [
                ExampleCommit(HistoryExamples.maya, "2026-01-10", "Set up", ["aims.yaml": "organization: Example Ltd\n"]),
            ]),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let provenance = context.provenance else { return [] }
        var diagnostics: [Diagnostic] = []
        if provenance.isShallow {
            diagnostics.append(diagnostic(
                "the repository is a shallow clone: revision histories, approvals and evidence commits before its boundary are not visible, so AIMS026, AIMS028, AIMS029 and AIMS030 are not checked",
                at: context.configurationLocation,
                hint: "fetch the full history (git fetch --unshallow; in CI, fetch-depth: 0) for complete approval and evidence checks"
            ))
        }
        for (path, reason) in provenance.unreadableRepositories {
            diagnostics.append(diagnostic(
                "evidence repository '\(path.value)' cannot be read: \(reason)",
                at: SourceLocation(path: context.configuration.path, line: path.line, column: path.column)
            ))
        }
        return diagnostics
    }
}
