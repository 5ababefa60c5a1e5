import AIMSMarkdown

/// AIMS013: a link in a document body to a file, document or heading that does not exist.
public struct BrokenLinkRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS013",
        name: "broken-link",
        title: "Link to a file or heading that does not exist",
        clause: "7.5.3",
        severity: .error,
        explanation: """
        Documented information must be available where and when it is needed (7.5.3). A \
        link that leads nowhere hides what the author meant to show, in the repository and in \
        the pack alike. Relative links are resolved from the linking document's folder, in the \
        tree that was read, and must name a file or folder that exists; `#anchor` must be the \
        anchor of a heading of the target document (GitHub's rules: lowercase, spaces to hyphens, \
        punctuation dropped). Web links are never fetched, and links that would leave the \
        repository are AIMS025's.
        """,
        triggeringExamples: [
            RuleExample([
                "policies/ai-policy.md": "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\n# AI policy\n\n## Scope\n\nSee ↓[roles](#roles), ↓[the plan](../plans/risk-plan.md) and ↓[its scope](risk.md#scop).\n",
                "policies/risk.md": "---\nid: POL-2\ntitle: R\ntype: policy\nstatus: draft\n---\n# Risk\n\n## Scope\n",
            ]),
            RuleExample([
                "policies/p.md": "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\n# Evidence\n\n↓![Chart](../evidence/chart%202026.png)\n\n[Attendance](../evidence/attendance.csv)\n",
                "evidence/attendance.csv": "name,date\n",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "policies/ai-policy.md": """
                ---
                id: POL-1
                title: P
                type: policy
                status: draft
                ---
                # AI policy

                ## Roles and responsibilities

                See [roles](#roles-and-responsibilities), [the risk scope](risk.md#scope),
                [the chart](../evidence/chart%202026.png), [evidence](../evidence/),
                [ISO](https://www.iso.org/standard/81230.html), [mail](mailto:ai@example.org),
                [top](#), [setup](../README.md#setup), [page 2](../evidence/report.pdf#page=2)
                and [the raw file](risk.md?plain=1).
                """,
                "policies/risk.md": "---\nid: POL-2\ntitle: R\ntype: policy\nstatus: draft\n---\n# Risk\n\n## Scope\n",
                "evidence/chart 2026.png": "PNG",
                "evidence/report.pdf": "%PDF",
                "README.md": "# Readme\n\n## Setup\n",
            ]),
            // Leaving the repository is AIMS025's; absolute paths too.
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\n[out](../../secrets.md) [root](/etc/passwd) [proto](//example.org/x)\n"),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        var finder = TargetFinder(context: context)
        return context.documents.flatMap { document in
            (context.resolved.links.byDocument[document.path] ?? []).compactMap { resolved -> Diagnostic? in
                let link = resolved.link
                guard let (summary, hint) = problem(resolved, in: document, finder: &finder, context: context) else { return nil }
                return diagnostic(summary, at: document.location(line: link.position.line, column: link.position.column), hint: hint)
            }
        }
    }

    /// What is wrong with a link, as a summary and a hint; nil when it leads somewhere.
    private func problem(_ resolved: ResolvedLinks.Link, in document: Document, finder: inout TargetFinder, context: CheckContext) -> (String, String)? {
        let shown = LinkTarget.abbreviated(resolved.link.destination)
        switch resolved.fault {
        case let .missingAnchor(anchor, path?)?:
            let anchors = context.index.anchors[path] ?? []
            return ("broken link '\(shown)': no heading of \(path) has the anchor '\(anchor)'", Self.anchorHint(anchor, among: anchors))
        case let .missingAnchor(anchor, nil)?:
            let anchors = context.index.anchors[document.path] ?? []
            return ("broken link '\(shown)': no heading of this document has the anchor '\(anchor)'", Self.anchorHint(anchor, among: anchors))
        case let .missingTarget(path)?:
            let folder = RepositoryPath.folder(of: document.path)
            let hint = finder.closest(to: path).map { "did you mean '\(LinkTarget.relativeLink(to: $0, from: folder))'?" }
                ?? "links are resolved from this document's folder (\(folder.isEmpty ? "the repository root" : folder))"
            return ("broken link '\(shown)': \(path) does not exist", hint)
        case .unsafe?, nil:
            return nil
        }
    }

    static func anchorHint(_ anchor: String, among anchors: Set<String>) -> String {
        if let suggestion = Suggestion.closest(to: anchor, among: anchors.sorted()) {
            return "did you mean '#\(suggestion)'?"
        }
        return "a heading's anchor is its text in lowercase, spaces turned to hyphens and punctuation dropped"
    }
}

/// Finds what a broken link probably meant, in time that does not grow with broken links ×
/// documents: a file of the same name elsewhere (a moved document) from an index, else the
/// closest name among the files of the folder the link names, each folder listed once, each
/// broken target answered once, and edit distances within a fixed budget for the whole run.
private struct TargetFinder {
    let context: CheckContext
    private var listings: [String: [String]] = [:]
    private var byFileName: [String: [String]] = [:]
    private var documentsByFolder: [String: [String]] = [:]
    private var answers: [String: String?] = [:]
    /// Candidate comparisons left; beyond them a link gets the general hint.
    private var budget = 200_000
    /// A folder with more files than this is not searched by edit distance.
    static let candidateLimit = 500

    init(context: CheckContext) {
        self.context = context
        for document in context.index.documents {
            byFileName[Self.fileName(document.path), default: []].append(document.path)
            documentsByFolder[RepositoryPath.folder(of: document.path), default: []].append(document.path)
        }
    }

    static func fileName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? "").lowercased()
    }

    mutating func closest(to path: String) -> String? {
        if let known = answers[path] { return known }
        let answer = search(path)
        answers[path] = answer
        return answer
    }

    private mutating func search(_ path: String) -> String? {
        // Moved: the one document of that name, or of several the one sharing most of the folder.
        if let moved = byFileName[Self.fileName(path)], !moved.isEmpty {
            return moved.max { Self.sharedPrefix($0, path) < Self.sharedPrefix($1, path) || (Self.sharedPrefix($0, path) == Self.sharedPrefix($1, path) && $0 > $1) }
        }
        let folder = RepositoryPath.folder(of: path)
        if listings[folder] == nil {
            let entries = (try? context.source.entries(under: folder)) ?? []
            listings[folder] = entries.map(\.path).filter { RepositoryPath.folder(of: $0) == folder }
        }
        let candidates = Set((documentsByFolder[folder] ?? []) + (listings[folder] ?? [])).sorted()
        guard !candidates.isEmpty, candidates.count <= Self.candidateLimit, budget >= candidates.count else { return nil }
        budget -= candidates.count
        return Suggestion.closest(to: path, among: candidates)
    }

    private static func sharedPrefix(_ a: String, _ b: String) -> Int {
        zip(a.split(separator: "/"), b.split(separator: "/")).prefix { $0 == $1 }.count
    }
}
