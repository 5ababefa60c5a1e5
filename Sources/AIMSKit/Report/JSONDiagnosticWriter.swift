import Foundation

/// `--format json`: the same diagnostics as the text output, for tools. The layout is
/// described in README.md ("JSON output"); `schemaVersion` goes up when a field changes
/// meaning or goes away, not when one is added.
public struct JSONDiagnosticWriter: DiagnosticWriter {
    public static let schemaVersion = 2

    public init() {}

    struct Document: Encodable {
        var schemaVersion = JSONDiagnosticWriter.schemaVersion
        var tool = "aims"
        var version = AIMSVersion.current
        var read: Read
        var asOf: String?
        var summary: Summary
        var diagnostics: [Finding]
        /// Set for `aims check --base`.
        var change: Change?
        var waived: [Waived]
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
        var staged: Bool
        var root: String
    }

    /// A diagnostic with its line-free identity and, in a comparison, whether it is new.
    struct Finding: Encodable {
        var diagnostic: Diagnostic
        var fingerprint: String
        var baseline: String?
        var fails: Bool

        enum CodingKeys: String, CodingKey { case fingerprint, baseline, fails }

        func encode(to encoder: Encoder) throws {
            try diagnostic.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(fingerprint, forKey: .fingerprint)
            try container.encodeIfPresent(baseline, forKey: .baseline)
            try container.encode(fails, forKey: .fails)
        }
    }

    struct Waived: Encodable {
        var diagnostic: Diagnostic
        var reason: String
        var waiver: SourceLocation
        var commit: String?
        var author: String?
    }

    struct Change: Encodable {
        var base: String
        var baseCommit: String?
        var failOn: String
        var new: Int
        var fixed: [Diagnostic]
        var summary: [ChangeSummary.Entry]
    }

    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var notes: Int
        var documents: Int
        var failed: Bool
        var text: String
    }

    public func write(_ report: DiagnosticReport) -> String {
        var revision: String?
        var worktree = false
        var staged = false
        switch report.origin {
        case let .commit(_, name): revision = name
        case .worktree: worktree = true
        case .index: staged = true
        case .memory: break
        }
        let document = Document(
            read: Read(label: report.origin.label, revision: revision, commit: report.origin.commit?.id.hex, worktree: worktree, staged: staged, root: report.root),
            asOf: report.asOf?.description,
            summary: Summary(
                errors: report.diagnostics.count(of: .error),
                warnings: report.diagnostics.count(of: .warning),
                notes: report.diagnostics.count(of: .note),
                documents: report.documentCount,
                failed: report.failed,
                text: report.summary
            ),
            diagnostics: zip(report.diagnostics.indices, FindingFingerprint.fingerprints(report.diagnostics)).map { index, fingerprint in
                Finding(diagnostic: report.diagnostics[index], fingerprint: fingerprint,
                        baseline: report.change.map { $0.isNew(index) ? "new" : "unchanged" }, fails: report.fails(index))
            },
            change: report.change.map { change in
                Change(base: change.baseLabel, baseCommit: change.baseCommit, failOn: report.failOn.rawValue,
                       new: change.newCount, fixed: change.fixed, summary: change.summary.entries)
            },
            waived: report.waived.map { finding in
                Waived(diagnostic: finding.diagnostic, reason: finding.waiver.reason ?? "", waiver: finding.waiver.location,
                       commit: finding.addedIn?.id.hex, author: finding.addedIn.map { "\($0.author.name) <\($0.author.email)>" })
            },
            rules: Dictionary((report.diagnostics + report.waived.map(\.diagnostic)).map(\.ruleID).compactMap { id in
                report.rule(id).map { (id, Rule(name: $0.name, title: $0.title, clause: $0.clause)) }
            }, uniquingKeysWith: { first, _ in first })
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(document) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
