/// AIMS025: a link or image that could run code, read the reader's disk or leave the repository.
public struct UnsafeLinkRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS025",
        name: "unsafe-link",
        title: "Link that cannot be allowed into the audit pack",
        clause: "7.5.3",
        severity: .error,
        explanation: """
        Documented information must be protected (7.5.3), and the pack is opened by an auditor \
        on their own machine. Links and images with a `javascript:` or `vbscript:` URL could run \
        code there, `data:` URLs carry content no one reviewed, and `file:` URLs, absolute paths \
        (`/etc/…`), Windows paths (`C:\\…`) and relative paths that climb out of the repository \
        (`../../…`) point at whatever happens to be on the reader's disk. None of them reach the \
        pack: they are emptied when it is rendered, so the link the author meant is lost. Schemes \
        are matched case-insensitively, ignoring the spaces and control characters that browsers \
        ignore. Link to files of the repository by relative path, and to the web with https:.
        """,
        triggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\n↓[Open](javascript:alert(1)) ↓[Run](<  JavaScript:void(0)>)\n\n↓![Logo](data:image/png;base64,iVBORw0KGgo=)\n\n↓<vbscript:msgbox>\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\n- ↓[Share](file:///srv/share/policy.docx)\n- ↓[Passwords](/etc/passwd)\n- ↓[Draft](C:\\Users\\ana\\policy.docx)\n- ↓[Secrets](../../secrets.md)\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\n[ISO](https://www.iso.org) [mail](mailto:ai@example.org) [proto](//example.org/x)\n[up](../README.md) [scope](#scope) [js doc](javascript-guide.md) [data](data/export.csv)\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\nWrite `javascript:alert(1)` or file:///etc in code, not as links: [`/etc/passwd`](../README.md)\n"),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.documents.flatMap { document in
            document.outline.links.compactMap { link -> Diagnostic? in
                guard let (reason, hint) = Self.problem(LinkTarget(destination: link.destination, documentPath: document.path)) else { return nil }
                let kind = link.isImage ? "image" : "link"
                return diagnostic(
                    "\(kind) '\(LinkTarget.abbreviated(link.destination))' \(reason); it is left out of the audit pack",
                    at: document.location(line: link.position.line, column: link.position.column),
                    hint: hint
                )
            }
        }
    }

    static func problem(_ target: LinkTarget) -> (reason: String, hint: String)? {
        switch target {
        case let .unsafeScheme(scheme) where scheme == "data":
            return ("embeds content in a data: URL", "add the file to the repository and link to it by its relative path")
        case let .unsafeScheme(scheme) where scheme == "file":
            return ("points at the reader's disk with a file: URL", "add the file to the repository and link to it by its relative path")
        case let .unsafeScheme(scheme):
            return ("would run \(scheme): code", "link to a file of the repository or to an https: page")
        case .absolutePath:
            return ("is an absolute path, not a path in the repository", "write the path relative to this document, e.g. ../evidence/report.pdf")
        case .windowsPath:
            return ("is a Windows path, not a path in the repository", "write the path relative to this document with / separators, e.g. ../evidence/report.pdf")
        case .outsideRepository:
            return ("leaves the repository", "link only to files of the repository, or to an https: page")
        case .none, .external, .anchor, .repository:
            return nil
        }
    }
}
