import Foundation

/// What a link or image destination in a document body points at. The link rules and the
/// pack read destinations through this one classification, and `PackLink` decides from it
/// what the pack keeps, so a link the checker passes is a link the pack can follow.
public enum LinkTarget: Hashable, Sendable {
    /// Nothing to follow: an empty destination, a bare `#`, or only a query.
    case none
    /// A URL with a harmless scheme (https:, mailto:…) or a protocol-relative `//host/…`.
    case external
    /// A scheme that runs code or reads the reader's disk: javascript:, vbscript:, data:, file:.
    case unsafeScheme(String)
    /// `/…`: a path on some server or disk, not in the repository.
    case absolutePath
    /// `C:\…`, `C:/…` or a path with backslashes.
    case windowsPath
    /// A relative path whose `..` climb above the repository root.
    case outsideRepository
    /// `#anchor` in the same document.
    case anchor(String)
    /// A file or folder of the repository (a repository path), with an optional anchor.
    case repository(path: String, anchor: String?)

    public static let unsafeSchemes: Set<String> = ["javascript", "vbscript", "data", "file"]

    /// Reads `destination` as written in the document at `documentPath` (a repository path).
    public init(destination: String, documentPath: String) {
        let text = Self.browserView(of: destination)

        if Self.isWindowsDrivePath(text) {
            self = .windowsPath
            return
        }
        if let scheme = Self.scheme(of: text) {
            self = Self.unsafeSchemes.contains(scheme) ? .unsafeScheme(scheme) : .external
            return
        }
        if text.hasPrefix("//") {
            self = .external
            return
        }
        if text.hasPrefix("/") {
            self = .absolutePath
            return
        }

        let (pathPart, anchorPart) = Self.split(text, at: "#")
        let (encodedPath, _) = Self.split(pathPart, at: "?")
        let path = Self.percentDecoded(encodedPath)
        let anchor = anchorPart.map(Self.percentDecoded).flatMap { $0.isEmpty ? nil : $0 }

        if path.isEmpty {
            self = anchor.map(LinkTarget.anchor) ?? .none
        } else if path.contains("\\") {
            self = .windowsPath
        } else if let resolved = RepositoryPath.resolve(path, from: RepositoryPath.folder(of: documentPath)) {
            self = .repository(path: resolved, anchor: anchor)
        } else {
            self = path.hasPrefix("/") ? .absolutePath : .outsideRepository
        }
    }

    /// `destination` as a browser reads it. Browsers skip leading spaces and control
    /// characters and ignore tabs and newlines anywhere, so "\u{1} java\tscript:" is still a
    /// javascript: URL.
    public static func browserView(of destination: String) -> String {
        guard destination.utf8.contains(where: { $0 <= 0x20 }) else { return destination }
        let scalars = destination.unicodeScalars
            .drop { $0.value <= 0x20 }
            .filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        return String(String.UnicodeScalarView(scalars))
    }

    /// The lowercased scheme of `text` (`^[A-Za-z][A-Za-z0-9+.-]*:`), if it has one.
    static func scheme(of text: String) -> String? {
        var scheme = ""
        for scalar in text.unicodeScalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            let isLetter = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
            let allowed = scheme.isEmpty ? isLetter : isLetter || ("0"..."9").contains(scalar) || "+.-".unicodeScalars.contains(scalar)
            guard allowed else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    static func isWindowsDrivePath(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(3))
        guard scalars.count == 3, ("a"..."z").contains(scalars[0]) || ("A"..."Z").contains(scalars[0]) else { return false }
        return scalars[1] == ":" && (scalars[2] == "\\" || scalars[2] == "/")
    }

    /// Foundation's decoding is slow on Linux and most links have nothing to decode.
    private static func percentDecoded(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "%")) ? (text.removingPercentEncoding ?? text) : text
    }

    private static func split(_ text: String, at separator: Character) -> (String, String?) {
        guard let index = text.firstIndex(of: separator) else { return (text, nil) }
        return (String(text[..<index]), String(text[text.index(after: index)...]))
    }

    /// `destination` fit for a message: a data: URL can be megabytes long, and control
    /// characters must not reach the terminal.
    public static func abbreviated(_ destination: String, limit: Int = 80) -> String {
        let visible = String(String.UnicodeScalarView(destination.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\u{FFFD}" : $0 }))
        return visible.count <= limit ? visible : String(visible.prefix(limit)) + "…"
    }

    /// How a document in `folder` links to the repository path `path` (for hints).
    public static func relativeLink(to path: String, from folder: String) -> String {
        let from = folder.split(separator: "/")
        let to = path.split(separator: "/")
        var common = 0
        while common < from.count, common < to.count - 1, from[common] == to[common] { common += 1 }
        let ups = Array(repeating: "..", count: from.count - common)
        return (ups + to[common...].map(String.init)).joined(separator: "/")
    }
}
