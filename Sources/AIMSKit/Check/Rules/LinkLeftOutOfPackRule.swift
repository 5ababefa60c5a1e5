/// AIMS034: a link or image the audit pack leaves out, when no other rule says so.
public struct LinkLeftOutOfPackRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS034",
        name: "link-left-out-of-pack",
        title: "Link or image left out of the audit pack",
        clause: "7.5.3",
        severity: .warning,
        explanation: """
        Documented information must be available where it is needed (7.5.3), and for an \
        auditor that is the audit pack. The pack keeps what it can carry or follow safely: \
        `#anchor` links within a document, links to other documents (they become links to their \
        pages), links to repository files (the pack carries a copy, with its SHA-256), images \
        stored in the repository as PNG, JPEG, GIF, WebP or SVG (shown inline, never run), and \
        http:, https: and mailto: addresses written without spaces. Everything else is shown as \
        plain text: links to folders, files over the pack's size limit (aims.yaml \
        `pack.max_file_size`) or stored as Git LFS pointers, images that are remote (they would \
        be fetched the moment the page is opened) or not images at all, other schemes such as \
        ftp:, and protocol-relative `//host/…` URLs. A link to a folder is not reported when \
        its document lists the folder, or one holding it, as evidence: the evidence register \
        shows it. Links to files or headings that do not exist are AIMS013's, unsafe ones \
        AIMS025's; a link that leads nowhere (`[top](#)`) loses nothing and is not reported.
        """,
        triggeringExamples: [
            RuleExample([
                "policies/training.md": """
                ---
                id: POL-1
                title: Training
                type: policy
                status: draft
                ---
                # Training

                See ↓[all evidence](../evidence/), ↓[the recording](../evidence/training/recording.mp4)
                and ↓![the attendance list](../evidence/training/2026-q1-attendance.csv).

                ↓![Training flow](../evidence/training/flow.svg)
                """,
                "evidence/training/2026-q1-attendance.csv": "name,date\n",
                "evidence/training/recording.mp4": "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 12345678\n",
                "evidence/training/flow.svg": "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='40'><rect width='40' height='40'/></svg>",
                "aims.yaml": "organization: Example Ltd\ndocuments: [policies]\npack:\n  max_file_size: 50\n",
            ]),
            RuleExample("policies/p.md", """
            ---
            id: POL-1
            title: P
            type: policy
            status: draft
            ---
            # P

            ↓![Org chart](https://example.org/org.png) ↓[Archive](ftp://files.example.org/ai/)
            ↓[Intranet](//intranet.example.org/ai) ↓<ftp://files.example.org/minutes>
            ↓[Annual report](<https://example.org/annual report.pdf>) [Back to top](#)
            """),
        ],
        nonTriggeringExamples: [
            // Everything the pack keeps, and a folder the document lists as evidence.
            RuleExample([
                "policies/training.md": """
                ---
                id: POL-1
                title: Training
                type: policy
                status: draft
                evidence:
                  - path: evidence/training/
                ---
                # Training

                ## Scope

                See [scope](#scope), [risk](risk.md), [its scope](risk.md#scope), [ISO](HTTPS://www.iso.org),
                [mail](mailto:ai@example.org), <https://example.org/minutes>, www.example.org,
                [the attendance list](../evidence/training/2026-q1-attendance.csv),
                ![Training flow](../evidence/training/flow.svg), [the readme](../README.md),
                [all of it](../evidence/training/) and `ftp://files.example.org/ai/` written as code.
                """,
                "policies/risk.md": "---\nid: POL-2\ntitle: R\ntype: policy\nstatus: draft\n---\n# Risk\n\n## Scope\n",
                "evidence/training/2026-q1-attendance.csv": "name,date\n",
                "evidence/training/flow.svg": "<?xml version='1.0'?>\n<svg xmlns='http://www.w3.org/2000/svg'/>",
                "README.md": "# Readme\n",
                "aims.yaml": "organization: Example Ltd\ndocuments: [policies]\n",
            ]),
            // Missing targets are AIMS013's; unsafe ones AIMS025's.
            RuleExample("policies/p.md", """
            ---
            id: POL-1
            title: P
            type: policy
            status: draft
            ---
            # P

            [missing](../evidence/missing.csv) ![gone](chart.png) [nowhere](#roles) ![also](#nope)
            [run](javascript:alert(1)) ![logo](data:image/png;base64,iVBORw0KGgo=) [out](../../x.csv)
            ![disk](/srv/share/chart.png)
            """),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.documents.flatMap { document in
            let listed = Self.evidencePaths(of: document, root: context.configuration.root)
            return (context.resolved.links.byDocument[document.path] ?? []).compactMap { resolved -> Diagnostic? in
                let link = resolved.link
                // Broken and unsafe links are AIMS013's and AIMS025's.
                guard case let .dropped(omission) = resolved.decision, resolved.fault == nil else { return nil }
                if case let .notADocument(path) = omission, !link.isImage, Self.isListed(path, in: listed) { return nil }
                guard let (reason, hint) = Self.consequence(of: omission, target: resolved.target, destination: link.destination, context: context) else { return nil }
                return diagnostic(
                    "\(link.isImage ? "image" : "link") '\(LinkTarget.abbreviated(link.destination))' is left out of the audit pack: \(reason)",
                    at: document.location(line: link.position.line, column: link.position.column),
                    hint: hint
                )
            }
        }
    }

    /// What the pack does and why, and what to write instead; nil for AIMS025's.
    private static func consequence(of omission: PackLink.Omission, target: LinkTarget, destination: String, context: CheckContext) -> (reason: String, hint: String)? {
        switch omission {
        case .remoteImage:
            let reason = "the pack shows only images stored in the repository; a remote one would be fetched the moment the page is opened"
            if case .dropped = PackLink(target, destination: destination, isImage: false, pages: context.resolved.pages, files: context.resolved.files) {
                return (reason, "add the image to the repository and link it by its relative path")
            }
            return (reason, "add the image to the repository and link it by its relative path, or make it a link (remove the `!`), which the pack keeps")
        case let .notAnImage(path):
            return ("\(path) is not a PNG, JPEG, GIF, WebP or SVG image", "make it a link (remove the `!`): the pack carries a copy of the file")
        case let .notCarried(path, reason):
            let hint: String
            switch reason {
            case .tooLarge: hint = "raise pack.max_file_size in aims.yaml, or link to the system that keeps the file; the evidence register still lists its SHA-256"
            case .lfsPointer: hint = "commit the file itself, or link to where it is kept: git holds only its Git LFS pointer"
            case .unreadable: hint = "check that the file can be read from git"
            }
            return ("the file \(path) is \(reason.description)", hint)
        case let .notADocument(path):
            let what = path.isEmpty ? "the repository's root folder" : "the folder \(path)/"
            return ("the pack carries documents and files, not folders, and \(what) is a folder", evidenceHint(path, context: context))
        case let .unkeptScheme(scheme?):
            return ("only http, https and mailto links are kept, not \(scheme):",
                    "link to an https: copy, or write the address as code (`\(scheme):…`) so readers still see it")
        case .unkeptScheme(nil):
            return ("only http, https and mailto links are kept, and a protocol-relative URL names no scheme",
                    "write the scheme, e.g. https:\(LinkTarget.abbreviated(LinkTarget.browserView(of: destination)))")
        case .notPlain:
            return ("the pack keeps no link with spaces or control characters in its destination",
                    "write spaces as %20 and remove control characters")
        case .empty, .unsafe:
            // A link to nowhere (`[top](#)`) loses nothing; unsafe ones are AIMS025's.
            return nil
        }
    }

    private static func evidenceHint(_ path: String, context: CheckContext) -> String {
        var written = LinkTarget.relativeLink(to: path, from: context.configuration.root)
        if written.isEmpty { written = "." }
        return "link to the files themselves, or list the folder as evidence (`evidence: - path: \(written)/`) so the pack's evidence register shows it"
    }

    /// The repository paths of the document's `path:` evidence, which are relative to the AIMS root.
    private static func evidencePaths(of document: Document, root: String) -> [String] {
        document.fields.evidence.compactMap { $0.kind == .path ? RepositoryPath.resolve($0.target, from: root) : nil }
    }

    private static func isListed(_ path: String, in listed: [String]) -> Bool {
        listed.contains { $0 == path || $0.isEmpty || path.hasPrefix($0 + "/") }
    }
}
