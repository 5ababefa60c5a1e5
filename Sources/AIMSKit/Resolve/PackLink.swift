/// What the audit pack makes of a link or image in a document body. BodyRenderer emits what
/// this says and AIMS034 reports what it drops: one decision, so the checker cannot pass
/// a link the pack then silently loses.
public enum PackLink: Hashable, Sendable {
    /// Kept exactly as written: an `#anchor` of the same page, or an http:, https: or mailto: URL.
    case asWritten
    /// Kept, pointing at the pack's page of the document at this repository path.
    case documentPage(path: String, anchor: String?)
    /// Kept, pointing at the pack's copy of the repository file at this path (`CarriedFiles`).
    case carriedFile(path: String)
    /// An image shown inline from the repository file at this path (`CarriedFiles`).
    case inlineImage(path: String)
    /// Left out: the pack shows the link's text, or the image's description.
    case dropped(Omission)

    public enum Omission: Hashable, Sendable {
        /// An image that is not a repository file: a remote image would be fetched the moment
        /// the auditor opens the page.
        case remoteImage
        /// An image whose repository file is not a PNG, JPEG, GIF, WebP or SVG image.
        case notAnImage(path: String)
        /// A repository file the pack does not carry, and why.
        case notCarried(path: String, reason: CarriedFiles.Reason)
        /// Nothing to follow: an empty destination, a bare `#`, or only a query.
        case empty
        /// An external scheme other than http:, https: and mailto:; nil for a
        /// protocol-relative `//host/…`, whose scheme depends on how the pack is opened.
        case unkeptScheme(String?)
        /// Spaces or control characters, which browsers strip or ignore in ways that can
        /// turn a harmless-looking destination into another one.
        case notPlain
        /// A repository path that is neither a document nor a file: a folder, or nothing at
        /// all (AIMS013 reports those).
        case notADocument(path: String)
        /// A scheme that runs code or reads the disk, or a path outside the repository
        /// (AIMS025 reports those).
        case unsafe
    }

    public static let keptSchemes: Set<String> = ["http", "https", "mailto"]

    /// - Parameters:
    ///   - target: `destination` read by `LinkTarget` for the linking document.
    ///   - pages: which documents have a page in the pack.
    ///   - files: which repository files the pack carries.
    public init(_ target: LinkTarget, destination: String, isImage: Bool, pages: DocumentPages, files: CarriedFiles) {
        if isImage {
            self = Self.image(target, files: files)
            return
        }
        switch target {
        case .anchor:
            self = Self.isPlain(destination) ? .asWritten : .dropped(.notPlain)
        case .external:
            // The scheme as a browser reads it; when the destination is plain that is
            // exactly what is written.
            let scheme = LinkTarget.scheme(of: LinkTarget.browserView(of: destination))
            if let scheme, Self.keptSchemes.contains(scheme) {
                self = Self.isPlain(destination) ? .asWritten : .dropped(.notPlain)
            } else {
                self = .dropped(.unkeptScheme(scheme))
            }
        case let .repository(path, anchor):
            if pages.pagePath(path) != nil {
                self = .documentPage(path: path, anchor: anchor)
            } else if let file = files[path] {
                switch file.fate {
                case .copied: self = .carriedFile(path: path)
                case let .notCopied(reason): self = .dropped(.notCarried(path: path, reason: reason))
                }
            } else {
                self = .dropped(.notADocument(path: path))
            }
        case .none:
            self = .dropped(.empty)
        case .unsafeScheme, .absolutePath, .windowsPath, .outsideRepository:
            self = .dropped(.unsafe)
        }
    }

    public init(destination: String, isImage: Bool, documentPath: String, pages: DocumentPages, files: CarriedFiles) {
        self.init(LinkTarget(destination: destination, documentPath: documentPath), destination: destination, isImage: isImage, pages: pages, files: files)
    }

    /// Only repository images are shown, inline; anything else would load from elsewhere.
    private static func image(_ target: LinkTarget, files: CarriedFiles) -> PackLink {
        switch target {
        case let .repository(path, _):
            guard let file = files[path] else { return .dropped(.notADocument(path: path)) }
            if case let .notCopied(reason) = file.fate { return .dropped(.notCarried(path: path, reason: reason)) }
            guard case .image = file.format else { return .dropped(.notAnImage(path: path)) }
            return .inlineImage(path: path)
        case .unsafeScheme, .absolutePath, .windowsPath, .outsideRepository:
            return .dropped(.unsafe)
        case .none:
            return .dropped(.empty)
        case .anchor, .external:
            return .dropped(.remoteImage)
        }
    }

    public var isKept: Bool {
        if case .dropped = self { return false }
        return true
    }

    /// No spaces or control characters (C0, DEL, C1).
    public static func isPlain(_ destination: String) -> Bool {
        destination.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) }
    }

    /// `http://host…` or `https://host…` (scheme in any case) with a host, and no spaces or
    /// control characters.
    public static func isWebAddress(_ text: String) -> Bool {
        guard PackLink.isPlain(text), let scheme = LinkTarget.scheme(of: text), scheme == "http" || scheme == "https" else { return false }
        let rest = text.dropFirst(scheme.count + 1)
        guard rest.hasPrefix("//") else { return false }
        let authority = rest.dropFirst(2).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.lastIndex(of: "@").map { authority[authority.index(after: $0)...] } ?? authority
        let host = hostAndPort.hasPrefix("[")
            ? hostAndPort.prefix { $0 != "]" }.dropFirst()
            : hostAndPort.prefix { $0 != ":" }
        return !host.isEmpty
    }
}
