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
        auditor that is the audit pack. The pack keeps only what it can follow safely: `#anchor` \
        links within a document, links to other documents (they become links to their pages), \
        and http:, https: and mailto: addresses written without spaces. Everything else is shown \
        as plain text: links to repository files and folders that are not documents (the pack \
        has pages for documents only), other schemes such as ftp:, protocol-relative `//host/…` \
        URLs, and every image, because repository files are not copied \
        into the pack and a remote image would be fetched the moment the page is opened. List \
        files as `evidence:` instead, so the pack's evidence register shows them; a link or image \
        is not reported when its document lists the file, or a folder holding it, as evidence. \
        Links to files or headings that do not exist are AIMS013's, unsafe ones AIMS025's; a \
        link that leads nowhere (`[top](#)`) loses nothing and is not reported.
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

                See ↓[the attendance list](../evidence/training/2026-q1-attendance.csv),
                ↓[the readme](../README.md#setup) and ↓[all evidence](../evidence/).

                ↓![Training flow](../evidence/training/flow.png)
                """,
                "evidence/training/2026-q1-attendance.csv": "name,date\n",
                "evidence/training/flow.png": "PNG",
                "README.md": "# Readme\n\n## Setup\n",
                "aims.yaml": "organization: Example Ltd\ndocuments: [policies]\n",
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
            // Everything the pack keeps, and files the document lists as evidence.
            RuleExample([
                "policies/training.md": """
                ---
                id: POL-1
                title: Training
                type: policy
                status: draft
                evidence:
                  - path: evidence/training/
                  - path: ./README.md
                ---
                # Training

                ## Scope

                See [scope](#scope), [risk](risk.md), [its scope](risk.md#scope), [ISO](HTTPS://www.iso.org),
                [mail](mailto:ai@example.org), <https://example.org/minutes>, www.example.org,
                [the attendance list](../evidence/training/2026-q1-attendance.csv),
                ![Training flow](../evidence/training/flow.png), [the readme](../README.md) and
                `ftp://files.example.org/ai/` written as code.
                """,
                "policies/risk.md": "---\nid: POL-2\ntitle: R\ntype: policy\nstatus: draft\n---\n# Risk\n\n## Scope\n",
                "evidence/training/2026-q1-attendance.csv": "name,date\n",
                "evidence/training/flow.png": "PNG",
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
        let pages = context.resolved.pages
        let hasPage = { (path: String) in pages.pagePath(path) != nil }
        return context.documents.flatMap { document in
            let listed = Self.evidencePaths(of: document, root: context.configuration.root)
            return (context.resolved.links.byDocument[document.path] ?? []).compactMap { resolved -> Diagnostic? in
                let link = resolved.link
                let target = resolved.target
                // Broken and unsafe links are AIMS013's and AIMS025's.
                guard case let .dropped(omission) = resolved.decision, resolved.fault == nil else { return nil }
                if case let .repository(path, _) = target, !hasPage(path), Self.isListed(path, in: listed) { return nil }
                guard let (reason, hint) = Self.consequence(of: omission, target: target, destination: link.destination, hasPage: hasPage, context: context) else { return nil }
                return diagnostic(
                    "\(link.isImage ? "image" : "link") '\(LinkTarget.abbreviated(link.destination))' is left out of the audit pack: \(reason)",
                    at: document.location(line: link.position.line, column: link.position.column),
                    hint: hint
                )
            }
        }
    }

    /// What the pack does and why, and what to write instead; nil for AIMS025's.
    private static func consequence(
        of omission: PackLink.Omission, target: LinkTarget, destination: String, hasPage: (String) -> Bool, context: CheckContext
    ) -> (reason: String, hint: String)? {
        switch omission {
        case .image:
            let reason = "images are not carried into the pack"
            switch PackLink(target, destination: destination, isImage: false, hasPage: hasPage) {
            case .asWritten, .documentPage:
                return (reason, "make it a link (remove the `!`), which the pack keeps")
            case let .dropped(.notADocument(path)):
                return (reason, evidenceHint(path, context: context))
            case .dropped:
                return (reason, "describe what it shows in the text, or link to a copy on an https: page")
            }
        case let .notADocument(path):
            let what = path.isEmpty ? "the repository's root folder" : isFolder(path, context: context) ? "the folder \(path)/" : "the file \(path)"
            return ("the pack has pages for documents only, and \(what) is not a document", evidenceHint(path, context: context))
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
        let folder = isFolder(path, context: context)
        var written = LinkTarget.relativeLink(to: path, from: context.configuration.root)
        if written.isEmpty { written = "." }
        if folder { written += "/" }
        return "list the \(folder ? "folder" : "file") as evidence (`evidence: - path: \(written)`) so the pack's evidence register shows it"
    }

    private static func isFolder(_ path: String, context: CheckContext) -> Bool {
        path.isEmpty || context.source.entry(at: path) == nil
    }

    /// The repository paths of the document's `path:` evidence, which are relative to the AIMS root.
    private static func evidencePaths(of document: Document, root: String) -> [String] {
        document.fields.evidence.compactMap { $0.kind == .path ? RepositoryPath.resolve($0.target, from: root) : nil }
    }

    private static func isListed(_ path: String, in listed: [String]) -> Bool {
        listed.contains { $0 == path || $0.isEmpty || path.hasPrefix($0 + "/") }
    }
}
