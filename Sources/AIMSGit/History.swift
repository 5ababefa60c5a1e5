/// One change to a file in one commit, as found by `Repository.history(from:under:)`.
public struct FileChange: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case added
        case modified
        case deleted
        /// The file appeared here and its content came from `from`, deleted in the same
        /// comparison; older changes are those of `from`.
        case renamed(from: String)
    }

    public let commit: ObjectID
    /// The file's path after the change (for a deletion, the path that was deleted). For a
    /// renamed file's older changes this is the name it had then.
    public let path: String
    /// Described against the commit's first parent (a merge appears only when it differs
    /// from every parent).
    public let kind: Kind
    /// The content after the change; nil when no file is left at `path` (deleted, or turned
    /// into a folder).
    public let blob: ObjectID?

    public init(commit: ObjectID, path: String, kind: Kind, blob: ObjectID?) {
        self.commit = commit
        self.path = path
        self.kind = kind
        self.blob = blob
    }
}

/// The history of every file below a folder, found in one pass over the commits.
public struct History: Hashable, Sendable {
    /// Every commit that appears in `changes`.
    public let commits: [ObjectID: CommitInfo]
    /// Current path → the changes to that file, newest first, following renames.
    public let changes: [String: [FileChange]]
    /// Some file's history reached a shallow clone's boundary: its older changes are not in
    /// the repository, and the boundary commit shows it as added.
    public var isTruncated: Bool { !boundaryCommits.isEmpty }
    /// The shallow clone's boundary commits that some file's history reached. A change at
    /// one of them described as `.added` only means the file existed there.
    public let boundaryCommits: Set<ObjectID>

    public init(commits: [ObjectID: CommitInfo], changes: [String: [FileChange]], boundaryCommits: Set<ObjectID> = []) {
        self.commits = commits
        self.changes = changes
        self.boundaryCommits = boundaryCommits
    }
}

extension Repository {
    /// The history of every file below `prefix` ("" = the whole repository) in the tree of
    /// `head`, in a single walk over the commits reachable from `head`.
    ///
    /// Files are the regular files, executables and symlinks of `head`'s tree below `prefix`
    /// (submodules are left out). For each such file:
    ///
    /// - **Same commits, same order as git.** For a file that was never renamed, the commits
    ///   of its list are exactly those of `git log --format=%H -- :(literal)<path>` started
    ///   at `head`, in the same order: git's default history simplification per path. A
    ///   commit is compared with its parents by the entry at the path (mode and object id;
    ///   a folder of that name counts too). A merge that has the path exactly as one of its
    ///   parents does is not listed, and the path's history continues only through the
    ///   first such parent (side-branch commits that git prunes stay out). A merge that
    ///   differs from every parent is listed and every parent is followed. History
    ///   continues past additions and deletions: a file deleted and added again lists both
    ///   and its earlier life. Order: git's date walk (newest committer date first, ties
    ///   first-come) over the path's simplified parents.
    /// - **Renames.** When a commit adds the file (no file at that path in the parent being
    ///   followed) and, against the same parent, a file below `prefix` was deleted whose
    ///   content is identical (same blob id) or, failing that, similar according to
    ///   libgit2's `git_diff_find_similar` (threshold 50 %), the change is
    ///   `.renamed(from:)` and the history behind that parent continues under the old name:
    ///   the old path's older changes join this file's list, and the new name is no longer
    ///   followed there. Pairing is one-to-one and depends only on that comparison (see
    ///   `RenameDetection`). Renames from outside `prefix`, and copies whose source still
    ///   exists, are not followed. A path that exists again at `head` after being renamed
    ///   away keeps its own git history, so the old changes can appear in both lists. A
    ///   renamed file's list is ordered by the same date walk over the routes followed under
    ///   all its names; a commit that changed it under two names is listed once.
    /// - **Kinds** are described against the first parent; `blob` is the content after the
    ///   change.
    /// - **Shallow clones.** A commit whose parents are not in the repository (listed in
    ///   `.git/shallow`, or simply missing) is treated as a root, as git does; when a file's
    ///   history reaches one, `isTruncated` is set and the commit is in `boundaryCommits`.
    ///
    /// Cost: every commit reachable from `head` is read once, and each commit some file's
    /// history passes through is compared once with each parent it needs, descending only
    /// into folders whose tree ids differ.
    ///
    /// Returns an empty history when `prefix` is not a folder of `head`.
    public func history(from head: CommitInfo, under prefix: String) throws -> History {
        try history(from: head, under: prefix, replayOrderAlways: false)
    }

    func history(from head: CommitInfo, under prefix: String, replayOrderAlways: Bool) throws -> History {
        let folder = prefix.trimmingSlashes
        guard let entries = try entries(of: head, under: folder) else {
            return History(commits: [:], changes: [:])
        }
        let paths = entries.filter { $0.kind != .submodule }.map(\.path)
        guard !paths.isEmpty else { return History(commits: [:], changes: [:]) }

        let walk = try HistoryWalk(repository: self, head: head, prefix: folder, currentPaths: paths)
        try walk.run()

        var order = HistoryOrder(walk: walk)
        var commitIDs: [Int: ObjectID] = [:]
        var changes: [String: [FileChange]] = [:]
        changes.reserveCapacity(paths.count)
        for (lineage, path) in paths.enumerated() {
            changes[path] = order.changes(of: lineage, replayAlways: replayOrderAlways).map { attribution in
                let commit = commitIDs[attribution.commit] ?? walk.graph.ids[attribution.commit].objectID
                commitIDs[attribution.commit] = commit
                return FileChange(commit: commit, path: attribution.path, kind: attribution.kind, blob: attribution.blob?.objectID)
            }
        }
        var commits: [ObjectID: CommitInfo] = [:]
        commits.reserveCapacity(commitIDs.count)
        for (node, id) in commitIDs {
            commits[id] = CommitInfo(walk.graph.handles[node])
        }
        let boundary = Set(walk.boundaryReached.map { walk.graph.ids[$0].objectID })
        return History(commits: commits, changes: changes, boundaryCommits: boundary)
    }
}
