/// AIMS040: an approved document whose content a change edits while its version stays.
public struct VersionNotRaisedRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS040",
        name: "version-not-raised",
        title: "Approved document changed, version unchanged",
        clause: "7.5.2",
        severity: .error,
        explanation: """
        Documented information is identified and its revisions told apart (7.5.2); the version \
        is how a reader, an auditor or a reference in another document knows which text they \
        hold. When a change edits the text of an approved document (body, title, controls or \
        clauses) and keeps its version, two different approved texts carry one number. Raise \
        the version with the change. Compared with `aims check --base`; an editorial change \
        that keeps the approval (see document_control.editorial) needs no new version, nor \
        does a document that its owner keeps current (owner-update) or a record.
        """,
        triggeringExamples: [
            RuleExample(
                base: [ExampleCommit(HistoryExamples.maya, "2026-02-01", "AI policy\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "1.0", body: "Our rules for AI.")])],
                head: [ExampleCommit(HistoryExamples.maya, "2026-03-01", "Tighten the rules",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "↓1.0", body: "Our stricter rules for AI.")])]
            ),
            RuleExample(
                base: [ExampleCommit(HistoryExamples.maya, "2026-02-01", "AI policy\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "2.1", body: "Our rules for AI.")])],
                head: [ExampleCommit(HistoryExamples.maya, "2026-03-01", "Tighten the rules\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "↓v2.1.0", body: "Our stricter rules for AI.")])]
            ),
        ],
        nonTriggeringExamples: [
            RuleExample(
                base: [ExampleCommit(HistoryExamples.maya, "2026-02-01", "AI policy\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "1.0", body: "Our rules for AI.")])],
                head: [ExampleCommit(HistoryExamples.maya, "2026-03-01", "Tighten the rules",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "1.1", body: "Our stricter rules for AI.")])]
            ),
            RuleExample(
                base: [ExampleCommit(HistoryExamples.maya, "2026-02-01", "AI policy\n\nApproved-by: Dana Whitfield <dana@example.org>",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "1.0", body: "Our rules for AI.")])],
                head: [ExampleCommit(HistoryExamples.maya, "2026-03-01", "Fix a typo\n\nEditorial: spelling",
                                     ["policies/ai-policy.md": VersionExamples.policy(version: "1.0", body: "Our rules for AI!")])]
            ),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let base = context.base else { return [] }
        return context.documents.compactMap { head in
            guard let before = base.document(pairedWith: head), before.problem == nil,
                  before.fields.status == .approved, head.fields.status == .approved,
                  let previous = before.fields.version,
                  (context.resolved.policies[head.path] ?? .approval) == .approval,
                  Self.contentChanged(before, head) else { return nil }
            guard let version = head.fields.version else {
                return diagnostic(
                    "\(head.displayID) changed since \(base.label) and drops its version \(previous)",
                    at: head.fieldLocation("status"),
                    hint: "keep `version:` and raise it, so the changed text can be told from the one approved as \(previous)"
                )
            }
            // "2.1" rewritten as "2.1.0" or "v2.1" is the same version.
            guard DocumentVersion.same(previous, version) else { return nil }
            // An editorial change keeps the approval it had: same approval, still current.
            let now = context.resolved.state(of: head)
            if now.isCurrent, let approval = now.approval, approval.commit.id == base.resolved.state(of: before).approval?.commit.id {
                return nil
            }
            let next = DocumentVersion(version).map { " (\($0.nextMinor()) for a minor change, \($0.nextMajor()) for a major one)" } ?? ""
            return diagnostic(
                "\(head.displayID) changed since \(base.label) but keeps version \(version)",
                at: head.fieldLocation("version"),
                hint: "raise the version\(next), so the changed text can be told from the one approved as \(version)"
            )
        }
    }

    /// The text a reader relies on: the body and the front matter that says what the
    /// document requires or decides (an SoA written in front matter decides in `excluded:`).
    static func contentChanged(_ before: Document, _ after: Document) -> Bool {
        before.body != after.body
            || before.fields.title != after.fields.title
            || before.fields.controls.map(\.value) != after.fields.controls.map(\.value)
            || before.fields.clauses.map(\.value) != after.fields.clauses.map(\.value)
            || before.fields.excluded.map { [$0.control.value, $0.justification?.value ?? ""] } != after.fields.excluded.map { [$0.control.value, $0.justification?.value ?? ""] }
            || before.fields.evidence.map(\.target) != after.fields.evidence.map(\.target)
    }
}

/// The documents of the version rules' examples.
enum VersionExamples {
    /// A `↓` at the start of `version` goes before the quotes, where the value starts.
    static func quoted(_ version: String) -> String {
        version.hasPrefix("↓") ? "↓\"" + version.dropFirst() + "\"" : "\"" + version + "\""
    }

    static func policy(version: String, effective: String = "2026-02-01", body: String, status: String = "approved") -> String {
        """
        ---
        id: POL-1
        title: AI policy
        type: policy
        status: \(status)
        version: \(quoted(version))
        approver: Dana Whitfield
        effective: \(effective)
        next_review: 2027-02-01
        ---
        # AI policy

        \(body)

        """
    }

    static func register(version: String, body: String) -> String {
        """
        ---
        id: REG-1
        title: AI risk register
        type: register
        status: approved
        version: \(quoted(version))
        owner: Maya Okafor
        approver: Dana Whitfield
        effective: 2026-02-01
        ---
        # AI risk register

        \(body)

        """
    }
}
