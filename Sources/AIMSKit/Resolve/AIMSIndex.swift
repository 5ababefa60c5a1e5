/// Resolve stage: the cross-document facts every rule and page needs, computed once.
public struct AIMSIndex: Sendable {
    public var documents: [Document]
    /// Documents with readable front matter, by id (several when ids collide).
    public var byID: [String: [Document]]
    public var byPath: [String: Document]
    /// Annex A control id → documents whose `controls:` list it.
    public var implementations: [String: [Document]]
    /// Clause id → documents whose `clauses:` list it.
    public var coverage: [String: [Document]]
    /// Heading anchors of each document, by path.
    public var anchors: [String: Set<String>]
    /// Live documents of type soa; the first is the Statement of Applicability.
    public var soaDocuments: [Document]
    /// Read from the first live SoA document, so a retired SoA kept for the record is never
    /// the one that is checked or rendered.
    public var soa: StatementOfApplicability?

    public init(documents: [Document], soaColumns: [String: String] = [:]) {
        self.documents = documents
        byID = [:]
        byPath = [:]
        implementations = [:]
        coverage = [:]
        anchors = [:]
        for document in documents {
            byPath[document.path] = document
            anchors[document.path] = Set(HeadingSlug.slugs(for: document.outline.headings.map(\.text)))
            guard document.problem == nil else { continue }
            if let id = document.fields.id { byID[id.value, default: []].append(document) }
            for control in Set(document.fields.controls.map(\.value)) { implementations[control, default: []].append(document) }
            for clause in Set(document.fields.clauses.map(\.value)) { coverage[clause, default: []].append(document) }
        }
        soaDocuments = documents.filter { $0.problem == nil && $0.fields.status != .retired && $0.fields.type == .soa }
        soa = soaDocuments.first.map { StatementOfApplicability(document: $0, columns: soaColumns) }
    }

    /// Documents that count towards the AIMS: readable and not retired.
    public var liveDocuments: [Document] {
        documents.filter { $0.problem == nil && $0.fields.status != .retired }
    }
}
