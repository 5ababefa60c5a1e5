/// AIMS041: a version that goes backwards, skips, or takes a major step without approval.
public struct VersionSequenceRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS041",
        name: "version-sequence",
        title: "Version does not follow its predecessor",
        clause: "7.5.3",
        severity: .error,
        explanation: """
        Versions are major.minor: a change raises one part by one and resets the parts after \
        it (1.2 → 1.3 or 2.0). A version that goes backwards, or skips (1.2 → 1.4), makes \
        readers look for a revision that never existed, or hides one that did. A major step \
        changes what the document requires and needs a new approval even where the type's \
        document-control policy lets the owner keep it current (a register); a minor step \
        follows that policy. Compared with `aims check --base`; a document whose own approval \
        rule already reports it stale (AIMS027) is not reported twice.
        """,
        triggeringExamples: [
            RuleExample(
                base: [ExampleCommit(HistoryExamples.maya, "2026-02-01", "AI policy\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "1.2", body: "Our rules for AI.")])],
                head: [ExampleCommit(HistoryExamples.maya, "2026-03-01", "Revise\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "↓1.1", body: "Our revised rules for AI.")])]
            ),
            RuleExample(
                base: [ExampleCommit(HistoryExamples.maya, "2026-02-01", "AI policy\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "1.2", body: "Our rules for AI.")])],
                head: [ExampleCommit(HistoryExamples.maya, "2026-03-01", "Revise\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "↓1.4", body: "Our revised rules for AI.")])]
            ),
            RuleExample(
                base: [ExampleCommit(HistoryExamples.maya, "2026-02-01", "Risk register\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["registers/risks.md": VersionExamples.register(version: "1.3", body: "| Risk | Owner |\n|---|---|\n| Drift | Maya |")])],
                head: [ExampleCommit(HistoryExamples.maya, "2026-03-01", "Rework the register",
                                     ["registers/risks.md": VersionExamples.register(version: "↓2.0", body: "| Risk | Owner | Treatment |\n|---|---|---|\n| Drift | Maya | Monitor |")])]
            ),
        ],
        nonTriggeringExamples: [
            RuleExample(
                base: [ExampleCommit(HistoryExamples.maya, "2026-02-01", "AI policy\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "1.9", body: "Our rules for AI.")])],
                head: [ExampleCommit(HistoryExamples.maya, "2026-03-01", "Revise\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "2.0", effective: "2026-03-01", body: "Our new rules for AI.")])]
            ),
            RuleExample(
                base: [ExampleCommit(HistoryExamples.maya, "2026-02-01", "Risk register\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["registers/risks.md": VersionExamples.register(version: "1.3", body: "| Risk | Owner |\n|---|---|\n| Drift | Maya |")])],
                head: [ExampleCommit(HistoryExamples.maya, "2026-03-01", "Add a risk",
                                     ["registers/risks.md": VersionExamples.register(version: "1.4", body: "| Risk | Owner |\n|---|---|\n| Drift | Maya |\n| Bias | Maya |")])]
            ),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let base = context.base else { return [] }
        var found: [Diagnostic] = []
        for head in context.documents {
            guard let before = base.document(pairedWith: head), before.problem == nil,
                  let oldText = before.fields.version, let newText = head.fields.version, oldText != newText,
                  let old = DocumentVersion(oldText) else { continue }
            let at = head.fieldLocation("version")
            guard let new = DocumentVersion(newText) else {
                found.append(diagnostic("version '\(newText)' of \(head.displayID) cannot be ordered after \(oldText)", at: at,
                                        hint: "write versions as major.minor, such as \(old.nextMinor())"))
                continue
            }
            if new < old {
                found.append(diagnostic("version of \(head.displayID) goes backwards: \(oldText) in \(base.label), \(newText) now", at: at,
                                        hint: "a revision gets a higher number than every one before it: \(old.nextMinor()) or \(old.nextMajor())"))
            } else if new == old {
                continue
            } else if !new.follows(old) {
                found.append(diagnostic("version of \(head.displayID) skips from \(oldText) to \(newText)", at: at,
                                        hint: "the version after \(oldText) is \(old.nextMinor()) (minor change) or \(old.nextMajor()) (major change)"))
            } else if new.isMajorStep(from: old), head.fields.status == .approved,
                      (context.resolved.policies[head.path] ?? .approval) != .approval, !Self.approvesCurrentContent(head, context) {
                found.append(diagnostic("\(head.displayID) takes a major step to \(newText) without an approval of that content", at: at,
                                        hint: "a major change needs the approver's approval even for a document its owner keeps current: approve it (e.g. an `Approved-by:` trailer)"))
            }
        }
        return found
    }

    /// Whether the last permitted approval is of exactly the content read.
    private static func approvesCurrentContent(_ document: Document, _ context: CheckContext) -> Bool {
        guard let history = context.provenance?.documents[document.path], let approval = history.lastApproval, let current = history.currentBlob else { return false }
        return approval.blob == current
    }
}
