/// Files held in memory: for rule examples and for callers that have no repository.
public final class MemorySource: SourceTree {
    private let files: [String: [UInt8]]
    private let links: [String: String]

    public init(files: [String: String], links: [String: String] = [:]) {
        self.files = files.mapValues { Array($0.utf8) }
        self.links = links
    }

    public init(bytes: [String: [UInt8]]) {
        self.files = bytes
        self.links = [:]
    }

    public func entries(under folder: String) throws -> [SourceEntry] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        let fileEntries = files.keys.filter { $0.hasPrefix(prefix) }.map { SourceEntry(path: $0, kind: .file) }
        let linkEntries = links.keys.filter { $0.hasPrefix(prefix) }.map { SourceEntry(path: $0, kind: .symlink) }
        return (fileEntries + linkEntries).sorted { $0.path < $1.path }
    }

    public func entry(at path: String) -> SourceEntry? {
        if files[path] != nil { return SourceEntry(path: path, kind: .file) }
        if links[path] != nil { return SourceEntry(path: path, kind: .symlink) }
        return nil
    }

    public func read(_ path: String) throws -> [UInt8] {
        if let bytes = files[path] { return bytes }
        if let target = links[path] { return Array(target.utf8) }
        throw SourceReadError("no file \(path)")
    }
}
