/// AIMS043: a change that removes or retires a document others still rely on.
public struct CoverageRegressionRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS043",
        name: "coverage-regression",
        title: "Removed or retired document still relied on",
        clause: "7.5.3",
        severity: .error,
        explanation: """
        Removing or retiring a document is a change to the management system, not only to a \
        file: documents that link to it now send the reader nowhere (or to text that no longer \
        applies), an applicable control it alone implemented is left without implementation, \
        and a mandatory item it alone provided is gone. Compared with `aims check --base`, \
        each of these is reported where the head can fix it: at the link, at the control's \
        row in the Statement of Applicability, or at aims.yaml for a mandatory item.
        """,
        triggeringExamples: [
            RuleExample(
                base: [ExampleCommit(HistoryExamples.maya, "2026-02-01", "Policies", [
                    "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\n---\n# AI policy\n\nSee the [use policy](use.md).\n",
                    "policies/use.md": "---\nid: POL-2\ntitle: Use policy\ntype: policy\nstatus: draft\n---\n# Use policy\n",
                ])],
                head: [ExampleCommit(HistoryExamples.maya, "2026-03-01", "Retire the use policy", [
                    "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\n---\n# AI policy\n\nSee the ↓[use policy](use.md).\n",
                    "policies/use.md": "---\nid: POL-2\ntitle: Use policy\ntype: policy\nstatus: retired\n---\n# Use policy\n",
                ])]
            ),
            RuleExample(
                base: [ExampleCommit(HistoryExamples.maya, "2026-02-01", "Controls", [
                    ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(status: "draft"),
                    ExampleFixtures.controlsPath: ExampleFixtures.controlsDocument(except: ["A.6.2.3"]),
                    "procedures/records.md": "---\nid: PRO-REC\ntitle: Event logs\ntype: procedure\nstatus: draft\ncontrols: [A.6.2.3]\n---\n# Event logs\n",
                ])],
                head: [ExampleCommit(HistoryExamples.maya, "2026-03-01", "Drop the logging procedure", [
                    ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(
                        rows: ["A.6.2.3": "↓| A.6.2.3 | yes | implemented | Treats risks in RR-1 |"], status: "draft"),
                    "procedures/records.md": nil,
                ])]
            ),
        ],
        nonTriggeringExamples: [
            RuleExample(
                base: [ExampleCommit(HistoryExamples.maya, "2026-02-01", "Policies", [
                    "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\n---\n# AI policy\n\nSee the [use policy](use.md).\n",
                    "policies/use.md": "---\nid: POL-2\ntitle: Use policy\ntype: policy\nstatus: draft\ncontrols: [A.2.2]\n---\n# Use policy\n",
                ])],
                head: [ExampleCommit(HistoryExamples.maya, "2026-03-01", "Fold the use policy into the AI policy", [
                    "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\ncontrols: [A.2.2]\n---\n# AI policy\n\nUse rules follow.\n",
                    "policies/use.md": nil,
                ])]
            ),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        guard let base = context.base else { return [] }
        // Base documents that are gone or retired in the head, by base path.
        var lost: [String: String] = [:]
        for path in base.pairing.removed { lost[path] = "this change removes it" }
        for head in context.index.documents {
            guard let before = base.document(pairedWith: head), base.resolved.state(of: before).isLive else { continue }
            if case .retired = context.resolved.state(of: head) { lost[before.path] = "this change retires it" }
        }
        guard !lost.isEmpty else { return [] }
        func name(_ basePath: String) -> String { base.index.byPath[basePath]?.displayID ?? basePath }
        var found: [Diagnostic] = []
        for head in context.documents {
            for link in context.resolved.links.byDocument[head.path] ?? [] {
                guard case let .repository(path, _) = link.target, !link.link.isImage else { continue }
                // A link to a document's old path, or to the retired document where it stayed.
                let basePath = context.index.byPath[path].map { base.pairing.baseName(of: $0.path) } ?? path
                guard let reason = lost[basePath], basePath != base.pairing.baseName(of: head.path) else { continue }
                let successor = context.index.byPath[path].flatMap { context.resolved.successors[$0.path] }
                found.append(diagnostic(
                    "links to \(name(basePath)), and \(reason)",
                    at: head.location(line: link.link.position.line, column: link.link.position.column),
                    hint: successor.map { "link to \($0.displayID), which supersedes it" } ?? "link to the document that applies now, or remove the link"
                ))
            }
        }
        for facts in context.resolved.controls where facts.applicable == true && facts.implementers.isEmpty {
            guard let before = base.resolved.control(facts.id), !before.implementers.isEmpty else { continue }
            let gone = before.implementers.map(\.path).filter { lost[$0] != nil }
            guard let first = gone.first, gone.count == before.implementers.count else { continue }
            found.append(diagnostic(
                "applicable control \(facts.id) is left without implementation: \(name(first)) implemented it, and \(lost[first]!)",
                at: facts.entry?.location ?? context.configurationLocation,
                hint: "name \(facts.id) in the `controls:` of the document that implements it now, or justify its exclusion in the SoA"
            ))
        }
        for facts in context.resolved.mandatory where !facts.isProvided {
            guard let before = base.resolved.mandatory(facts.item.id), before.isProvided else { continue }
            let gone = before.providers.map(\.document.path).filter { lost[$0] != nil }
            guard let first = gone.first, gone.count == before.providers.count else { continue }
            found.append(diagnostic(
                "\(facts.item.title) (\(facts.item.clause)) is no longer provided: \(name(first)) provided it, and \(lost[first]!)",
                at: context.configurationLocation,
                hint: "list clause \(facts.item.clause) in the document that provides it now"
            ))
        }
        return found
    }
}
