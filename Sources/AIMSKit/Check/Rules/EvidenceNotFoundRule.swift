import AIMSGit

/// AIMS014: an evidence path that does not exist in what was read.
public struct EvidenceNotFoundRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS014",
        name: "evidence-not-found",
        title: "Evidence path does not exist at the built ref",
        clause: "7.5.3",
        severity: .error,
        explanation: """
        Evidence must stay available where the AIMS says it is (7.5.3). A `path:` item of \
        `evidence:` is read relative to the AIMS root (the folder of aims.yaml), not to the \
        document, and must name a file or folder in the tree that was compiled: the commit \
        built, or the working tree with --worktree. A file that exists only on your disk, \
        uncommitted, does not exist at the ref. Paths that are absolute or climb out of the \
        repository with `..`, and symlinks that lead out of it or to nothing, are reported \
        too: an audit pack cannot point at them. Retired documents are not checked, and \
        `commit:`, `tag:` and `url:` items are left to other checks.
        """,
        triggeringExamples: [
            RuleExample("policies/ai-policy.md", "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\nevidence:\n  - path: ↓records/training-2026.csv\n    title: Training attendance\n---\n# AI policy\n"),
            RuleExample("policies/ai-policy.md", "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\nevidence:\n  - path: ↓../shared/board-minutes.pdf\n  - path: ↓/etc/aims/approval.txt\n---\n# AI policy\n"),
            RuleExample([
                "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\nevidence:\n  - path: ↓approval.pdf\n---\n# AI policy\n",
                "policies/approval.pdf": "%PDF-1.7",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\nevidence:\n  - path: policies/approval.pdf\n  - path: ./evidence/training/\n  - commit: 1a2b3c4\n  - url: https://example.com/board-minutes\n---\n# AI policy\n",
                "policies/approval.pdf": "%PDF-1.7",
                "evidence/training/2026-q1.csv": "name,date\n",
            ]),
            RuleExample("policies/old-policy.md", "---\nid: POL-0\ntitle: Old AI policy\ntype: policy\nstatus: retired\nevidence:\n  - path: records/deleted-2024.csv\n---\n# Old AI policy\n"),
        ]
    )

    static let maximumLinkHops = 8

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let root = context.configuration.root
        let read = Self.label(of: context.source)
        return context.index.liveDocuments.flatMap { document in
            document.fields.evidence.compactMap { evidence -> Diagnostic? in
                guard evidence.kind == .path else { return nil }
                let at = document.location(line: evidence.line, column: evidence.column)
                let written = evidence.target
                guard let path = RepositoryPath.resolve(written, from: root) else {
                    return diagnostic(
                        "evidence path '\(written)' leaves the repository",
                        at: at,
                        hint: written.contains("\\")
                            ? "write paths with / separators, relative to the AIMS root"
                            : "evidence paths are relative to the AIMS root (the folder of aims.yaml) and must stay inside the repository; commit a copy, or use `url:` for evidence kept elsewhere"
                    )
                }
                switch Self.follow(path, in: context.source) {
                case .found:
                    return nil
                case .missing:
                    return diagnostic(
                        "evidence '\(written)' does not exist in \(read)",
                        at: at,
                        hint: Self.missingHint(written, document: document, root: root, source: context.source)
                    )
                case let .leaves(link, target):
                    return diagnostic("evidence '\(written)' is a symlink to '\(target)', which leaves the repository", at: at, hint: "replace the link \(link) with the file itself, or use `url:`")
                case let .dangling(link, target):
                    return diagnostic("evidence '\(written)' is a symlink to '\(target)', which does not exist in \(read)", at: at, hint: "fix or remove the link \(link)")
                case .tooLong:
                    return diagnostic("evidence '\(written)' is a chain of more than \(Self.maximumLinkHops) symlinks", at: at, hint: "point the link straight at the evidence")
                }
            }
        }
    }

    private enum Lookup {
        case found, missing
        case leaves(link: String, target: String)
        case dangling(link: String, target: String)
        case tooLong
    }

    /// Follows symlinks the way the document loader does: never out of the repository.
    private static func follow(_ path: String, in source: SourceTree) -> Lookup {
        var current = path
        var linkTarget: String?
        for _ in 0..<maximumLinkHops {
            guard let entry = source.entry(at: current) else {
                if isFolder(current, in: source) { return .found }
                return linkTarget.map { .dangling(link: path, target: $0) } ?? .missing
            }
            guard entry.kind == .symlink else { return .found }
            guard let bytes = try? source.read(current) else { return .dangling(link: current, target: "?") }
            let target = String(decoding: bytes, as: UTF8.self)
            guard let resolved = RepositoryPath.resolve(target, from: RepositoryPath.folder(of: current)) else {
                return .leaves(link: current, target: target)
            }
            linkTarget = target
            current = resolved
        }
        return .tooLong
    }

    /// A folder is not an entry of its own: it exists when something lies below it.
    private static func isFolder(_ path: String, in source: SourceTree) -> Bool {
        guard let below = try? source.entries(under: path) else { return false }
        return !below.isEmpty
    }

    private static func missingHint(_ written: String, document: Document, root: String, source: SourceTree) -> String {
        // The most common slip: a path written relative to the document's own folder.
        let folder = RepositoryPath.folder(of: document.path)
        if folder != root, let besideDocument = RepositoryPath.resolve(written, from: folder),
           source.entry(at: besideDocument) != nil {
            let fromRoot = RepositoryPath.relative(besideDocument, to: root)
            return "evidence paths are relative to the AIMS root, not to the document: write `path: \(fromRoot)`"
        }
        return "commit the file, or correct the path (relative to the AIMS root); a file only in your working tree is checked with --worktree"
    }

    /// What was read, for messages: "commit 1a2b3c4", "the working tree".
    static func label(of source: SourceTree) -> String {
        switch source {
        case let tree as GitTreeSource: return "commit \(tree.commit.id.short)"
        case is WorktreeSource: return "the working tree"
        default: return "the files read"
        }
    }
}
