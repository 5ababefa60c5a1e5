import AIMSMarkdown

/// Every link and image of every document body, with where it goes, what is wrong with it,
/// and what the pack does with it: decided here once, so the link rules report exactly what
/// the renderer then does.
public struct ResolvedLinks: Sendable {
    public struct Link: Sendable {
        public var link: MarkdownOutline.Link
        public var target: LinkTarget
        public var decision: PackLink
        public var fault: Fault?
    }

    public enum Fault: Sendable, Hashable {
        /// A repository path that names nothing.
        case missingTarget(path: String)
        /// An anchor no heading of the target (this document when `path` is nil) has.
        case missingAnchor(String, path: String?)
        /// A scheme that runs code or reads the disk, or a path outside the repository.
        case unsafe
    }

    /// Document path → its links in body order.
    public var byDocument: [String: [Link]]
    public let pages: DocumentPages
    public let files: CarriedFiles

    init(index: AIMSIndex, source: SourceTree, pages: DocumentPages, files: CarriedFiles) {
        self.pages = pages
        self.files = files
        var byDocument: [String: [Link]] = [:]
        var folders: [String: Bool] = [:]
        func exists(_ path: String) -> Bool {
            if path.isEmpty || index.byPath[path] != nil || source.entry(at: path) != nil { return true }
            // A link to a folder is fine when the folder holds something.
            if let known = folders[path] { return known }
            let found = !((try? source.entries(under: path)) ?? []).isEmpty
            folders[path] = found
            return found
        }
        for document in index.documents where document.problem == nil {
            byDocument[document.path] = document.outline.links.map { link in
                let target = LinkTarget(destination: link.destination, documentPath: document.path)
                let decision = PackLink(target, destination: link.destination, isImage: link.isImage, pages: pages, files: files)
                return Link(link: link, target: target, decision: decision, fault: Self.fault(target, in: document, index: index, exists: exists))
            }
        }
        self.byDocument = byDocument
    }

    /// What the pack does with a link written in the document at `documentPath`: the renderer
    /// asks this for each link it writes.
    public func decision(destination: String, isImage: Bool, from documentPath: String) -> PackLink {
        PackLink(destination: destination, isImage: isImage, documentPath: documentPath, pages: pages, files: files)
    }

    private static func fault(_ target: LinkTarget, in document: Document, index: AIMSIndex, exists: (String) -> Bool) -> Fault? {
        switch target {
        case let .anchor(anchor):
            return (index.anchors[document.path] ?? []).contains(anchor) ? nil : .missingAnchor(anchor, path: nil)
        case let .repository(path, anchor):
            guard exists(path) else { return .missingTarget(path: path) }
            guard let anchor, let linked = index.byPath[path], headingsAreKnown(linked) else { return nil }
            return (index.anchors[path] ?? []).contains(anchor) ? nil : .missingAnchor(anchor, path: path)
        case .unsafeScheme, .absolutePath, .windowsPath, .outsideRepository:
            return .unsafe
        case .none, .external:
            return nil
        }
    }

    /// Unreadable files and unclosed front matter leave the body unparsed, so its anchors are unknown.
    static func headingsAreKnown(_ document: Document) -> Bool {
        switch document.problem {
        case .unreadable?, .unclosedFrontMatter?: return false
        default: return true
        }
    }
}
