import AIMSGit
import Foundation

/// What was read: which commit of which repository, or the working tree.
public enum Origin: Sendable {
    /// The tree of `commit`, which `revision` (as the user wrote it) resolved to.
    case commit(CommitInfo, revision: String)
    /// The working tree; `head` is HEAD's commit when there is one.
    case worktree(head: CommitInfo?)
    /// The index (what is staged); `head` is HEAD's commit when there is one.
    case index(head: CommitInfo?)
    /// Files handed over in memory (rule examples).
    case memory

    public var commit: CommitInfo? {
        switch self {
        case let .commit(commit, _): return commit
        case let .worktree(head), let .index(head): return head
        case .memory: return nil
        }
    }

    /// "main @ 1a2b3c4", "working tree (HEAD 1a2b3c4)".
    /// Content that is not a commit's: document states compare it with the last commit.
    public var isUncommitted: Bool {
        switch self {
        case .worktree, .index: return true
        case .commit, .memory: return false
        }
    }

    public var label: String {
        switch self {
        case let .commit(commit, revision):
            // A revision given as a SHA is named once, short.
            return revision.lowercased() == commit.id.hex || commit.id.hex.hasPrefix(revision.lowercased()) && revision.count >= 7
                ? commit.id.short : "\(revision) @ \(commit.id.short)"
        case let .worktree(head?): return "working tree (HEAD \(head.id.short))"
        case .worktree(nil): return "working tree"
        case let .index(head?): return "staged changes (HEAD \(head.id.short))"
        case .index(nil): return "staged changes"
        case .memory: return "memory"
        }
    }
}

/// The result of the front half of the compiler: parsed, resolved and checked.
public struct Compilation {
    public var origin: Origin
    public var model: ClauseModel
    public var configuration: Configuration
    public var index: AIMSIndex
    /// Every cross-document fact, decided once; rules and pages read it.
    public var resolved: ResolvedModel
    public var diagnostics: [Diagnostic]
    /// Findings taken out of `diagnostics` by a waiver, with the waiver and who added it.
    public var waived: [WaivedFinding]
    /// The rules that ran, in id order: their metadata goes to every writer.
    public var rules: [RuleDescription]
    /// Set when the compilation was compared with a base (`aims check --base`).
    public var change: ChangeReport?
    public var asOf: CalendarDate?
    public var source: SourceTree
    public var provenance: Provenance?
    public var timings: StageTimings
    /// The repository read, when it was one; writers use it to stay out of it.
    public var repository: Repository?
    /// `git describe --tags --always` of the commit read (or of HEAD for uncommitted content).
    public var describe: String?
}

extension Compilation {
    /// A repository path as a user at `directory` opens it: relative when `directory` is
    /// inside the working tree, absolute otherwise (clickable in terminals and editors).
    public func pathFunction(from directory: String) -> @Sendable (String) -> String {
        guard let workdir = repository?.workingDirectory else { return { $0 } }
        let root = URL(fileURLWithPath: workdir).resolvingSymlinksInPath().path
        let here = URL(fileURLWithPath: directory).resolvingSymlinksInPath().path
        guard here == root || here.hasPrefix(root + "/") else {
            return { root + "/" + $0 }
        }
        let depth = here == root ? [] : here.dropFirst(root.count + 1).split(separator: "/").map(String.init)
        return { path in
            var parts = path.split(separator: "/").map(String.init)
            var climbs = depth[...]
            while let first = climbs.first, let head = parts.first, first == head {
                climbs = climbs.dropFirst()
                parts.removeFirst()
            }
            return (Array(repeating: "..", count: climbs.count) + parts).joined(separator: "/")
        }
    }
}

/// Wall-clock time of each stage, for `--timings` and the benchmark.
public struct StageTimings: Sendable {
    public var stages: [(name: String, seconds: Double)] = []

    public mutating func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let start = ContinuousClock.now
        defer {
            let elapsed = ContinuousClock.now - start
            stages.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        }
        return try body()
    }
}

/// Why the compiler could not run at all (exit status 2): no repository, unknown ref, no
/// configuration. Problems inside documents are diagnostics, never this.
public struct CompileFailure: Error, CustomStringConvertible, Sendable {
    public var description: String
    /// The revision read has no aims.yaml: for a comparison's base, an AIMS that did not exist yet.
    public var isMissingConfiguration: Bool
    public init(_ description: String, isMissingConfiguration: Bool = false) {
        self.description = description
        self.isMissingConfiguration = isMissingConfiguration
    }
}
