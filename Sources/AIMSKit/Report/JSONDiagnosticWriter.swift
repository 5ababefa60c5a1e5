import Foundation

/// `--format json`: the same diagnostics as the text output, for tools.
public struct JSONDiagnosticWriter: DiagnosticWriter {
    public init() {}

    struct Document: Encodable {
        var tool = "aims"
        var read: Read
        var asOf: String?
        var summary: Summary
        var diagnostics: [Diagnostic]
    }

    struct Read: Encodable {
        var label: String
        var revision: String?
        var commit: String?
        var worktree: Bool
    }

    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var notes: Int
        var documents: Int
        var text: String
    }

    public func write(_ report: DiagnosticReport) -> String {
        var revision: String?
        var worktree = false
        switch report.origin {
        case let .commit(_, name): revision = name
        case .worktree: worktree = true
        case .memory: break
        }
        let document = Document(
            read: Read(label: report.origin.label, revision: revision, commit: report.origin.commit?.id.hex, worktree: worktree),
            asOf: report.asOf?.description,
            summary: Summary(
                errors: report.diagnostics.count(of: .error),
                warnings: report.diagnostics.count(of: .warning),
                notes: report.diagnostics.count(of: .note),
                documents: report.documentCount,
                text: report.summary
            ),
            diagnostics: report.diagnostics
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
