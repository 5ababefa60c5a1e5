import CGit2

/// What kind of object a name resolves to, for checking evidence references.
public enum ObjectKind: Hashable, Sendable {
    case commit, tree, blob, tag
}

extension Repository {
    /// The object `revision` names without peeling (a tag name gives the tag object), or nil.
    public func objectKind(of revision: String) -> (id: ObjectID, kind: ObjectKind)? {
        var object: OpaquePointer?
        guard git_revparse_single(&object, handle, revision) == 0, let object else { return nil }
        defer { git_object_free(object) }
        let id = ObjectID(git_object_id(object).pointee)
        switch git_object_type(object) {
        case GIT_OBJECT_COMMIT: return (id, .commit)
        case GIT_OBJECT_TREE: return (id, .tree)
        case GIT_OBJECT_BLOB: return (id, .blob)
        case GIT_OBJECT_TAG: return (id, .tag)
        default: return nil
        }
    }

    /// The commit a tag (annotated or lightweight) points at, or nil when there is no such tag.
    public func commit(forTag name: String) -> CommitInfo? {
        var reference: OpaquePointer?
        guard git_reference_lookup(&reference, handle, "refs/tags/" + name) == 0, let reference else { return nil }
        defer { git_reference_free(reference) }
        var peeled: OpaquePointer?
        guard git_reference_peel(&peeled, reference, GIT_OBJECT_COMMIT) == 0, let peeled else { return nil }
        defer { git_object_free(peeled) }
        return CommitInfo(peeled)
    }

    /// Whether `commit` is `head` or one of its ancestors.
    public func isReachable(_ commit: ObjectID, from head: ObjectID) -> Bool {
        if commit == head { return true }
        var descendant = head.oid
        var ancestor = commit.oid
        return git_graph_descendant_of(handle, &descendant, &ancestor) == 1
    }

    /// Every commit reachable from `head`, newest first; a shallow boundary ends the walk
    /// quietly. One revwalk, messages included, for reading trailers.
    public func commits(reachableFrom head: ObjectID) throws -> [CommitInfo] {
        var walk: OpaquePointer?
        try check(git_revwalk_new(&walk, handle), "cannot walk history")
        defer { git_revwalk_free(walk) }
        git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue)
        var start = head.oid
        try check(git_revwalk_push(walk, &start), "cannot walk from \(head.short)")
        var result: [CommitInfo] = []
        var oid = git_oid()
        while git_revwalk_next(&oid, walk) == 0 {
            var commit: OpaquePointer?
            guard git_commit_lookup(&commit, handle, &oid) == 0, let commit else { continue }
            result.append(CommitInfo(commit))
            git_commit_free(commit)
        }
        return result
    }
}
