import CGit2

/// A failed libgit2 call, with libgit2's own message read right after the failure
/// (libgit2 keeps the last error per thread, so it must be read before any other call).
public struct GitError: Error, CustomStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        case notFound
        case ambiguous
        case notARepository
        case ownership
        case invalid
        case other(Int32)
    }

    public let kind: Kind
    public let message: String

    public init(kind: Kind, message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }

    /// Builds an error from a libgit2 return code, reading `git_error_last` immediately.
    static func last(_ code: Int32, _ context: String) -> GitError {
        let detail: String
        if let last = git_error_last(), let text = last.pointee.message {
            detail = String(cString: text)
        } else {
            detail = "libgit2 error \(code)"
        }
        let kind: Kind
        switch code {
        case GIT_ENOTFOUND.rawValue: kind = .notFound
        case GIT_EAMBIGUOUS.rawValue: kind = .ambiguous
        case GIT_EOWNER.rawValue: kind = .ownership
        case GIT_EINVALIDSPEC.rawValue: kind = .invalid
        default: kind = .other(code)
        }
        return GitError(kind: kind, message: "\(context): \(detail)")
    }
}

/// Runs a libgit2 call and turns a negative return code into a `GitError`.
@inline(__always)
func check(_ code: Int32, _ context: @autoclosure () -> String) throws {
    if code < 0 { throw GitError.last(code, context()) }
}
