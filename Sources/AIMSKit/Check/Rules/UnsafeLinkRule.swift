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
        ignore. Link to documents of the repository by relative path and to the web with https:; \
        commit any other file and list it as `evidence:` (the pack carries no images, and no \
        files but documents).
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
            (context.resolved.links.byDocument[document.path] ?? []).compactMap { resolved -> Diagnostic? in
                let link = resolved.link
                guard resolved.fault == .unsafe, let (reason, hint) = Self.problem(resolved.target, isImage: link.isImage) else { return nil }
                let kind = link.isImage ? "image" : "link"
                return diagnostic(
                    "\(kind) '\(LinkTarget.abbreviated(link.destination))' \(reason); it is left out of the audit pack",
                    at: document.location(line: link.position.line, column: link.position.column),
                    hint: hint
                )
            }
        }
    }

    /// Why `target` is unsafe and what to write instead; nil when it is not. The hints only
    /// advise what the pack keeps or lists, so following one never trades this report for
    /// AIMS034's.
    private static func problem(_ target: LinkTarget, isImage: Bool) -> (reason: String, hint: String)? {
        let reason: String
        switch target {
        case let .unsafeScheme(scheme) where scheme == "data":
            reason = "embeds content in a data: URL"
        case let .unsafeScheme(scheme) where scheme == "file":
            reason = "points at the reader's disk with a file: URL"
        case let .unsafeScheme(scheme):
            reason = "would run \(scheme): code"
        case .absolutePath:
            reason = "is an absolute path, not a path in the repository"
        case .windowsPath:
            reason = "is a Windows path, not a path in the repository"
        case .outsideRepository:
            reason = "leaves the repository"
        case .none, .external, .anchor, .repository:
            return nil
        }
        return (reason, hint(target, isImage: isImage))
    }

    private static let listAsEvidence = "list it as evidence (`evidence: - path: …`, relative to the AIMS root) so the pack's evidence register shows it"

    private static func hint(_ target: LinkTarget, isImage: Bool) -> String {
        let kind = isImage ? "image" : "link"
        let pointAtCommittedFile = "commit the file and \(listAsEvidence); then point the \(kind) at it by its path relative to this document, or remove the \(kind)"
            + (isImage ? " (the pack carries no images)" : "")
        switch target {
        case .unsafeScheme("javascript"), .unsafeScheme("vbscript"):
            return isImage ? "remove the image: the pack carries no images" : "link to a document of the repository or to an https: page"
        case .unsafeScheme:
            return pointAtCommittedFile
        case _ where isImage:
            return pointAtCommittedFile
        case .windowsPath:
            return "link to a document by its path relative to this one, with / separators (e.g. ../procedures/incident.md); commit any other file and " + listAsEvidence
        default:
            return "link to a document by its path relative to this one (e.g. ../procedures/incident.md) or to an https: page; commit any other file and " + listAsEvidence
        }
    }
}
