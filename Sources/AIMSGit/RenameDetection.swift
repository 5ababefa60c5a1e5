import CGit2

/// Pairs files added in one comparison (a commit against one parent, below the prefix) with
/// files deleted in the same comparison, so a renamed file's history can continue under its
/// old name. The pairing depends only on the comparison, never on which paths are tracked.
struct RenameDetection {
    let repository: OpaquePointer
    let trees: TreeCache
    /// The folder both trees represent ("" for the repository root).
    let prefix: String

    /// New path → old path.
    /// 1. Identical content: the added files, in path order, each take an unclaimed deleted
    ///    file with the same blob id, preferring one with the same file name, then the
    ///    smallest path.
    /// 2. Only when `path` is still unpaired and deleted files remain: libgit2's similarity
    ///    detection (`git_diff_find_similar`, rename threshold 50 %) over the files left
    ///    unpaired by step 1.
    func renames(in changes: [String: PathChange], old: RawOID?, new: RawOID?, wanted path: String) throws -> [String: String] {
        var additions: [(path: String, blob: RawOID)] = []
        var deletionsByBlob: [RawOID: [String]] = [:]
        for (changedPath, change) in changes {
            if change.isAddition, let file = change.newFile {
                additions.append((changedPath, file.id))
            } else if change.isDeletion, let file = change.oldFile {
                deletionsByBlob[file.id, default: []].append(changedPath)
            }
        }
        guard !additions.isEmpty, !deletionsByBlob.isEmpty else { return [:] }
        additions.sort { $0.path < $1.path }

        var result: [String: String] = [:]
        var claimed: Set<String> = []
        for addition in additions {
            guard let candidates = deletionsByBlob[addition.blob]?.filter({ !claimed.contains($0) }), !candidates.isEmpty else { continue }
            let name = Self.fileName(addition.path)
            let sameName = candidates.filter { Self.fileName($0) == name }
            guard let source = (sameName.isEmpty ? candidates : sameName).min() else { continue }
            claimed.insert(source)
            result[addition.path] = source
        }

        let unpairedDeletions = deletionsByBlob.values.joined().filter { !claimed.contains($0) }
        guard result[path] == nil, !unpairedDeletions.isEmpty else { return result }
        let unpairedAdditions = additions.map(\.path).filter { result[$0] == nil }
        for (target, source) in try similar(additions: unpairedAdditions, deletions: unpairedDeletions, old: old, new: new) {
            result[target] = source
        }
        return result
    }

    private func similar(additions: [String], deletions: [String], old: RawOID?, new: RawOID?) throws -> [String: String] {
        let relative = (additions + deletions).sorted().map(relativePath)
        let pathspec: [UnsafeMutablePointer<CChar>?] = relative.map { path in
            let bytes = path.utf8CString
            let copy = UnsafeMutableBufferPointer<CChar>.allocate(capacity: bytes.count)
            _ = copy.initialize(from: bytes)
            return copy.baseAddress
        }
        defer { pathspec.forEach { $0?.deallocate() } }

        var options = git_diff_options()
        git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION))
        options.flags = GIT_DIFF_DISABLE_PATHSPEC_MATCH.rawValue
        let oldTree = try old.map(trees.tree)
        let newTree = try new.map(trees.tree)
        var diff: OpaquePointer?
        var mutablePathspec = pathspec
        try mutablePathspec.withUnsafeMutableBufferPointer { buffer in
            options.pathspec = git_strarray(strings: buffer.baseAddress, count: buffer.count)
            try check(git_diff_tree_to_tree(&diff, repository, oldTree, newTree, &options), "cannot compare trees for rename detection")
        }
        guard let diff else { return [:] }
        defer { git_diff_free(diff) }

        var findOptions = git_diff_find_options()
        git_diff_find_options_init(&findOptions, UInt32(GIT_DIFF_FIND_OPTIONS_VERSION))
        findOptions.flags = GIT_DIFF_FIND_RENAMES.rawValue
        try check(git_diff_find_similar(diff, &findOptions), "rename detection failed")

        var result: [String: String] = [:]
        for index in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, index), delta.pointee.status == GIT_DELTA_RENAMED,
                  let oldPath = delta.pointee.old_file.path, let newPath = delta.pointee.new_file.path
            else { continue }
            result[absolutePath(String(cString: newPath))] = absolutePath(String(cString: oldPath))
        }
        return result
    }

    private func relativePath(_ path: String) -> String {
        prefix.isEmpty ? path : String(path.dropFirst(prefix.count + 1))
    }

    private func absolutePath(_ path: String) -> String {
        prefix.isEmpty ? path : prefix + "/" + path
    }

    private static func fileName(_ path: String) -> Substring {
        path.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(path)
    }
}
