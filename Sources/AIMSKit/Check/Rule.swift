/// A rule describes itself completely: the checker runs it, `aims explain` prints it, the
/// README lists it, and its examples are its tests.
public struct RuleDescription: Sendable {
    public var id: String
    public var name: String
    public var title: String
    /// The clause of ISO/IEC 42001 (or "aims" for the compiler's own needs) it enforces.
    public var clause: String
    public var severity: Diagnostic.Severity
    public var explanation: String
    /// Each must make the rule report, at every place marked `↓`.
    public var triggeringExamples: [RuleExample]
    /// None may make the rule report.
    public var nonTriggeringExamples: [RuleExample]
    /// Rules that run beside this one in its examples: a rule about other rules' findings
    /// (an unused waiver) needs them to be judged.
    public var exampleCompanions: [String] = []

    public init(
        id: String, name: String, title: String, clause: String, severity: Diagnostic.Severity,
        explanation: String, triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample],
        exampleCompanions: [String] = []
    ) {
        self.exampleCompanions = exampleCompanions
        self.id = id
        self.name = name
        self.title = title
        self.clause = clause
        self.severity = severity
        self.explanation = explanation
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}

/// A small AIMS, as files relative to its root. `↓` marks where a diagnostic must point;
/// it is removed before the files are compiled. Without an `aims.yaml` of its own, one
/// is added. Examples are compiled as of `RuleExample.asOf`.
public struct RuleExample: Sendable {
    /// The files at the end of the example.
    public var files: [String: String]
    /// For rules that read history: the commits that make the example, oldest first. The
    /// test runner builds them as a real git repository with these authors and dates.
    public var history: [ExampleCommit]
    /// When set, the history is read through a shallow clone of this depth.
    public var shallowDepth: Int?
    /// For change rules: the first this many commits of `history` make the base, and the
    /// example is checked as `aims check --base` of that commit.
    public var baseCommitCount: Int?
    public static let marker: Character = "↓"
    public static let asOf = CalendarDate(year: 2026, month: 6, day: 1)!

    public init(_ files: [String: String]) {
        self.files = files
        self.history = []
        self.shallowDepth = nil
        self.baseCommitCount = nil
    }

    /// An example of a single document.
    public init(_ path: String, _ text: String) {
        self.init([path: text])
    }

    /// An example made of commits; `files` is what the last commit leaves.
    public init(history: [ExampleCommit], shallowDepth: Int? = nil) {
        self.init(history: history, shallowDepth: shallowDepth, baseCommitCount: nil)
    }

    /// A change: `base` commits make the base, `head` the commits the change adds.
    public init(base: [ExampleCommit], head: [ExampleCommit]) {
        self.init(history: base + head, shallowDepth: nil, baseCommitCount: base.count)
    }

    private init(history: [ExampleCommit], shallowDepth: Int?, baseCommitCount: Int?) {
        self.history = history
        self.shallowDepth = shallowDepth
        self.baseCommitCount = baseCommitCount
        var files: [String: String] = [:]
        for commit in history {
            for (path, text) in commit.files {
                files[path] = text
            }
        }
        self.files = files.compactMapValues { $0 }
    }
}

/// One commit of a history example. `files` maps paths to their new text, nil to delete.
public struct ExampleCommit: Sendable {
    public var author: String
    public var date: String
    public var message: String
    public var files: [String: String?]

    /// - Parameters:
    ///   - author: `Name <email>`
    ///   - date: `YYYY-MM-DD`, committed at noon UTC
    public init(_ author: String, _ date: String, _ message: String, _ files: [String: String?]) {
        self.author = author
        self.date = date
        self.message = message
        self.files = files
    }
}

public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    init()
    func check(_ context: CheckContext) -> [Diagnostic]
}

extension Rule {
    /// A diagnostic of this rule at its default severity; the checker applies the
    /// configuration's severity and the explanation.
    public func diagnostic(
        _ summary: String,
        at location: SourceLocation?,
        hint: String? = nil,
        notes: [Diagnostic.Note] = [],
        identity: String? = nil
    ) -> Diagnostic {
        let description = Self.description
        return Diagnostic(ruleID: description.id, severity: description.severity, location: location, summary: summary, notes: notes, hint: hint, identity: identity)
    }
}

/// Everything a rule may look at. Rules only read.
public struct CheckContext {
    public var model: ClauseModel
    public var configuration: Configuration
    public let index: AIMSIndex
    public var source: SourceTree
    /// The date "overdue" and "expired" are judged against; nil when none could be fixed.
    public var asOf: CalendarDate?
    /// What git history says; nil when the source is not a git commit (memory, or a working
    /// tree without commits).
    public var provenance: Provenance?
    /// The facts every rule reads: document states, controls, mandatory items, links.
    public let resolved: ResolvedModel
    /// The base this head is compared with, for the change rules; nil without `--base`.
    public let base: ChangeBase?

    /// Documents with readable front matter.
    public let documents: [Document]

    public init(
        model: ClauseModel, configuration: Configuration, index: AIMSIndex, source: SourceTree,
        asOf: CalendarDate?, provenance: Provenance? = nil, resolved: ResolvedModel, base: ChangeBase? = nil
    ) {
        self.resolved = resolved
        self.base = base
        self.model = model
        self.configuration = configuration
        self.index = index
        self.source = source
        self.asOf = asOf
        self.provenance = provenance
        documents = index.documents.filter { $0.problem == nil }
    }

    public var configurationLocation: SourceLocation { SourceLocation(path: configuration.path) }
}
