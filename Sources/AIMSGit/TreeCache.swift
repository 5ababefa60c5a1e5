import CGit2

/// Keeps recently used trees open. A commit is usually examined right after its child, and
/// the child's comparison already loaded the parent's trees; libgit2's own cache skips trees
/// larger than 4 KiB, which are exactly the expensive ones.
final class TreeCache {
    private let repository: OpaquePointer
    private var trees: [RawOID: (tree: OpaquePointer, lastUsed: Int)] = [:]
    private var generation = 0
    /// Above this many open trees, `advance()` closes those the last two commits did not use.
    private let limit = 64

    init(repository: OpaquePointer) {
        self.repository = repository
    }

    deinit {
        for entry in trees.values { git_tree_free(entry.tree) }
    }

    /// The tree with this id; it stays valid at least until the second call of `advance()`.
    func tree(_ id: RawOID) throws -> OpaquePointer {
        if let index = trees.index(forKey: id) {
            trees.values[index].lastUsed = generation
            return trees.values[index].tree
        }
        var oid = id.oid
        var tree: OpaquePointer?
        try check(git_tree_lookup(&tree, repository, &oid), "cannot read tree \(id.objectID.short)")
        guard let tree else { throw GitError(kind: .invalid, message: "cannot read tree \(id.objectID.short)") }
        trees[id] = (tree, generation)
        return tree
    }

    /// Called once per commit.
    func advance() {
        generation += 1
        guard trees.count > limit else { return }
        let keep = generation - 1
        for (id, entry) in trees where entry.lastUsed < keep {
            git_tree_free(entry.tree)
            trees[id] = nil
        }
    }
}
