import CGit2

/// A non-directory entry of a tree, with its path from the repository root.
public struct TreeEntry: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case file
        case executable
        case symlink
        case submodule
    }

    public let path: String
    public let kind: Kind
    public let id: ObjectID
}

extension Repository {
    /// Every file, symlink and submodule below `prefix` (a folder path from the repository
    /// root, "" for all) in the tree of `commit`, sorted by path. Returns nil when the
    /// prefix does not exist in that tree or is not a folder.
    public func entries(of commit: CommitInfo, under prefix: String) throws -> [TreeEntry]? {
        var treeOID = commit.treeID.oid
        var root: OpaquePointer?
        try check(git_tree_lookup(&root, handle, &treeOID), "cannot read tree of \(commit.id.short)")
        defer { git_tree_free(root) }

        var start = root!
        var subtree: OpaquePointer?
        defer { if let subtree { git_tree_free(subtree) } }
        let folder = prefix.trimmingSlashes
        if !folder.isEmpty {
            var entry: OpaquePointer?
            guard git_tree_entry_bypath(&entry, root, folder) == 0 else { return nil }
            defer { git_tree_entry_free(entry) }
            guard git_tree_entry_type(entry) == GIT_OBJECT_TREE else { return nil }
            try check(git_tree_lookup(&subtree, handle, git_tree_entry_id(entry)), "cannot read tree \(folder)")
            start = subtree!
        }
        var result: [TreeEntry] = []
        try collect(start, path: folder, into: &result)
        result.sort { $0.path < $1.path }
        return result
    }

    /// Plain recursion over the entries instead of git_tree_walk: no C callback to keep safe.
    private func collect(_ tree: OpaquePointer, path: String, into result: inout [TreeEntry]) throws {
        for index in 0..<git_tree_entrycount(tree) {
            guard let entry = git_tree_entry_byindex(tree, index) else { continue }
            let name = String(cString: git_tree_entry_name(entry))
            let fullPath = path.isEmpty ? name : path + "/" + name
            let id = ObjectID(git_tree_entry_id(entry).pointee)
            switch git_tree_entry_filemode(entry) {
            case GIT_FILEMODE_TREE:
                var child: OpaquePointer?
                try check(git_tree_lookup(&child, handle, git_tree_entry_id(entry)), "cannot read tree \(fullPath)")
                defer { git_tree_free(child) }
                try collect(child!, path: fullPath, into: &result)
            case GIT_FILEMODE_LINK:
                result.append(TreeEntry(path: fullPath, kind: .symlink, id: id))
            case GIT_FILEMODE_COMMIT:
                result.append(TreeEntry(path: fullPath, kind: .submodule, id: id))
            case GIT_FILEMODE_BLOB_EXECUTABLE:
                result.append(TreeEntry(path: fullPath, kind: .executable, id: id))
            default:
                result.append(TreeEntry(path: fullPath, kind: .file, id: id))
            }
        }
    }
}

extension String {
    var trimmingSlashes: String {
        var text = Substring(self)
        while text.hasPrefix("/") { text = text.dropFirst() }
        while text.hasSuffix("/") { text = text.dropLast() }
        return text == "." ? "" : String(text)
    }
}
