import AIMSGit
import Foundation

/// Render stage, whole: templates → pages → a pack written atomically at `destination`.
public enum AuditPack {
    /// With `bundle`, also the zip of the pack beside it (`DIR.zip`). Returns the zip's URL.
    @discardableResult
    public static func write(_ compilation: Compilation, to destination: URL, bundle: Bool = false) throws -> URL? {
        try refuseToWriteIntoTheRepository(compilation.repository, destination)
        let zip = destination.standardizedFileURL.deletingLastPathComponent()
            .appendingPathComponent(destination.standardizedFileURL.lastPathComponent + ".zip")
        if bundle { try refuseToWriteIntoTheRepository(compilation.repository, zip) }
        let templates = try TemplateSet(compilation: compilation)
        let pack = try PackBuilder(compilation: compilation, templates: templates).build()
        try PackWriter.write(pack, to: destination)
        guard bundle else { return nil }
        let date = compilation.origin.commit.map { Date(timeIntervalSince1970: TimeInterval($0.committer.time)) }
        try PackBundle.write(pack, folderName: destination.standardizedFileURL.lastPathComponent, date: date, to: zip)
        return zip
    }

    /// aims never writes into the repository it reads: not into .git, and not into the
    /// working tree, except a folder git ignores (such as a build folder).
    static func refuseToWriteIntoTheRepository(_ repository: Repository?, _ destination: URL) throws {
        guard let repository else { return }
        let target = resolved(destination)
        let gitDirectory = resolved(URL(fileURLWithPath: repository.gitDirectory))
        if target == gitDirectory || target.hasPrefix(gitDirectory + "/") {
            throw PackPlacementError("the pack cannot be written inside the repository's .git folder (\(target))")
        }
        guard let workdir = repository.workingDirectory.map({ resolved(URL(fileURLWithPath: $0)) }) else { return }
        if target == workdir {
            throw PackPlacementError("the pack cannot replace the working tree of the repository it reads (\(target))")
        }
        guard target.hasPrefix(workdir + "/") else { return }
        let relative = String(target.dropFirst(workdir.count + 1))
        if !repository.isIgnored(relative + "/") {
            throw PackPlacementError("\(relative) is inside the repository being read and not ignored by git; write the pack outside it, or to a git-ignored folder")
        }
    }

    /// The absolute path with symbolic links resolved, also for a folder that does not exist yet.
    private static func resolved(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var missing: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            missing.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var path = existing.resolvingSymlinksInPath().path
        for component in missing { path += (path.hasSuffix("/") ? "" : "/") + component }
        return path
    }
}

public struct PackPlacementError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
