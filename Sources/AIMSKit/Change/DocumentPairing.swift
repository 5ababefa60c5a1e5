/// Which document of the base is which document of the head. A document keeps its identity
/// through a rename when it keeps an `id:` no other document has; any other document is the
/// same document when it stays at its path. Decided once, here: the change summary, the change rules and the
/// comparison of findings all read it.
public struct DocumentPairing: Sendable {
    /// Base path → head path, for every document present in both.
    public private(set) var headPath: [String: String] = [:]
    /// Head path → base path.
    public private(set) var basePath: [String: String] = [:]
    public private(set) var added: [String] = []
    public private(set) var removed: [String] = []

    public init(base: AIMSIndex, head: AIMSIndex) {
        func uniqueIDs(_ index: AIMSIndex) -> [String: String] {
            var paths: [String: String] = [:]
            for (id, documents) in index.byID where documents.count == 1 { paths[id] = documents[0].path }
            return paths
        }
        func pair(_ from: String, _ to: String) {
            headPath[from] = to
            basePath[to] = from
        }
        // An id unique on both sides follows the document wherever it moved (a rename, two
        // documents swapping paths).
        let headByID = uniqueIDs(head)
        for (id, path) in uniqueIDs(base) {
            if let target = headByID[id] { pair(path, target) }
        }
        // Every other document (no id, or an id two documents share) is itself where it stays.
        for document in base.documents where headPath[document.path] == nil {
            if head.byPath[document.path] != nil, basePath[document.path] == nil { pair(document.path, document.path) }
        }
        added = head.documents.map(\.path).filter { basePath[$0] == nil }
        removed = base.documents.map(\.path).filter { headPath[$0] == nil }
    }

    /// The base's path of a head path; unchanged for a path that is not a paired document
    /// (aims.yaml, a template), since such files keep their place.
    public func baseName(of headPath: String) -> String { basePath[headPath] ?? headPath }
    /// The head's path of a base path, same rule.
    public func headName(of basePath: String) -> String { headPath[basePath] ?? basePath }

    public var renamed: [(from: String, to: String)] {
        headPath.filter { $0.key != $0.value }.map { (from: $0.key, to: $0.value) }.sorted { $0.to < $1.to }
    }
}
