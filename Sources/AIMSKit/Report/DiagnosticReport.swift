/// What every writer receives: the diagnostics, the metadata of the rules that ran (handed
/// over, never looked up), the facts for the summary line and, for `aims check --base`,
/// what the change did.
public struct DiagnosticReport {
    public var diagnostics: [Diagnostic]
    /// Findings waived in the documents: out of the counts, never out of sight.
    public var waived: [WaivedFinding]
    /// The rules that ran, in id order: SARIF lists them all, other writers name the ones
    /// that reported.
    public var rules: [RuleDescription]
    public var documentPaths: [String]
    public var origin: Origin
    public var asOf: CalendarDate?
    /// Repository path of the AIMS root ("" for the top of the repository).
    public var root: String
    /// Repository path of aims.yaml: where findings about the whole AIMS point when a format
    /// needs a file for every finding.
    public var configurationPath: String
    /// The severity at which the run fails (error, or warning under `--strict`).
    public var failingSeverity: Diagnostic.Severity = .error
    /// Set for a comparison with a base revision.
    public var change: ChangeReport?
    /// In a comparison: whether findings the base already had fail the run too.
    public var failOn: FailurePolicy = .new
    /// Reads a file's lines for source excerpts; nil when the file cannot be shown.
    public var sourceLines: (String) -> [Substring]?

    public init(compilation: Compilation) {
        diagnostics = compilation.diagnostics
        waived = compilation.waived
        rules = compilation.rules
        documentPaths = compilation.index.documents.map(\.path)
        origin = compilation.origin
        asOf = compilation.asOf
        root = compilation.configuration.root
        configurationPath = compilation.configuration.path
        change = compilation.change
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

    public var documentCount: Int { documentPaths.count }

    public func rule(_ id: String) -> RuleDescription? { rules.first { $0.id == id } }

    /// Whether the diagnostic at `index` fails the run: at or above the failing severity and,
    /// under `--fail-on new`, not already in the base.
    public func fails(_ index: Int) -> Bool {
        guard diagnostics[index].severity <= failingSeverity else { return false }
        guard let change, failOn == .new else { return true }
        return change.isNew(index)
    }

    public var failed: Bool { diagnostics.indices.contains(where: fails) }

    /// "2 errors, 1 warning in 27 documents (main @ 1a2b3c4, as of 2026-11-20)"
    public var summary: String {
        var parts = [plural(diagnostics.count(of: .error), "error"), plural(diagnostics.count(of: .warning), "warning")]
        let notes = diagnostics.count(of: .note)
        if notes > 0 { parts.append(plural(notes, "note")) }
        if !waived.isEmpty { parts.append("\(waived.count) waived") }
        let date = asOf.map { ", as of \($0)" } ?? ""
        var text = "\(parts.joined(separator: ", ")) in \(plural(documentCount, "document")) (\(origin.label)\(date))"
        if let change {
            text += "; \(plural(change.newCount, "new finding")) since \(change.baseLabel)"
        }
        return text
    }

    /// The column of a location in UTF-16 code units (SARIF's default, GitHub's), from
    /// aims's UTF-8 byte column; the byte column when the line cannot be read.
    public func utf16Column(_ location: SourceLocation) -> Int {
        guard let lines = sourceLines(location.path), location.line >= 1, location.line <= lines.count else { return location.column }
        let prefix = lines[location.line - 1].utf8.prefix(max(0, location.column - 1))
        return String(decoding: prefix, as: UTF8.self).utf16.count + 1
    }
}

func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }

/// `--fail-on`: in a comparison with a base, which findings fail the run.
public enum FailurePolicy: String, Sendable, CaseIterable {
    /// Only those the base did not have: a pull request answers for what it brings.
    case new
    /// Every finding, as without a base.
    case all
}
