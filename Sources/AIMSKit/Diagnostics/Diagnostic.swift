/// The one diagnostic type of the compiler. Every stage reports through it and every
/// output format (text, JSON, the pack's findings page) is written from it.
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Hashable, Sendable, Codable, Comparable, CaseIterable {
        case error, warning, note

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    /// A secondary message, optionally pointing at another place (the first of two
    /// duplicate ids, the SoA row a document contradicts).
    public struct Note: Hashable, Sendable, Codable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public var ruleID: String
    public var severity: Severity
    public var location: SourceLocation?
    public var summary: String
    /// Why the rule exists; filled from the rule's description by the checker.
    public var explanation: String?
    public var notes: [Note]
    public var hint: String?
    /// What the finding is about, when the message also names things that change on their own
    /// (other documents' states): a rule sets it so the finding keeps its identity across
    /// commits (`FindingFingerprint`). Nil means the message is that identity.
    public var identity: String?

    public init(
        ruleID: String,
        severity: Severity,
        location: SourceLocation?,
        summary: String,
        explanation: String? = nil,
        notes: [Note] = [],
        hint: String? = nil,
        identity: String? = nil
    ) {
        self.identity = identity
        self.ruleID = ruleID
        self.severity = severity
        self.location = location
        self.summary = summary
        self.explanation = explanation
        self.notes = notes
        self.hint = hint
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics are reported in file order; ones without a place come last.
    public static func < (a: Diagnostic, b: Diagnostic) -> Bool {
        switch (a.location, b.location) {
        case let (l?, r?) where l != r: return l < r
        case (nil, _?): return false
        case (_?, nil): return true
        default: return (a.ruleID, a.summary) < (b.ruleID, b.summary)
        }
    }
}

extension Array where Element == Diagnostic {
    public func count(of severity: Diagnostic.Severity) -> Int { filter { $0.severity == severity }.count }
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
