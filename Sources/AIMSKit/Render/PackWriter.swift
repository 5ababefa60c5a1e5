import Foundation

/// Writes a pack to disk all or nothing: the files go into a hidden sibling folder, which
/// is then renamed into place. The sibling shares the destination's parent, so the rename
/// stays on one file system and never copies. A reader sees the old pack or the new
/// one, never a mixture, and a failed write leaves the old pack as it was.
public enum PackWriter {
    /// The file that marks a folder as an aims pack, which aims may therefore replace.
    public static let markerName = ".aims-pack"
    static let markerText = "This folder is an audit pack written by aims. `aims build` replaces it as a whole.\n"

    public static func write(_ pack: Pack, to directory: URL) throws {
        let fileManager = FileManager.default
        let destination = directory.standardizedFileURL.resolvingSymlinksInPath()
        let name = destination.lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else {
            throw PackWriteError("cannot write the pack to '\(directory.path)': name a folder to write it into")
        }
        let existing = try existingFolder(at: destination)
        let parent = destination.deletingLastPathComponent()
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw PackWriteError("cannot create '\(parent.path)': \(error.localizedDescription)")
        }

        let unique = UUID().uuidString
        let staging = parent.appendingPathComponent(".\(name).aims-new-\(unique)", isDirectory: true)
        var finished = false
        defer { if !finished { try? fileManager.removeItem(at: staging) } }
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            var folders: Set<String> = [staging.path]
            for path in pack.paths {
                guard let bytes = pack[path] else { continue }
                let file = try fileURL(path, in: staging)
                let folder = file.deletingLastPathComponent()
                if folders.insert(folder.path).inserted {
                    try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
                }
                try Data(bytes).write(to: file)
            }
            try Data(markerText.utf8).write(to: staging.appendingPathComponent(markerName))
        } catch let error as PackWriteError {
            throw error
        } catch {
            throw PackWriteError("cannot write the pack next to '\(destination.path)': \(error.localizedDescription)")
        }

        switch existing {
        case .none, .emptyFolder:
            // rename(2) replaces an empty folder in one step.
            try move(staging, to: destination)
        case .previousPack:
            // Two renames with a way back: the old pack moves aside, the new one moves in,
            // and the old one is deleted only once the new one is in place.
            let retired = parent.appendingPathComponent(".\(name).aims-old-\(unique)", isDirectory: true)
            try move(destination, to: retired)
            do {
                try move(staging, to: destination)
            } catch {
                try? move(retired, to: destination)
                throw error
            }
            FolderRemoval.remove(retired.path)
        }
        finished = true
    }

    private enum ExistingFolder {
        case none, emptyFolder, previousPack
    }

    private static func existingFolder(at destination: URL) throws -> ExistingFolder {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: destination.path, isDirectory: &isDirectory) else { return .none }
        guard isDirectory.boolValue else {
            throw PackWriteError("'\(destination.path)' is a file, not a folder; refusing to replace it with the pack")
        }
        let contents: [String]
        do {
            contents = try fileManager.contentsOfDirectory(atPath: destination.path)
        } catch {
            throw PackWriteError("cannot read '\(destination.path)': \(error.localizedDescription)")
        }
        if contents.isEmpty { return .emptyFolder }
        var markerIsDirectory: ObjCBool = false
        let marker = destination.appendingPathComponent(markerName).path
        guard fileManager.fileExists(atPath: marker, isDirectory: &markerIsDirectory), !markerIsDirectory.boolValue else {
            throw PackWriteError(
                "'\(destination.path)' is not empty and is not an aims pack (it has no \(markerName) file); refusing to overwrite it. Choose an empty or new folder for --out."
            )
        }
        return .previousPack
    }

    /// The file for a pack path; a path that could escape the folder is a bug in the builder.
    private static func fileURL(_ path: String, in folder: URL) throws -> URL {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.hasPrefix("/"), !parts.isEmpty,
              parts.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." && !$0.contains("\0") && !$0.contains("\\") }) else {
            throw PackWriteError("refusing to write the pack file '\(path)': not a plain relative path")
        }
        return parts.reduce(folder) { $0.appendingPathComponent(String($1)) }
    }

    private static func move(_ source: URL, to target: URL) throws {
        guard rename(source.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            throw PackWriteError("cannot move the pack into '\(target.path)': \(reason)")
        }
    }
}

public struct PackWriteError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
