/// AIMS001: a file in a document folder that cannot be read as text.
public struct UnreadableFileRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS001",
        name: "unreadable-file",
        title: "Document cannot be read as UTF-8 text",
        clause: "7.5.3",
        severity: .error,
        explanation: """
        Every Markdown file in a document folder must be UTF-8 text that an auditor can read. \
        Binary files, invalid UTF-8, files over 4 MiB, submodules and symlinks that leave the \
        repository or lead nowhere are reported and skipped; the other documents are still checked. \
        A byte-order mark and CRLF line endings are accepted.
        """,
        triggeringExamples: [
            RuleExample("policies/scan.md", "↓%PDF-1.7\u{0}\u{0}binary"),
        ],
        nonTriggeringExamples: [
            RuleExample("policies/bom.md", "\u{FEFF}---\r\nid: POL-1\r\ntitle: Policy\r\ntype: policy\r\nstatus: draft\r\n---\r\n# Policy\r\n"),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.index.documents.compactMap { document in
            guard case let .unreadable(message, line, column)? = document.problem else { return nil }
            return diagnostic(
                "\(message)",
                at: document.location(line: line, column: column),
                hint: Self.hint(for: message)
            )
        }
    }

    /// Advice that fits the problem: re-saving as UTF-8 does not help a symlink or a submodule.
    static func hint(for message: String) -> String {
        if message.contains("symlink") { return "replace the link with the document itself, or point it at a document inside the repository" }
        if message.contains("submodule") { return "keep documents in this repository; a submodule's files belong to another one and are not read" }
        if message.contains("larger than") { return "split the document; large data belongs in evidence files, listed under `evidence:`" }
        if message.contains("binary") { return "move the file out of the document folders (list it under `evidence:` if it is evidence), or save it as UTF-8 Markdown" }
        return "save the file as UTF-8 Markdown (without NUL bytes), or move it out of the document folders"
    }
}
