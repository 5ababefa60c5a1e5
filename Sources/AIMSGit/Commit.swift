import CGit2

/// Who made a commit and when, copied out of libgit2.
public struct Signature: Hashable, Sendable {
    public let name: String
    public let email: String
    /// Seconds since 1970-01-01 UTC.
    public let time: Int64
    /// The author's offset from UTC in minutes, as recorded in the commit.
    public let offsetMinutes: Int32

    init(_ signature: UnsafePointer<git_signature>) {
        let s = signature.pointee
        name = s.name.map { String(cString: $0) } ?? ""
        email = s.email.map { String(cString: $0) } ?? ""
        time = Int64(s.when.time)
        offsetMinutes = Int32(s.when.offset)
    }

    public init(name: String, email: String, time: Int64, offsetMinutes: Int32) {
        self.name = name
        self.email = email
        self.time = time
        self.offsetMinutes = offsetMinutes
    }
}

/// A commit's metadata, copied by value so no libgit2 object needs to stay alive.
public struct CommitInfo: Hashable, Sendable {
    public let id: ObjectID
    public let treeID: ObjectID
    public let parentIDs: [ObjectID]
    public let author: Signature
    public let committer: Signature
    public let summary: String
    public let message: String

    init(_ commit: OpaquePointer) {
        id = ObjectID(git_commit_id(commit).pointee)
        treeID = ObjectID(git_commit_tree_id(commit).pointee)
        parentIDs = (0..<git_commit_parentcount(commit)).map { ObjectID(git_commit_parent_id(commit, $0).pointee) }
        author = Signature(git_commit_author(commit))
        committer = Signature(git_commit_committer(commit))
        summary = git_commit_summary(commit).map { String(cString: $0) } ?? ""
        message = git_commit_message(commit).map { String(cString: $0) } ?? ""
    }
}
