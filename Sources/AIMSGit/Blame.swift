import CGit2

extension Repository {
    /// `git blame`: for each line (1-based, index 0 is line 1) of `path` as committed in
    /// `newest`, the commit that last changed it.
    public func lineCommits(path: String, newest: ObjectID) -> [ObjectID?]? {
        var options = git_blame_options()
        guard git_blame_options_init(&options, UInt32(GIT_BLAME_OPTIONS_VERSION)) == 0 else { return nil }
        options.newest_commit = newest.oid
        var blame: OpaquePointer?
        guard git_blame_file(&blame, handle, path, &options) == 0, let blame else { return nil }
        defer { git_blame_free(blame) }
        var lines: [ObjectID?] = []
        for index in 0..<git_blame_get_hunk_count(blame) {
            guard let hunk = git_blame_get_hunk_byindex(blame, index)?.pointee else { continue }
            let first = Int(hunk.final_start_line_number) - 1
            while lines.count < first { lines.append(nil) }
            for _ in 0..<Int(hunk.lines_in_hunk) { lines.append(ObjectID(hunk.final_commit_id)) }
        }
        return lines
    }
}
