/// A file or link found in a source tree. Paths are relative to the repository root.
public struct SourceEntry: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case file
        case symlink
        case submodule
    }

    public var path: String
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }
}

/// Where the compiler reads the repository from: the tree of a commit, the working tree,
/// or memory. Everything after this stage is the same whichever source was read.
public protocol SourceTree: AnyObject {
    /// Every entry below `folder` ("" for the whole repository), sorted by path; empty when
    /// the folder does not exist.
    func entries(under folder: String) throws -> [SourceEntry]
    /// The entry at exactly `path`, or nil.
    func entry(at path: String) -> SourceEntry?
    /// The bytes of a file, or the target text of a symlink.
    func read(_ path: String) throws -> [UInt8]
    /// An id that changes whenever a regular file's bytes do (git's blob id), or nil when the
    /// source has none or the entry is not a regular file. Two compilations share the parse
    /// of a file whose path and id are the same.
    func contentID(_ path: String) -> String?
}

extension SourceTree {
    public func contentID(_ path: String) -> String? { nil }
}

public struct SourceReadError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
