import Foundation

/// The repository files the audit pack carries: images its documents show, files they link to,
/// the files they list as evidence, and the logo. Each file's fate is decided here once; the
/// link rules, the document pages, the evidence register and the pack's writer all read it.
///
/// Images are shown inline, as `data:` URLs, so no image file in the pack can be opened on its
/// own (an SVG opened as a page would run its scripts) and no browser has to decide whether a
/// `file://` image is "same origin". Other files are copied to `files/<sha256>/<name>`; a file a
/// browser would render as a page (HTML, SVG, XML…) or sniff into one gets `.txt` appended, so
/// the auditor reads its text and nothing in it runs.
public struct CarriedFiles: Sendable {
    public struct File: Sendable, Equatable {
        /// Where it was read: the path written, after any symlinks on the way.
        public var storedPath: String
        public var size: Int
        public var sha256: String
        public var format: Format
        public var fate: Fate
        /// Whether a link or an evidence item leads to the file, so the pack holds a copy; an
        /// image that is only shown inline needs none.
        public var isLinked: Bool

        public var packPath: String? {
            if case let .copied(path) = fate { return path }
            return nil
        }
    }

    public enum Format: Sendable, Equatable {
        /// An image a browser shows, told by its bytes (or, for SVG, by its name and markup).
        case image(mediaType: String)
        /// A Git LFS pointer: git holds only the pointer; the file is elsewhere.
        case lfsPointer(oid: String?, size: Int?)
        /// Anything else.
        case other
    }

    public enum Fate: Sendable, Equatable {
        case copied(packPath: String)
        case notCopied(Reason)
    }

    public enum Reason: Sendable, Hashable {
        case tooLarge(limit: Int)
        case lfsPointer
        case unreadable(String)

        public var description: String {
            switch self {
            case let .tooLarge(limit): return "larger than the pack's limit of \(CarriedFiles.sizeText(limit)) (aims.yaml pack.max_file_size)"
            case .lfsPointer: return "a Git LFS pointer: git holds only the pointer, not the file"
            case let .unreadable(reason): return "could not be read: \(reason)"
            }
        }
    }

    /// Repository path as linked or listed → the file found there.
    public let byPath: [String: File]
    /// SHA-256 → bytes, of every file copied or shown inline.
    let contents: [String: [UInt8]]
    /// The repository path of the logo, when `pack.logo` names a carried image.
    public let logoPath: String?

    public static let folder = "files"

    public subscript(path: String) -> File? { byPath[path] }

    /// The bytes of a carried file, for the pack.
    func bytes(of file: File) -> [UInt8]? { contents[file.sha256] }

    init(index: AIMSIndex, source: SourceTree, configuration: Configuration, pages: DocumentPages) {
        var wanted: [String] = []
        var linked: Set<String> = []
        for document in index.documents where document.problem == nil {
            for link in document.outline.links {
                guard case let .repository(path, _) = LinkTarget(destination: link.destination, documentPath: document.path),
                      pages.pagePath(path) == nil else { continue }
                wanted.append(path)
                if !link.isImage { linked.insert(path) }
            }
            for reference in document.fields.evidence where reference.kind == .path {
                guard let path = RepositoryPath.resolve(reference.target, from: configuration.root), pages.pagePath(path) == nil else { continue }
                wanted.append(path)
                linked.insert(path)
            }
        }
        let logo = configuration.pack.logo.flatMap { RepositoryPath.resolve($0.value, from: configuration.root) }
        if let logo { wanted.append(logo) }

        var byPath: [String: File] = [:]
        var contents: [String: [UInt8]] = [:]
        let limit = configuration.pack.maximumFileBytes
        for path in wanted where byPath[path] == nil {
            // Through symlinks only while they stay inside the repository, as evidence is read.
            guard case let .found(stored) = EvidencePath(path, root: "", source: source),
                  source.entry(at: stored)?.kind == .file else { continue }
            let bytes: [UInt8]
            do {
                bytes = try source.read(stored)
            } catch {
                byPath[path] = File(storedPath: stored, size: 0, sha256: "", format: .other, fate: .notCopied(.unreadable("\(error)")), isLinked: linked.contains(path))
                continue
            }
            let sha256 = Digest.sha256(bytes)
            let format = Self.format(of: bytes, path: stored)
            let fate: Fate
            if case .lfsPointer = format {
                fate = .notCopied(.lfsPointer)
            } else if bytes.count > limit {
                fate = .notCopied(.tooLarge(limit: limit))
            } else {
                fate = .copied(packPath: Self.packPath(of: stored, sha256: sha256))
                contents[sha256] = bytes
            }
            byPath[path] = File(storedPath: stored, size: bytes.count, sha256: sha256, format: format, fate: fate, isLinked: linked.contains(path))
        }
        self.byPath = byPath
        self.contents = contents
        logoPath = logo.flatMap { path in
            guard let file = byPath[path], case .image = file.format, file.packPath != nil else { return nil }
            return path
        }
    }

    /// The file an evidence item lists, when it is a file the pack carries (or would).
    public func file(listedAs reference: EvidenceReference, root: String) -> File? {
        guard reference.kind == .path, let path = RepositoryPath.resolve(reference.target, from: root) else { return nil }
        return byPath[path]
    }

    /// A `data:` URL of an image the pack shows inline.
    func dataURL(of file: File) -> String? {
        guard case let .image(mediaType) = file.format, let bytes = bytes(of: file) else { return nil }
        return "data:\(mediaType);base64," + Data(bytes).base64EncodedString()
    }

    // MARK: - Formats

    /// Kinds of file a browser opening them from disk shows as they are, without running
    /// anything: everything else is copied with `.txt` appended.
    static let passiveExtensions: Set<String> = [
        "pdf", "png", "jpg", "jpeg", "gif", "webp", "txt", "csv", "tsv", "md", "json", "yaml", "yml", "log",
        "docx", "xlsx", "pptx", "odt", "ods", "odp", "doc", "xls", "ppt", "rtf", "zip", "gz", "tgz", "7z",
    ]

    static func format(of bytes: [UInt8], path: String) -> Format {
        if let pointer = LFSPointer(bytes) { return .lfsPointer(oid: pointer.oid, size: pointer.size) }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .image(mediaType: "image/png") }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .image(mediaType: "image/jpeg") }
        if bytes.starts(with: Array("GIF87a".utf8)) || bytes.starts(with: Array("GIF89a".utf8)) { return .image(mediaType: "image/gif") }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), Array(bytes[8..<12]) == Array("WEBP".utf8) { return .image(mediaType: "image/webp") }
        if fileExtension(of: path) == "svg", Self.containsSVGElement(bytes) { return .image(mediaType: "image/svg+xml") }
        return .other
    }

    private static func containsSVGElement(_ bytes: [UInt8]) -> Bool {
        // The root element comes after at most a prolog; 4 KiB is plenty and keeps this cheap.
        String(decoding: bytes.prefix(4096), as: UTF8.self).range(of: "<svg", options: .caseInsensitive) != nil
    }

    static func fileExtension(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    /// `files/<sha256>/<name>`: the hash keeps two files of one name apart, and the name is
    /// reduced to characters every disk, zip and URL takes as they are.
    static func packPath(of path: String, sha256: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? "file"
        var safe = String(String.UnicodeScalarView(name.unicodeScalars.map { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "._-".unicodeScalars.contains(scalar)) ? scalar : "_"
        }))
        if safe.hasPrefix(".") { safe = "_" + safe }
        if safe.count > 100 { safe = String(safe.suffix(100)) }
        if !passiveExtensions.contains(fileExtension(of: safe)) { safe += ".txt" }
        return folder + "/" + sha256 + "/" + safe
    }

    static func sizeText(_ bytes: Int) -> String {
        if bytes < 1024 { return bytes == 1 ? "1 byte" : "\(bytes) bytes" }
        let units = ["KB", "MB", "GB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024, unit < units.count - 1 { value /= 1024; unit += 1 }
        let rounded = value >= 10 ? String(Int(value.rounded())) : String(Double(Int((value * 10).rounded())) / 10)
        return rounded + " " + units[unit]
    }
}

/// A Git LFS pointer file: `version https://git-lfs.github.com/spec/v1`, then `oid sha256:…`
/// and `size …` lines. Pointers are small; anything over 1 KiB is not one.
struct LFSPointer {
    var oid: String?
    var size: Int?

    init?(_ bytes: [UInt8]) {
        guard bytes.count <= 1024, bytes.starts(with: Array("version https://git-lfs.github.com/spec/".utf8)) else { return nil }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            if line.hasPrefix("oid sha256:") { oid = String(line.dropFirst("oid sha256:".count)) }
            if line.hasPrefix("size ") { size = Int(line.dropFirst("size ".count)) }
        }
    }
}
