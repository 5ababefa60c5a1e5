/// The formats `--format` offers, each written by its own writer.
public enum ReportFormat: String, CaseIterable, Sendable {
    case text, json, sarif, github, junit, markdown

    /// The writer for this format. Only text output is coloured, and shows paths as the
    /// user can open them; every other format keeps repository paths, for tools.
    public func writer(useColor: Bool = false, displayPath: @escaping @Sendable (String) -> String = { $0 }) -> any DiagnosticWriter {
        switch self {
        case .text: return TextDiagnosticWriter(useColor: useColor, displayPath: displayPath)
        case .json: return JSONDiagnosticWriter()
        case .sarif: return SARIFWriter()
        case .github: return GitHubAnnotationWriter()
        case .junit: return JUnitWriter()
        case .markdown: return MarkdownReportWriter()
        }
    }
}
