/// Where a `path:` evidence item leads, in the tree read. The evidence rule (AIMS014) and the
/// pack's evidence register both ask here, so they never disagree. Symlinks are followed
/// only while they stay inside the repository, in any component of the path, as the
/// document loader does.
public enum EvidencePath: Hashable, Sendable {
    /// A file or a folder, at this repository path.
    case found(String)
    /// The path as written climbs above the repository root, or is absolute.
    case outsideRepository
    case missing
    /// A symlink on the way points outside the repository.
    case leaves(link: String, target: String)
    /// A symlink on the way points at nothing in the repository.
    case dangling(link: String, target: String)
    case tooManyLinks
    /// `''`, `.` or `./`: the whole AIMS (the folder of aims.yaml) is no piece of evidence.
    case repositoryRoot
    /// A path through a `.git` folder: git's own files, which no commit holds.
    case gitDirectory

    public static let maximumLinkHops = 8

    /// Resolves `written` (relative to the AIMS root `root`) in `source`.
    public init(_ written: String, root: String, source: SourceTree) {
        guard let path = RepositoryPath.resolve(written, from: root) else {
            self = .outsideRepository
            return
        }
        if path == root {
            self = .repositoryRoot
            return
        }
        let outcome = Self.follow(path, in: source)
        // Also after symlinks: a link into .git leads to git's files all the same.
        if Self.isInGitDirectory(path) || { if case let .found(found) = outcome { return Self.isInGitDirectory(found) } else { return false } }() {
            self = .gitDirectory
            return
        }
        self = outcome
    }

    /// Whether a component is `.git`, in any case, as git refuses such paths in a tree.
    static func isInGitDirectory(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0.lowercased() == ".git" }
    }

    private static func follow(_ path: String, in source: SourceTree) -> EvidencePath {
        var remaining = path.split(separator: "/").map(String.init)[...]
        var reached = ""
        var hops = 0
        var lastLink: (link: String, target: String)?
        while let component = remaining.popFirst() {
            let candidate = RepositoryPath.join(reached, component)
            switch source.entry(at: candidate)?.kind {
            case .symlink?:
                hops += 1
                guard hops <= maximumLinkHops else { return .tooManyLinks }
                guard let bytes = try? source.read(candidate) else { return .dangling(link: candidate, target: "?") }
                let target = String(decoding: bytes, as: UTF8.self)
                guard let resolved = RepositoryPath.resolve(target, from: RepositoryPath.folder(of: candidate)) else {
                    return .leaves(link: candidate, target: target)
                }
                lastLink = (candidate, target)
                remaining = (resolved.split(separator: "/").map(String.init) + remaining)[...]
                reached = ""
            case .file?:
                guard remaining.isEmpty else { return .missing }
                return .found(candidate)
            case .submodule?:
                // A submodule's files belong to another repository and are not read.
                return .missing
            case nil:
                reached = candidate
            }
        }
        // No entry of its own: a folder exists when something lies below it.
        if reached.isEmpty || !((try? source.entries(under: reached)) ?? []).isEmpty { return .found(reached) }
        if let lastLink { return .dangling(link: lastLink.link, target: lastLink.target) }
        return .missing
    }

    /// What is wrong, for the rule and the register alike; nil when found.
    public func problem(_ written: String, in read: String) -> String? {
        switch self {
        case .found: return nil
        case .outsideRepository: return "evidence path '\(written)' leaves the repository"
        case .missing: return "evidence '\(written)' does not exist in \(read)"
        case let .leaves(link, target): return "evidence '\(written)' goes through the symlink \(link) to '\(target)', which leaves the repository"
        case let .dangling(link, target): return "evidence '\(written)' goes through the symlink \(link) to '\(target)', which does not exist in \(read)"
        case .tooManyLinks: return "evidence '\(written)' goes through more than \(Self.maximumLinkHops) symlinks"
        case .repositoryRoot: return "evidence '\(written)' names the whole AIMS (the folder of aims.yaml), not a file or folder in it"
        case .gitDirectory: return "evidence '\(written)' is inside the .git folder: git's own files are not content of any commit"
        }
    }

    /// What was read, for messages: "commit 1a2b3c4", "the working tree".
    public static func label(of source: SourceTree) -> String {
        switch source {
        case let tree as GitTreeSource: return "commit \(tree.commit.id.short)"
        case is WorktreeSource: return "the working tree"
        case is IndexSource: return "the index"
        default: return "the files read"
        }
    }
}
