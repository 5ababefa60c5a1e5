import CGit2

/// Keeps the trees of the last two commits the walk looked at. A commit is usually examined
/// right after its child, and the child's comparison already loaded the parent's trees;
/// libgit2's own cache skips trees larger than 4 KiB, which are exactly the expensive ones.
final class TreeCache {
    private let repository: OpaquePointer
    private var current: [RawOID: OpaquePointer] = [:]
    private var previous: [RawOID: OpaquePointer] = [:]

    init(repository: OpaquePointer) {
        self.repository = repository
    }

    deinit {
        for tree in current.values { git_tree_free(tree) }
        for tree in previous.values { git_tree_free(tree) }
    }

    /// The tree with this id; it stays valid until the second call of `advance()`.
    func tree(_ id: RawOID) throws -> OpaquePointer {
        if let tree = current[id] { return tree }
        if let tree = previous.removeValue(forKey: id) {
            current[id] = tree
            return tree
        }
        var oid = id.oid
        var tree: OpaquePointer?
        try check(git_tree_lookup(&tree, repository, &oid), "cannot read tree \(id.objectID.short)")
        guard let tree else { throw GitError(kind: .invalid, message: "cannot read tree \(id.objectID.short)") }
        current[id] = tree
        return tree
    }

    /// Called once per commit: frees the trees nobody has asked for since the previous call.
    func advance() {
        for tree in previous.values { git_tree_free(tree) }
        previous = current
        current = [:]
    }
}
