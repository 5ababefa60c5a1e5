import AIMSGit

/// The index: exactly what `git commit` would record now, for `aims check --staged` and
/// pre-commit hooks. Unstaged edits in the working tree are not seen.
public final class IndexSource: SourceTree {
    public let repository: Repository
    private let entries: [TreeEntry]
    private let byPath: [String: TreeEntry]

    public init(repository: Repository) throws {
        self.repository = repository
        entries = try repository.indexEntries().map(\.entry)
        byPath = Dictionary(entries.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func entries(under folder: String) throws -> [SourceEntry] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        return entries.filter { $0.path.hasPrefix(prefix) }.map { SourceEntry(path: $0.path, kind: Self.kind($0.kind)) }
    }

    public func entry(at path: String) -> SourceEntry? {
        byPath[path].map { SourceEntry(path: $0.path, kind: Self.kind($0.kind)) }
    }

    public func read(_ path: String) throws -> [UInt8] {
        guard let entry = byPath[path] else { throw SourceReadError("\(path) is not in the index") }
        do {
            return try repository.blob(entry.id)
        } catch {
            throw SourceReadError("\(error)")
        }
    }

    public func contentID(_ path: String) -> String? {
        guard let entry = byPath[path], entry.kind == .file || entry.kind == .executable else { return nil }
        return entry.id.hex
    }

    static func kind(_ kind: TreeEntry.Kind) -> SourceEntry.Kind {
        switch kind {
        case .file, .executable: return .file
        case .symlink: return .symlink
        case .submodule: return .submodule
        }
    }
}
