import CGit2

extension Repository {
    /// The blob id git would give `bytes`, without writing anything: lets the working tree's
    /// content be compared with approved blobs.
    public func blobID(hashing bytes: [UInt8]) -> ObjectID? {
        var oid = git_oid()
        let code = bytes.withUnsafeBytes { git_odb_hash(&oid, $0.baseAddress, $0.count, GIT_OBJECT_BLOB) }
        return code == 0 ? ObjectID(oid) : nil
    }

    /// For every commit that reached `head`'s first-parent line through a merge, that merge:
    /// the commit the branch was merged with (a pull request's merge, typically).
    /// Commits made directly on the first-parent line map to nothing.
    public func introducingMerges(into head: CommitInfo) throws -> [ObjectID: CommitInfo] {
        var result: [ObjectID: CommitInfo] = [:]
        var current: CommitInfo? = head
        while let commit = current {
            if commit.parentIDs.count > 1 {
                for id in try commits(from: commit.parentIDs.dropFirst(), hiding: commit.parentIDs[0]) where result[id] == nil {
                    result[id] = commit
                }
            }
            current = try commit.parentIDs.first.flatMap { try? self.commit($0) }
        }
        return result
    }

    /// Ids of commits reachable from `starts` but not from `hidden`.
    private func commits<S: Sequence>(from starts: S, hiding hidden: ObjectID) throws -> [ObjectID] where S.Element == ObjectID {
        var walk: OpaquePointer?
        try check(git_revwalk_new(&walk, handle), "cannot walk history")
        defer { git_revwalk_free(walk) }
        for start in starts {
            var oid = start.oid
            guard git_revwalk_push(walk, &oid) == 0 else { continue }
        }
        var hide = hidden.oid
        _ = git_revwalk_hide(walk, &hide)
        var ids: [ObjectID] = []
        var oid = git_oid()
        while git_revwalk_next(&oid, walk) == 0 { ids.append(ObjectID(oid)) }
        return ids
    }
}
