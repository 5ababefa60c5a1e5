import AIMSGit

/// A documented decision not to act on one finding: `aims-waive` in front matter, or an HTML
/// comment `<!-- aims-waive AIMS013: reason -->` next to the line. It must give a reason; the
/// pack lists what was waived, why, and by whom.
public struct Waiver: Hashable, Sendable {
    public enum Scope: Hashable, Sendable {
        /// From front matter: findings of the rule anywhere in the document (narrowed by `match`).
        case document
        /// From a comment: findings of the rule on this file line.
        case line(Int)
    }

    /// The rule id as written (upper-cased).
    public var ruleID: String
    public var reason: String?
    /// Only findings whose message contains this text.
    public var match: String?
    public var scope: Scope
    public var path: String
    public var line: Int
    public var column: Int
    /// The text of the marker as written: the commit that added it is the one who waived.
    public var marker: String

    public var location: SourceLocation { SourceLocation(path: path, line: line, column: column) }

    /// Rules whose findings are about waivers themselves, which nothing can waive.
    public static let unwaivableRules: Set<String> = ["AIMS045", "AIMS046"]

    /// What makes the waiver invalid, or nil when it waives: a reason is required, and the
    /// rule must be one aims has.
    public func problem(knownRules: Set<String>) -> String? {
        if ruleID.isEmpty { return "a waiver must name the rule it waives" }
        if !knownRules.contains(ruleID) { return "waiver for '\(ruleID)', which is no rule of aims" }
        if Self.unwaivableRules.contains(ruleID) { return "\(ruleID) reports on waivers and cannot be waived" }
        guard let reason, !StatementOfApplicability.isPlaceholder(reason) else { return "waiver of \(ruleID) gives no reason" }
        return nil
    }

    /// Whether it waives `diagnostic`.
    public func covers(_ diagnostic: Diagnostic) -> Bool {
        guard diagnostic.ruleID == ruleID, let location = diagnostic.location, location.path == path else { return false }
        if case let .line(line) = scope, location.line != line { return false }
        if let match, !match.isEmpty, !diagnostic.summary.contains(match) { return false }
        return true
    }
}

/// A finding a waiver took out of the counts, kept for the pack and the reports.
public struct WaivedFinding: Sendable {
    public var diagnostic: Diagnostic
    public var waiver: Waiver
    /// The commit that added the waiver; nil when it is not committed (working tree, index)
    /// or no history was read.
    public var addedIn: CommitInfo?
}
