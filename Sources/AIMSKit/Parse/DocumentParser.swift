import AIMSMarkdown

/// Parse stage: bytes of one file → `Document`. Never throws: whatever is wrong with the
/// file is kept in `Document.problem` for the rules to report, and parsing goes on with
/// the next file.
public enum DocumentParser {
    public static func parse(path: String, bytes: [UInt8]) -> Document {
        var document = Document(path: path, frontMatter: nil, fields: DocumentFields(), outline: .empty, body: "", bodyFirstLine: 1)
        let text: String
        switch SourceText.decode(bytes) {
        case let .success(decoded):
            text = decoded
        case let .failure(problem):
            document.problem = problem.documentProblem
            return document
        }
        let split: FrontMatterSplit
        switch FrontMatterSplitter.split(text) {
        case let .success(result):
            split = result
        case .failure(.missing):
            document.problem = .missingFrontMatter
            document.body = text
            document.outline = outline(of: text, firstLine: 1)
            return document
        case .failure(.unclosed):
            document.problem = .unclosedFrontMatter
            return document
        }
        document.body = String(split.body)
        document.bodyFirstLine = split.bodyFirstLine
        readFrontMatter(split, into: &document)
        // Paragraph texts are only read to resolve an SoA's "see below" justifications:
        // collected for SoA documents alone, so other documents do not pay for them.
        document.outline = outline(of: document.body, firstLine: split.bodyFirstLine, paragraphs: document.fields.type == .soa)
        document.waivers = WaiverReader.waivers(of: document)
        return document
    }

    private static func readFrontMatter(_ split: FrontMatterSplit, into document: inout Document) {
        switch YAMLReader(firstLine: split.yamlFirstLine).read(split.yaml) {
        case let .success(node?):
            guard node.mapping != nil else {
                document.problem = .frontMatterNotMapping(line: node.line, column: node.column)
                return
            }
            document.frontMatter = node
            document.fields = DocumentFields(frontMatter: node)
        case .success(nil):
            document.frontMatter = YAMLNode(.mapping([]), line: split.yamlFirstLine, column: 1)
        case let .failure(failure):
            document.problem = .invalidFrontMatter(failure)
        }
    }

    static func outline(of body: String, firstLine: Int, paragraphs: Bool = false) -> MarkdownOutline {
        Markdown.outline(of: body, firstLine: firstLine, paragraphs: paragraphs)
    }
}

extension SourceText.Problem {
    var documentProblem: DocumentProblem {
        switch self {
        case let .tooLarge(bytes):
            return .unreadable("file is \(bytes / 1024) KiB, larger than the \(SourceText.maximumBytes / 1024 / 1024) MiB a document may be", line: 1, column: 1)
        case .binary:
            return .unreadable("binary file (contains NUL bytes), not a Markdown document", line: 1, column: 1)
        case let .invalidUTF8(line, column):
            return .unreadable("invalid UTF-8 byte sequence", line: line, column: column)
        }
    }
}

extension DocumentFields {
    /// Takes every field whose value has the expected shape; leaves the rest empty.
    init(frontMatter: YAMLNode) {
        func text(_ key: String) -> String? {
            guard let node = frontMatter[key], !node.isNull, let value = node.scalar else { return nil }
            let trimmed = value.trimmed
            return trimmed.isEmpty ? nil : trimmed
        }
        func located(_ key: String) -> Located<String>? {
            guard let node = frontMatter[key], let value = text(key) else { return nil }
            return Located(value, line: node.line, column: node.column)
        }
        func list(_ key: String) -> [Located<String>] {
            guard let node = frontMatter[key] else { return [] }
            if let items = node.sequence {
                return items.compactMap { item in item.scalar.map { Located($0.trimmed, line: item.line, column: item.column) } }
            }
            // A single value is accepted as a list of one: `clauses: 5.2`.
            if let scalar = node.scalar, !node.isNull { return [Located(scalar, line: node.line, column: node.column)] }
            return []
        }
        id = located("id").flatMap { FieldSchema.isValidIdentifier($0.value) ? $0 : nil }
        title = text("title")
        type = text("type").flatMap(DocumentType.init(rawValue:))
        status = text("status").flatMap(DocumentStatus.init(rawValue:))
        version = text("version")
        owner = text("owner")
        approver = text("approver")
        effective = text("effective").flatMap(CalendarDate.init(iso:))
        nextReview = text("next_review").flatMap(CalendarDate.init(iso:))
        clauses = list("clauses")
        controls = list("controls")
        evidence = (frontMatter["evidence"]?.sequence ?? []).compactMap(EvidenceReference.init(node:))
        supersededBy = located("superseded_by")
        excluded = (frontMatter["excluded"]?.sequence ?? []).compactMap(ControlExclusion.init(node:))
    }
}

extension ControlExclusion {
    init?(node: YAMLNode) {
        if let id = node.scalar, !node.isNull {
            control = Located(id.trimmed, line: node.line, column: node.column)
            justification = nil
            return
        }
        guard let idNode = node["control"], let id = idNode.scalar, !idNode.isNull else { return nil }
        control = Located(id.trimmed, line: idNode.line, column: idNode.column)
        justification = node["justification"].flatMap { value in
            value.scalar.map { Located($0.trimmed, line: value.line, column: value.column) }
        }
    }
}

extension EvidenceReference {
    /// An item with exactly one of path/commit/tag/url; anything else is left to the rules.
    init?(node: YAMLNode) {
        guard let pairs = node.mapping else { return nil }
        let kinds = pairs.compactMap { pair in pair.key.scalar.flatMap(Kind.init(rawValue:)).map { ($0, pair) } }
        guard kinds.count == 1, let (kind, pair) = kinds.first, let target = pair.value.scalar, !pair.value.isNull else { return nil }
        // A url: that is not a web address (javascript:, data:, a bare host) is no evidence
        // item; AIMS007 reports it.
        guard kind != .url || PackLink.isWebAddress(target.trimmed) else { return nil }
        self.kind = kind
        self.target = target.trimmed
        self.title = node["title"]?.scalar
        self.validUntil = node["valid_until"]?.scalar.flatMap(CalendarDate.init(iso:))
        self.line = pair.value.line
        self.column = pair.value.column
    }
}

import Foundation
