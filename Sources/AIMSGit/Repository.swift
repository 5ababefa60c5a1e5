import CGit2

/// One open repository. libgit2 handles are not thread-safe, so a `Repository`
/// belongs to one task at a time; open another for parallel work.
public final class Repository {
    let handle: OpaquePointer

    static let initialized: Bool = {
        git_libgit2_init()
        return true
    }()

    private init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit { git_repository_free(handle) }

    /// Opens the repository containing `path`, searching upwards like `git` does.
    public static func discover(from path: String) throws -> Repository {
        _ = initialized
        var handle: OpaquePointer?
        let code = git_repository_open_ext(&handle, path, 0, nil)
        if code == GIT_ENOTFOUND.rawValue {
            throw GitError(kind: .notARepository, message: "not a git repository (or any parent up to /): \(path)")
        }
        if code == GIT_EOWNER.rawValue {
            throw GitError(
                kind: .ownership,
                message: "the repository at \(path) is owned by another user; git refuses to read it until you trust it: git config --global --add safe.directory '\(path)'"
            )
        }
        try check(code, "cannot open repository at \(path)")
        return Repository(handle: handle!)
    }

    /// The working directory without a trailing slash; nil for a bare repository.
    public var workingDirectory: String? {
        guard let dir = git_repository_workdir(handle) else { return nil }
        var text = String(cString: dir)
        while text.count > 1, text.hasSuffix("/") { text.removeLast() }
        return text
    }

    public var gitDirectory: String { String(cString: git_repository_path(handle)) }
    public var isBare: Bool { git_repository_is_bare(handle) == 1 }
    public var isShallow: Bool { git_repository_is_shallow(handle) == 1 }
    /// True when HEAD names a branch that has no commit yet (a new, empty repository).
    public var isHeadUnborn: Bool { git_repository_head_unborn(handle) == 1 }

    /// The symbolic name HEAD points at (`refs/heads/main`), or nil when detached.
    public var headReferenceName: String? {
        var ref: OpaquePointer?
        guard git_repository_head(&ref, handle) == 0, let ref else { return nil }
        defer { git_reference_free(ref) }
        guard git_repository_head_detached(handle) == 0 else { return nil }
        return String(cString: git_reference_name(ref))
    }

    /// Resolves any revision git understands (branch, tag, SHA, `HEAD~2`) to the commit it names.
    public func commit(for revision: String) throws -> CommitInfo {
        if revision == "HEAD", isHeadUnborn {
            throw GitError(kind: .notFound, message: "the repository has no commits yet (HEAD is unborn)")
        }
        var object: OpaquePointer?
        let code = git_revparse_single(&object, handle, revision)
        if code == GIT_ENOTFOUND.rawValue || code == GIT_EINVALIDSPEC.rawValue {
            throw GitError(kind: .notFound, message: "unknown revision '\(revision)'")
        }
        try check(code, "cannot resolve '\(revision)'")
        defer { git_object_free(object) }
        var peeled: OpaquePointer?
        let peelCode = git_object_peel(&peeled, object, GIT_OBJECT_COMMIT)
        if peelCode < 0 {
            throw GitError(kind: .invalid, message: "'\(revision)' does not name a commit")
        }
        defer { git_object_free(peeled) }
        return CommitInfo(peeled!)
    }

    /// Looks up a commit by id.
    public func commit(_ id: ObjectID) throws -> CommitInfo {
        var oid = id.oid
        var commit: OpaquePointer?
        try check(git_commit_lookup(&commit, handle, &oid), "cannot read commit \(id.short)")
        defer { git_commit_free(commit) }
        return CommitInfo(commit!)
    }

    /// The raw bytes of a blob.
    public func blob(_ id: ObjectID) throws -> [UInt8] {
        var oid = id.oid
        var blob: OpaquePointer?
        try check(git_blob_lookup(&blob, handle, &oid), "cannot read blob \(id.short)")
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let raw = git_blob_rawcontent(blob) else { return [] }
        return Array(UnsafeRawBufferPointer(start: raw, count: size))
    }

    /// Whether git's ignore rules (.gitignore, info/exclude, core.excludesFile) exclude a
    /// path relative to the working directory.
    public func isIgnored(_ path: String) -> Bool {
        var ignored: Int32 = 0
        guard git_ignore_path_is_ignored(&ignored, handle, path) == 0 else { return false }
        return ignored == 1
    }
}
