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
        /// The rules that reported, by id, so tools need not know aims's rule list.
        var rules: [String: Rule]
    }

    struct Rule: Encodable {
        var name: String
        var title: String
        var clause: String
    }

    struct Read: Encodable {
        var label: String
        var revision: String?
        var commit: String?
        var worktree: Bool
        var root: String
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
            read: Read(label: report.origin.label, revision: revision, commit: report.origin.commit?.id.hex, worktree: worktree, root: report.root),
            asOf: report.asOf?.description,
            summary: Summary(
                errors: report.diagnostics.count(of: .error),
                warnings: report.diagnostics.count(of: .warning),
                notes: report.diagnostics.count(of: .note),
                documents: report.documentCount,
                text: report.summary
            ),
            diagnostics: report.diagnostics,
            rules: Dictionary(report.diagnostics.map(\.ruleID).compactMap { id in
                RuleRegistry.rule(id).map { rule in
                    let description = type(of: rule).description
                    return (id, Rule(name: description.name, title: description.title, clause: description.clause))
                }
            }, uniquingKeysWith: { first, _ in first })
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
