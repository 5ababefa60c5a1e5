import AIMSMarkdown
import Foundation

/// AIMS024: raw HTML in a document body, which the pack drops.
public struct RawHTMLRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS024",
        name: "raw-html",
        title: "Raw HTML is left out of the audit pack",
        clause: "7.5.3",
        severity: .warning,
        explanation: """
        The pack renders documents in safe mode: nothing written in a document may run in the \
        auditor's browser, so every raw HTML block and tag is replaced by nothing. Whatever the \
        HTML showed (a coloured table, a <details> section, an embedded frame) is missing from \
        the pack although it is visible on GitHub, and the auditor reads a different document from \
        the one that was approved. Write it in Markdown instead. HTML comments are not reported \
        (GitHub does not show them either), unless text follows a comment block on its closing \
        line: that text is dropped with it.
        """,
        triggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\n# Policy\n\n↓<details>\n<summary>Scope</summary>\n\nAll AI systems.\n\n↓</details>\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\nApproved by the ↓<b>board↓</b> on 2026-03-02.↓<br>\n\n↓<!-- note --> <img src=x>\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\n# Policy\n\n<!-- markdownlint-disable MD013 -->\n\nApproved by the **board** <!-- minutes 2026-07 --> on 2026-03-02.\n\n<!--\nTODO: add the 2027 targets.\n-->\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\nUse `<b>` and:\n\n```html\n<details>x</details>\n```\n\nThe 3 < 4 rule and a \\<b> literal.\n"),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.documents.filter { !$0.outline.rawHTML.isEmpty }.flatMap { document in
            let lines = document.body.split(separator: "\n", omittingEmptySubsequences: false)
            return document.outline.rawHTML.compactMap { position -> Diagnostic? in
                guard !Self.isHarmlessComment(lines: lines, firstLine: document.bodyFirstLine, position: position) else { return nil }
                return diagnostic(
                    "raw HTML is left out of the audit pack",
                    at: document.location(line: position.line, column: position.column),
                    hint: "use Markdown instead (tables, **bold**, headings, lists); the pack drops HTML so nothing in a document can run"
                )
            }
        }
    }

    /// True when the HTML at `position` is a comment that hides nothing: an inline comment (the
    /// text around it is Markdown), or a comment block whose closing line holds nothing else.
    /// A block of type "comment" runs to the end of the line where the comment closes, so text
    /// after `-->` on that line would be dropped with it.
    static func isHarmlessComment(lines: [Substring], firstLine: Int, position: MarkdownOutline.Position) -> Bool {
        let index = position.line - firstLine
        guard lines.indices.contains(index) else { return false }
        let line = Array(lines[index].utf8)
        guard position.column >= 1, position.column <= line.count else { return false }
        var rest = String(decoding: line[(position.column - 1)...], as: UTF8.self)
        guard rest.hasPrefix("<!--") else { return false }
        let before = String(decoding: line[..<(position.column - 1)], as: UTF8.self)
        // Only container markers (quotes, list bullets and numbers) may precede a block.
        let isInline = before.contains { !($0.isWhitespace || ">-*+.)".contains($0) || $0.isASCII && $0.isNumber) }
        if isInline { return true }
        var next = index + 1
        while true {
            guard let start = rest.range(of: "<!--") else { return false }
            var comment = String(rest[start.upperBound...])
            while comment.range(of: "-->") == nil {
                guard lines.indices.contains(next) else { return false }
                comment = String(lines[next])
                next += 1
            }
            guard let end = comment.range(of: "-->") else { return false }
            rest = String(comment[end.upperBound...].drop(while: \.isWhitespace))
            if rest.isEmpty { return true }
            // Another comment on the same line is as harmless as the first.
            guard rest.hasPrefix("<!--") else { return false }
        }
    }
}
