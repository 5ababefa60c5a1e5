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
        too: an audit pack cannot point at them, and so are paths into the `.git` folder (git's \
        own files, in no commit) and `''` or `.`, which name the whole AIMS. Retired documents are not checked, and \
        `commit:`, `tag:` and `url:` items are left to other checks.
        """,
        triggeringExamples: [
            RuleExample("policies/ai-policy.md", "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\nevidence:\n  - path: ↓records/training-2026.csv\n    title: Training attendance\n---\n# AI policy\n"),
            RuleExample("policies/ai-policy.md", "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\nevidence:\n  - path: ↓../shared/board-minutes.pdf\n  - path: ↓/etc/aims/approval.txt\n---\n# AI policy\n"),
            RuleExample([
                "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\nevidence:\n  - path: ↓approval.pdf\n---\n# AI policy\n",
                "policies/approval.pdf": "%PDF-1.7",
            ]),
            RuleExample([
                "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\nevidence:\n  - path: ↓.git/config\n  - path: ↓records/.GIT/HEAD\n  - path: ↓''\n  - path: ↓.\n---\n# AI policy\n",
                ".git/config": "[core]\n",
                "records/.GIT/HEAD": "ref: refs/heads/main\n",
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

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let root = context.configuration.root
        let read = EvidencePath.label(of: context.source)
        return context.index.liveDocuments.flatMap { document in
            document.fields.evidence.compactMap { evidence -> Diagnostic? in
                guard evidence.kind == .path else { return nil }
                let written = evidence.target
                let outcome = EvidencePath(written, root: root, source: context.source)
                guard let problem = outcome.problem(written, in: read) else { return nil }
                return diagnostic(problem, at: document.location(line: evidence.line, column: evidence.column), hint: hint(outcome, written, document, context))
            }
        }
    }

    private func hint(_ outcome: EvidencePath, _ written: String, _ document: Document, _ context: CheckContext) -> String {
        switch outcome {
        case .outsideRepository:
            return written.contains("\\")
                ? "write paths with / separators, relative to the AIMS root"
                : "evidence paths are relative to the AIMS root (the folder of aims.yaml) and must stay inside the repository; commit a copy, or use `url:` for evidence kept elsewhere"
        case .missing:
            return Self.missingHint(written, document: document, root: context.configuration.root, source: context.source)
        case let .leaves(link, _):
            return "replace the link \(link) with what it points to, or use `url:`"
        case let .dangling(link, _):
            return "fix or remove the link \(link)"
        case .repositoryRoot:
            return "name the file or folder that is the evidence"
        case .gitDirectory:
            return "commit a copy of what the evidence shows, or name the commit with `commit:`"
        case .tooManyLinks, .found:
            return "point the link straight at the evidence"
        }
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
}
