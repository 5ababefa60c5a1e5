/// `--format github`: workflow commands that GitHub Actions turns into annotations on the
/// pull request's files, one per finding, escaped as the Actions toolkit escapes them.
public struct GitHubAnnotationWriter: DiagnosticWriter {
    public init() {}

    public func write(_ report: DiagnosticReport) -> String {
        var output = ""
        for (index, diagnostic) in report.diagnostics.enumerated() {
            // In a comparison, findings the base already had are not the pull request's: they
            // are not annotated on its diff (the summary still counts them).
            if let change = report.change, !change.isNew(index) { continue }
            let command: String
            switch diagnostic.severity {
            case .error: command = "error"
            case .warning: command = "warning"
            case .note: command = "notice"
            }
            let place = diagnostic.location ?? SourceLocation(path: report.configurationPath)
            let title = "\(diagnostic.ruleID) " + (report.rule(diagnostic.ruleID)?.title ?? "")
            let properties = [
                "file=" + Self.escapeProperty(place.path),
                "line=\(place.line)",
                "col=\(report.utf16Column(place))",
                "title=" + Self.escapeProperty(title.trimmingCharacters(in: .whitespaces)),
            ]
            var message = diagnostic.summary
            if let hint = diagnostic.hint { message += "\nhint: " + hint }
            output += "::\(command) \(properties.joined(separator: ","))::\(Self.escapeData(message))\n"
        }
        output += "aims: " + report.summary + "\n"
        return output
    }

    /// The toolkit's escaping of a command's message.
    public static func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25")
            .replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value also may not hold the separators `:` and `,`.
    public static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
