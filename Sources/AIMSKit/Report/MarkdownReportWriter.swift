/// `--format markdown`: a pull-request comment, and the job summary GitHub Actions shows
/// (`$GITHUB_STEP_SUMMARY`): the verdict, the findings (in a comparison, the new ones first
/// and the ones the base already had folded away), what the change fixed, and the change
/// summary.
public struct MarkdownReportWriter: DiagnosticWriter {
    public init() {}

    public func write(_ report: DiagnosticReport) -> String {
        var lines: [String] = []
        let failing = report.diagnostics.indices.filter(report.fails).count
        let mark = failing > 0 ? "❌" : "✅"
        let threshold = report.failingSeverity == .error ? "error" : "error or warning"
        let verdict = failing > 0
            ? "\(mark) **aims: \(plural(failing, "finding")) fail the check** (\(threshold)\(report.change.map { _ in report.failOn == .new ? ", new in this change" : "" } ?? ""))"
            : "\(mark) **aims: the check passes**"
        lines += ["## AIMS check", "", verdict, "", Self.escape(report.summary), ""]

        let indices = Array(report.diagnostics.indices)
        if let change = report.change {
            let new = indices.filter(change.isNew)
            let old = indices.filter { !change.isNew($0) }
            lines += ["### New findings (\(new.count))", ""]
            lines += new.isEmpty ? ["None.", ""] : table(new, report) + [""]
            if !old.isEmpty {
                lines += ["<details><summary>Findings the base (\(Self.escape(change.baseLabel))) already had: \(old.count)</summary>", ""]
                lines += table(old, report) + ["", "</details>", ""]
            }
            if !change.fixed.isEmpty {
                lines += ["### Fixed by this change (\(change.fixed.count))", ""]
                lines += change.fixed.prefix(Self.rowLimit).map { "- `\($0.ruleID)` \(Self.escape($0.summary))" + ($0.location.map { " (\(Self.code($0.description)))" } ?? "") }
                lines += (change.fixed.count > Self.rowLimit ? ["- … and \(change.fixed.count - Self.rowLimit) more"] : []) + [""]
            }
            lines += ["### What the change does to the AIMS", ""]
            if change.summary.isEmpty {
                lines += ["No document, approval, coverage or SoA changes.", ""]
            }
            for section in change.summary.sections {
                lines += ["**\(section.title)**", ""] + section.entries.prefix(Self.rowLimit).map { "- " + Self.escape($0.text) }
                lines += (section.entries.count > Self.rowLimit ? ["- … and \(section.entries.count - Self.rowLimit) more"] : []) + [""]
            }
        } else {
            lines += ["### Findings (\(indices.count))", ""]
            lines += indices.isEmpty ? ["None.", ""] : table(indices, report) + [""]
        }
        if !report.waived.isEmpty {
            lines += ["<details><summary>Waived findings: \(report.waived.count)</summary>", ""]
            lines += report.waived.prefix(Self.rowLimit).map { finding in
                let by = finding.addedIn.map { " — waived in `\($0.id.short)` by \(Self.escape($0.author.name))" } ?? " — waiver not committed"
                return "- `\(finding.diagnostic.ruleID)` \(Self.escape(finding.diagnostic.summary)): \(Self.escape(finding.waiver.reason ?? ""))\(by)"
            }
            if report.waived.count > Self.rowLimit { lines.append("- … and \(report.waived.count - Self.rowLimit) more") }
            lines += ["", "</details>", ""]
        }
        return lines.joined(separator: "\n")
    }

    /// GitHub refuses comments over 65,536 characters; a table stops well before that.
    static let rowLimit = 100

    private func table(_ indices: [Int], _ report: DiagnosticReport) -> [String] {
        var rows = ["| | Rule | Where | Finding |", "|---|---|---|---|"]
        for index in indices.prefix(Self.rowLimit) {
            let diagnostic = report.diagnostics[index]
            let icon = diagnostic.severity == .error ? "🔴" : diagnostic.severity == .warning ? "🟡" : "🔵"
            let rule = report.rule(diagnostic.ruleID).map { "`\($0.id)` \(Self.cell($0.title))" } ?? "`\(diagnostic.ruleID)`"
            let place = diagnostic.location.map { Self.code($0.description) } ?? ""
            var text = Self.cell(diagnostic.summary)
            if let hint = diagnostic.hint { text += "<br>*Hint:* " + Self.cell(hint) }
            rows.append("| \(icon) \(diagnostic.severity.rawValue) | \(rule) | \(place) | \(text) |")
        }
        if indices.count > Self.rowLimit {
            rows += ["", "… and \(indices.count - Self.rowLimit) more: run `aims check` for all of them."]
        }
        return rows
    }

    /// Text from documents is shown, never interpreted: Markdown and HTML punctuation are
    /// escaped, so a crafted title cannot add a link, an image or markup to the comment; `:`
    /// and `.` are escaped too, since GFM links bare URLs and `www.` names, and an `@` is
    /// followed by an invisible word joiner, the only way to keep GFM from linking an address.
    public static func escape(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "!", "~", "&", ":", ".":
                output += "\\" + String(character)
            case "@":
                output += "@\u{2060}"
            case _ where Self.breaksLines(character):
                output += " "
            default:
                output.append(character)
            }
        }
        return output
    }

    /// Control characters and line or paragraph separators: cmark ends a line at a carriage
    /// return as much as at a newline, so none may reach the comment.
    static func breaksLines(_ character: Character) -> Bool {
        character.unicodeScalars.contains(where: \.isLineOrTerminalControl)
    }

    /// A table cell: escaped, on one line.
    static func cell(_ text: String) -> String { escape(text) }

    /// Inline code that cannot be closed early by a backtick in the text.
    public static func code(_ text: String) -> String {
        let clean = String(text.map { Self.breaksLines($0) ? " " : $0 })
            .replacingOccurrences(of: "`", with: "'").replacingOccurrences(of: "|", with: "\\|")
        return "`" + clean + "`"
    }
}
