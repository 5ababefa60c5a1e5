import AIMSGit

/// The tree of one commit, read through libgit2; the working tree is never looked at.
public final class GitTreeSource: SourceTree {
    public let repository: Repository
    public let commit: CommitInfo
    private var listing: [String: TreeEntry] = [:]
    private var listedFolders: Set<String> = []

    public init(repository: Repository, commit: CommitInfo) {
        self.repository = repository
        self.commit = commit
    }

    public func entries(under folder: String) throws -> [SourceEntry] {
        guard let entries = try repository.entries(of: commit, under: folder) else { return [] }
        for entry in entries { listing[entry.path] = entry }
        listedFolders.insert(folder)
        return entries.map { SourceEntry(path: $0.path, kind: Self.kind($0.kind)) }
    }

    public func entry(at path: String) -> SourceEntry? {
        if let known = treeEntry(at: path) { return SourceEntry(path: known.path, kind: Self.kind(known.kind)) }
        return nil
    }

    public func read(_ path: String) throws -> [UInt8] {
        guard let entry = treeEntry(at: path) else { throw SourceReadError("\(path) is not in commit \(commit.id.short)") }
        do {
            return try repository.blob(entry.id)
        } catch {
            throw SourceReadError("\(error)")
        }
    }

    public func contentID(_ path: String) -> String? {
        guard let entry = treeEntry(at: path), entry.kind == .file || entry.kind == .executable else { return nil }
        return entry.id.hex
    }

    private func treeEntry(at path: String) -> TreeEntry? {
        if let known = listing[path] { return known }
        // Outside the listed folders (an evidence path elsewhere in a monorepo): list that
        // file's folder once.
        let folder = path.split(separator: "/").dropLast().joined(separator: "/")
        guard !listedFolders.contains(folder) else { return nil }
        listedFolders.insert(folder)
        if let entries = try? repository.entries(of: commit, under: folder) {
            for entry in entries { listing[entry.path] = entry }
        }
        return listing[path]
    }

    private static func kind(_ kind: TreeEntry.Kind) -> SourceEntry.Kind {
        switch kind {
        case .file, .executable: return .file
        case .symlink: return .symlink
        case .submodule: return .submodule
        }
    }
}
