import CGit2

extension Repository {
    /// `git describe --tags --always` of a commit: the nearest tag, the commits since it and
    /// the abbreviated id ("stage1-submission-3-g1a2b3c4"), or the abbreviated id alone.
    public func describe(_ commit: CommitInfo) -> String? {
        var oid = commit.id.oid
        var object: OpaquePointer?
        guard git_object_lookup(&object, handle, &oid, GIT_OBJECT_COMMIT) == 0 else { return nil }
        defer { git_object_free(object) }
        var options = git_describe_options()
        guard git_describe_options_init(&options, UInt32(GIT_DESCRIBE_OPTIONS_VERSION)) == 0 else { return nil }
        options.describe_strategy = GIT_DESCRIBE_TAGS.rawValue
        options.show_commit_oid_as_fallback = 1
        var result: OpaquePointer?
        guard git_describe_commit(&result, object, &options) == 0 else { return nil }
        defer { git_describe_result_free(result) }
        var format = git_describe_format_options()
        guard git_describe_format_options_init(&format, UInt32(GIT_DESCRIBE_FORMAT_OPTIONS_VERSION)) == 0 else { return nil }
        format.abbreviated_size = 7
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        guard git_describe_format(&buffer, result, &format) == 0, let text = buffer.ptr else { return nil }
        return String(cString: text)
    }
}
