import AIMSGit
import Foundation

/// The working tree of a repository as an author sees it: tracked and untracked files,
/// minus what git ignores. Read for `--worktree`, so uncommitted edits can be checked.
public final class WorktreeSource: SourceTree {
    public let repository: Repository
    public let root: String

    public init(repository: Repository) throws {
        guard let root = repository.workingDirectory else {
            throw SourceReadError("a bare repository has no working tree; leave out --worktree")
        }
        self.repository = repository
        self.root = root
    }

    public func entries(under folder: String) throws -> [SourceEntry] {
        var result: [SourceEntry] = []
        walk(folder, into: &result)
        return result.sorted { $0.path < $1.path }
    }

    private func walk(_ folder: String, into result: inout [SourceEntry]) {
        let absolute = folder.isEmpty ? root : root + "/" + folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else { return }
        for name in names.sorted() where name != ".git" {
            let path = folder.isEmpty ? name : folder + "/" + name
            guard let kind = Self.kind(atPath: root + "/" + path) else { continue }
            if kind == .directory {
                if Self.isSubmodule(root + "/" + path) {
                    result.append(SourceEntry(path: path, kind: .submodule))
                } else if !repository.isIgnored(path + "/") {
                    walk(path, into: &result)
                }
            } else if !repository.isIgnored(path) {
                result.append(SourceEntry(path: path, kind: kind == .symlink ? .symlink : .file))
            }
        }
    }

    public func entry(at path: String) -> SourceEntry? {
        // Like a git tree, the working tree has nothing *below* a symlink: the kernel would
        // follow a linked folder, possibly out of the repository.
        guard !passesThroughLink(path) else { return nil }
        switch Self.kind(atPath: root + "/" + path) {
        case .file?: return SourceEntry(path: path, kind: .file)
        case .symlink?: return SourceEntry(path: path, kind: .symlink)
        case .directory? where Self.isSubmodule(root + "/" + path): return SourceEntry(path: path, kind: .submodule)
        default: return nil
        }
    }

    public func read(_ path: String) throws -> [UInt8] {
        guard !passesThroughLink(path) else { throw SourceReadError("\(path) lies below a symlink") }
        let absolute = root + "/" + path
        if Self.kind(atPath: absolute) == .symlink {
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: absolute) else {
                throw SourceReadError("cannot read link \(path)")
            }
            return Array(target.utf8)
        }
        guard let data = FileManager.default.contents(atPath: absolute) else {
            throw SourceReadError("cannot read \(path)")
        }
        return [UInt8](data)
    }

    /// Whether a folder on the way to `path` is a symlink (or a submodule's checkout).
    private func passesThroughLink(_ path: String) -> Bool {
        var folder = root
        for component in path.split(separator: "/").dropLast() {
            folder += "/" + component
            if Self.kind(atPath: folder) != .directory || Self.isSubmodule(folder) { return true }
        }
        return false
    }

    /// A submodule's working tree has its own `.git`; its files belong to another repository.
    private static func isSubmodule(_ folder: String) -> Bool {
        var info = stat()
        return lstat(folder + "/.git", &info) == 0
    }

    private enum Kind { case file, directory, symlink }

    /// lstat, so a link is reported as a link and never followed here.
    private static func kind(atPath path: String) -> Kind? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        case S_IFREG: return .file
        default: return nil
        }
    }
}
