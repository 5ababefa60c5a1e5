/// Which page of the pack shows which document: `documents/<id>.html` when the id is valid
/// and unique, else a slug of the path. Names are compared without case, because the
/// pack is often opened from a case-insensitive disk (macOS, Windows).
public struct DocumentPages: Sendable {
    static let folder = "documents"

    /// Repository path → page file name inside `documents/` ("KFS-POL-001.html").
    private(set) var fileNames: [String: String] = [:]

    init(index: AIMSIndex) {
        var taken = Set<String>()
        let idCounts = Dictionary(
            index.documents.compactMap { $0.problem == nil ? $0.fields.id?.value.lowercased() : nil }.map { ($0, 1) },
            uniquingKeysWith: +
        )
        // Unique ids first, so a path slug can never take a name an id needs.
        for document in index.documents where document.problem == nil {
            guard let id = document.fields.id?.value, FieldSchema.isValidIdentifier(id),
                  idCounts[id.lowercased()] == 1 else { continue }
            taken.insert(id.lowercased())
            fileNames[document.path] = id + ".html"
        }
        for document in index.documents where fileNames[document.path] == nil {
            let base = Self.slug(document.path)
            var name = base
            var counter = 2
            while taken.contains(name.lowercased()) {
                name = "\(base)-\(counter)"
                counter += 1
            }
            taken.insert(name.lowercased())
            fileNames[document.path] = name + ".html"
        }
    }

    /// The page's path in the pack, or nil when `path` is not a document.
    public func pagePath(_ path: String) -> String? {
        fileNames[path].map { Self.folder + "/" + $0 }
    }

    /// "policies/AI Policy.md" → "policies-ai-policy-md": ASCII letters, digits and hyphens.
    static func slug(_ path: String) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in path.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen, !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result.isEmpty ? "document" : result
    }
}
