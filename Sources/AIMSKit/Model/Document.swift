import AIMSMarkdown

/// The closed set of document types. Mandatory documented information names the types
/// that can carry it (clause-model.yaml, `accepted_types`).
public enum DocumentType: String, CaseIterable, Sendable, Codable {
    case manual, scope, policy, procedure, process, plan, register, record, report, assessment, soa
}

public enum DocumentStatus: String, CaseIterable, Sendable, Codable {
    case draft
    case inReview = "in-review"
    case approved
    case retired
}

/// A value read from front matter, with where it was written.
public struct Located<Value: Hashable & Sendable>: Hashable, Sendable {
    public var value: Value
    public var line: Int
    public var column: Int

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

/// One item of a document's `evidence:` list.
public struct EvidenceReference: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case path, commit, tag, url
    }

    public var kind: Kind
    public var target: String
    public var title: String?
    public var validUntil: CalendarDate?
    public var line: Int
    public var column: Int
}

/// The typed view of a document's front matter. Each field is nil (or empty) when absent
/// or ill-typed; the field rules report why, from the raw front matter.
public struct DocumentFields: Hashable, Sendable {
    public var id: Located<String>?
    public var title: String?
    public var type: DocumentType?
    public var status: DocumentStatus?
    public var version: String?
    public var owner: String?
    public var approver: String?
    public var effective: CalendarDate?
    public var nextReview: CalendarDate?
    public var clauses: [Located<String>] = []
    public var controls: [Located<String>] = []
    public var evidence: [EvidenceReference] = []
    /// On a retired document: the id of the document that replaces it.
    public var supersededBy: Located<String>?
    /// On the SoA: the Annex A controls excluded, each with its justification.
    public var excluded: [ControlExclusion] = []
}

/// An item of the SoA's `excluded:` list: `{control: A.10.4, justification: "…"}`, or a bare id.
public struct ControlExclusion: Hashable, Sendable {
    public var control: Located<String>
    public var justification: Located<String>?
}

/// Why a file could not be read as a document at all.
public enum DocumentProblem: Hashable, Sendable {
    case unreadable(String, line: Int, column: Int)
    case missingFrontMatter
    case unclosedFrontMatter
    case invalidFrontMatter(YAMLReader.Failure)
    case frontMatterNotMapping(line: Int, column: Int)
}

/// A Markdown document of the AIMS after parsing: its front matter as written and typed,
/// and the outline of its body. Lines in `outline` are file lines.
public struct Document: Sendable {
    public var path: String
    public var frontMatter: YAMLNode?
    public var fields: DocumentFields
    public var outline: MarkdownOutline
    public var body: String
    public var bodyFirstLine: Int
    public var problem: DocumentProblem?
    /// Its `aims-waive` markers, read with the rest.
    public var waivers: [Waiver] = []

    /// The name used in messages and pages: the id when there is one, else the path.
    public var displayID: String { fields.id?.value ?? path }

    public func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    /// Where a front-matter field's value is written, else its key, else the top of the file.
    public func fieldLocation(_ key: String) -> SourceLocation {
        if let pair = frontMatter?.mapping?.first(where: { $0.key.scalar == key }) {
            return pair.value.isNull ? location(line: pair.key.line, column: pair.key.column) : location(line: pair.value.line, column: pair.value.column)
        }
        return location(line: 1, column: 1)
    }

    /// Where a front-matter key is written, or the top of the file.
    public func location(ofKey key: String) -> SourceLocation {
        if let pair = frontMatter?.mapping?.first(where: { $0.key.scalar == key }) {
            return location(line: pair.key.line, column: pair.key.column)
        }
        return location(line: 1, column: 1)
    }
}

extension Document {
    /// Whether a document that is not retired was due for review before `asOf`: the review
    /// rule and the readiness page ask this one question.
    public func isReviewOverdue(asOf: CalendarDate) -> Bool {
        guard fields.status != .retired, let due = fields.nextReview else { return false }
        return due < asOf
    }
}
