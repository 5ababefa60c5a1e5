extension PackFacts {
    /// What the pack holds for a `path:` evidence item: the document's page when the path is a
    /// document, else the copy of the file with its size and SHA-256, or why there is none.
    /// `root` leads from the page to the pack's top folder.
    func evidenceFileItem(_ reference: EvidenceReference, root: String) -> PageContext {
        guard reference.kind == .path, let path = RepositoryPath.resolve(reference.target, from: compilation.configuration.root) else {
            return ["hasFile": false, "hasPage": false]
        }
        if let document = index.byPath[path], pages.pagePath(path) != nil {
            return ["hasFile": false, "hasPage": true, "page": documentLink(document, root: root)]
        }
        guard let file = resolved.files[path] else { return ["hasFile": false, "hasPage": false] }
        var context: PageContext = [
            "hasFile": true,
            "hasPage": false,
            "size": CarriedFiles.sizeText(file.size),
            "sha256": file.sha256,
            "hasHash": !file.sha256.isEmpty,
            "isCopied": file.packPath != nil,
            "href": file.packPath.map { root + $0 } ?? "",
            "isShownAsText": file.packPath?.hasSuffix(".txt") == true && CarriedFiles.fileExtension(of: file.storedPath) != "txt",
            "reason": "",
            "hasLFSObject": false,
        ]
        if case let .notCopied(reason) = file.fate { context["reason"] = reason.description }
        if case let .lfsPointer(oid, size) = file.format, let oid {
            context["hasLFSObject"] = true
            context["lfsObject"] = oid
            context["lfsSize"] = size.map(CarriedFiles.sizeText) ?? "size not stated"
        }
        return context
    }
}
