/// Writes a compilation's diagnostics in one output format. The diagnostics themselves
/// know nothing of formats; each writer is a separate type, so new ones (SARIF, GitHub
/// annotations) slot in beside these.
public protocol DiagnosticWriter {
    func write(_ report: DiagnosticReport) -> String
}

/// What every writer receives: the diagnostics and the facts for the summary line.
public struct DiagnosticReport {
    public var diagnostics: [Diagnostic]
    public var documentCount: Int
    public var origin: Origin
    public var asOf: CalendarDate?
    /// Repository path of the AIMS root ("" for the top of the repository).
    public var root: String
    /// Reads a file's lines for source excerpts; nil when the file cannot be shown.
    public var sourceLines: (String) -> [Substring]?

    public init(compilation: Compilation) {
        diagnostics = compilation.diagnostics
        documentCount = compilation.index.documents.count
        origin = compilation.origin
        asOf = compilation.asOf
        root = compilation.configuration.root
        let source = compilation.source
        var cache: [String: [Substring]] = [:]
        sourceLines = { path in
            if let lines = cache[path] { return lines }
            guard let bytes = try? source.read(path), case let .success(text) = SourceText.decode(bytes) else { return nil }
            // Split on bytes: splitting on Characters costs more than the whole check.
            var lines: [Substring] = []
            var start = text.utf8.startIndex
            for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: "\n") {
                lines.append(text[start..<index])
                start = text.utf8.index(after: index)
            }
            lines.append(text[start...])
            cache[path] = lines
            return lines
        }
    }

    /// "2 errors, 1 warning in 27 documents (main @ 1a2b3c4, as of 2026-11-20)"
    public var summary: String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var parts = [plural(diagnostics.count(of: .error), "error"), plural(diagnostics.count(of: .warning), "warning")]
        let notes = diagnostics.count(of: .note)
        if notes > 0 { parts.append(plural(notes, "note")) }
        let date = asOf.map { ", as of \($0)" } ?? ""
        return "\(parts.joined(separator: ", ")) in \(plural(documentCount, "document")) (\(origin.label)\(date))"
    }
}
