import CGit2

/// A stage-0 entry of the index: what the next commit would record at that path.
public struct IndexEntry: Sendable {
    public let entry: TreeEntry
    /// Set by a sparse checkout: git leaves the file out of the working tree on purpose.
    public let skipsWorktree: Bool
}

extension Repository {
    /// The index's entries, sorted by path. Throws when a merge left paths unmerged: what
    /// would be committed is not decided yet.
    public func indexEntries() throws -> [IndexEntry] {
        var index: OpaquePointer?
        try check(git_repository_index(&index, handle), "cannot read the index")
        defer { git_index_free(index) }
        var result: [IndexEntry] = []
        var unmerged: [String] = []
        for position in 0..<git_index_entrycount(index) {
            guard let raw = git_index_get_byindex(index, position)?.pointee else { continue }
            let path = String(cString: raw.path)
            let stage = (UInt32(raw.flags) & UInt32(GIT_INDEX_ENTRY_STAGEMASK)) >> UInt32(GIT_INDEX_ENTRY_STAGESHIFT)
            guard stage == 0 else {
                if unmerged.last != path { unmerged.append(path) }
                continue
            }
            let kind: TreeEntry.Kind
            switch raw.mode {
            case 0o120000: kind = .symlink
            case 0o160000: kind = .submodule
            case 0o100755: kind = .executable
            default: kind = .file
            }
            // `git add -N` records that a file will be added, not its content: git commit
            // leaves it out, and so does what is staged.
            if UInt32(raw.flags_extended) & GIT_INDEX_ENTRY_INTENT_TO_ADD.rawValue != 0 { continue }
            let skips = UInt32(raw.flags_extended) & GIT_INDEX_ENTRY_SKIP_WORKTREE.rawValue != 0
            result.append(IndexEntry(entry: TreeEntry(path: path, kind: kind, id: ObjectID(raw.id)), skipsWorktree: skips))
        }
        if !unmerged.isEmpty {
            let shown = unmerged.prefix(5).joined(separator: ", ") + (unmerged.count > 5 ? ", …" : "")
            throw GitError(kind: .invalid, message: "the index has unmerged paths (\(shown)); resolve the merge before checking what is staged")
        }
        // The index sorts by path bytes already; sorting again keeps the promise if it ever does not.
        result.sort { $0.entry.path < $1.entry.path }
        return result
    }
}
