/// Compiler-style console output:
///
///     policies/ai-policy.md:7:19: error[AIMS004]: unknown control 'A.11.1'
///         7 | controls: [A.2.2, A.11.1]
///           |                   ^
///       hint: did you mean 'A.10.4'?
public struct TextDiagnosticWriter: DiagnosticWriter {
    public var useColor: Bool
    public var showSource: Bool
    /// How a repository path is shown: the default keeps it as it is; the command line
    /// shows paths as the user can open them from where aims was run.
    public var displayPath: @Sendable (String) -> String

    public init(useColor: Bool = false, showSource: Bool = true, displayPath: @escaping @Sendable (String) -> String = { $0 }) {
        self.useColor = useColor
        self.showSource = showSource
        self.displayPath = displayPath
    }

    private func describe(_ location: SourceLocation) -> String {
        "\(Self.visible(displayPath(location.path))):\(location.line):\(location.column)"
    }

    /// Control characters from file names, links and values are shown, never sent: an
    /// escape sequence must not recolour the terminal, nor a newline forge a diagnostic.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return text.unicodeScalars.map { scalar in
            isControl(scalar) ? "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}" : String(scalar)
        }.joined()
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool { scalar.isLineOrTerminalControl }

    public func write(_ report: DiagnosticReport) -> String {
        var output = ""
        for (index, diagnostic) in report.diagnostics.enumerated() {
            let known = report.change.map { !$0.isNew(index) } ?? false
            output += headline(diagnostic) + (known ? paint(" (in the base too)", .bold) : "") + "\n"
            if showSource, let location = diagnostic.location, let excerpt = excerpt(location, report) {
                output += excerpt
            }
            if let hint = diagnostic.hint {
                let lines = hint.split(separator: "\n", omittingEmptySubsequences: false)
                output += "  " + paint("hint:", .cyan) + " " + lines.map { Self.visible(String($0)) }.joined(separator: "\n        ") + "\n"
            }
            for note in diagnostic.notes {
                let place = note.location.map { "\(describe($0)): " } ?? ""
                output += "  " + paint("note:", .bold) + " \(place)\(Self.visible(note.message))\n"
            }
        }
        if !report.waived.isEmpty {
            output += paint("waived:", .bold) + "\n"
            for finding in report.waived {
                let place = finding.diagnostic.location.map { "\(describe($0)): " } ?? ""
                let by = finding.addedIn.map { " (waived in \($0.id.short) by \($0.author.name))" } ?? " (waiver not committed)"
                output += "  \(place)\(finding.diagnostic.ruleID) \(Self.visible(finding.diagnostic.summary)) — \(Self.visible(finding.waiver.reason ?? ""))\(by)\n"
            }
        }
        if let change = report.change { output += changeSummary(change) }
        output += "aims: " + report.summary + "\n"
        return output
    }

    private func changeSummary(_ change: ChangeReport) -> String {
        var output = ""
        if !change.fixed.isEmpty {
            output += paint("fixed since \(change.baseLabel):", .bold) + "\n"
            for diagnostic in change.fixed {
                output += "  " + (diagnostic.location.map { "\(describe($0)): " } ?? "") + "\(diagnostic.ruleID) \(Self.visible(diagnostic.summary))\n"
            }
        }
        output += paint("change since \(change.baseLabel):", .bold) + (change.summary.isEmpty ? " no document, approval, coverage or SoA changes\n" : "\n")
        for section in change.summary.sections {
            output += "  \(section.title):\n"
            for entry in section.entries { output += "    \(Self.visible(entry.text))\n" }
        }
        return output
    }

    private func headline(_ diagnostic: Diagnostic) -> String {
        let place = diagnostic.location.map { "\(describe($0)): " } ?? ""
        let color: Color = diagnostic.severity == .error ? .red : diagnostic.severity == .warning ? .yellow : .bold
        return paint(place, .bold) + paint("\(diagnostic.severity.rawValue)[\(diagnostic.ruleID)]:", color) + " " + Self.visible(diagnostic.summary)
    }

    private func excerpt(_ location: SourceLocation, _ report: DiagnosticReport) -> String? {
        guard let lines = report.sourceLines(location.path), location.line >= 1, location.line <= lines.count else { return nil }
        let line = lines[location.line - 1]
        // A line with control characters (other than tabs) is not echoed: it could drive the terminal.
        guard line.utf8.count <= 300, !line.unicodeScalars.contains(where: { $0 != "\t" && Self.isControl($0) }) else { return nil }
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        // The caret sits under the byte column; tabs are kept so it lines up in a terminal.
        let prefix = line.utf8.prefix(max(0, location.column - 1))
        let padding = String(decoding: prefix, as: UTF8.self).map { $0 == "\t" ? "\t" : " " }.joined()
        return "    \(number) | \(line)\n    \(gutter) | \(padding)" + paint("^", .green) + "\n"
    }

    private enum Color: String {
        case red = "31", yellow = "33", cyan = "36", green = "32", bold = "1"
    }

    private func paint(_ text: String, _ color: Color) -> String {
        guard useColor, !text.isEmpty else { return text }
        return "\u{1B}[\(color == .bold ? "1" : "1;" + color.rawValue)m\(text)\u{1B}[0m"
    }
}
