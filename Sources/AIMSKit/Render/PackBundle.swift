import Foundation
import ZIPFoundation

/// `aims build --bundle`: the pack as one zip to send, beside the pack folder. Entries are
/// in path order under the pack folder's name, each dated with the commit read (or the DOS
/// epoch), so one commit gives one byte-identical zip.
public enum PackBundle {
    public static func write(_ pack: Pack, folderName: String, date: Date?, to destination: URL) throws {
        let staging = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).aims-new-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: staging) }
        let stamp = date ?? Date(timeIntervalSince1970: 315_532_800) // 1980-01-01, the first date a zip can hold
        do {
            let archive = try Archive(url: staging, accessMode: .create)
            for path in pack.paths {
                guard let bytes = pack[path] else { continue }
                let data = Data(bytes)
                try archive.addEntry(
                    with: folderName + "/" + path, type: .file, uncompressedSize: Int64(data.count),
                    modificationDate: stamp, permissions: 0o644, compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
        } catch {
            throw PackWriteError("cannot write the bundle \(destination.path): \(error)")
        }
        if FileManager.default.fileExists(atPath: destination.path) {
            guard (try? Archive(url: destination, accessMode: .read)) != nil else {
                throw PackWriteError("\(destination.path) exists and is not a zip aims wrote; not replaced")
            }
        }
        guard rename(staging.path, destination.path) == 0 else {
            throw PackWriteError("cannot move the bundle into place at \(destination.path): \(String(cString: strerror(errno)))")
        }
    }

    /// The files of a pack folder or of its zip, by path inside the pack.
    public static func files(at url: URL) throws -> [String: [UInt8]] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            throw PackWriteError("no such pack: \(url.path)")
        }
        if isFolder.boolValue { return try folderFiles(url) }
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw PackWriteError("\(url.path) is neither a pack folder nor a zip")
        }
        var files: [String: [UInt8]] = [:]
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            // Drop the pack folder's name that every entry starts with.
            let parts = entry.path.split(separator: "/", maxSplits: 1)
            files[parts.count == 2 ? String(parts[1]) : entry.path] = [UInt8](data)
        }
        return files
    }

    private static func folderFiles(_ root: URL) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let base = root.standardizedFileURL.resolvingSymlinksInPath().path
        guard let walker = FileManager.default.enumerator(atPath: base) else { return files }
        for case let relative as String in walker {
            // The marker that says "aims wrote this folder" is not part of the pack's content.
            if relative == PackWriter.markerName { continue }
            var isFolder: ObjCBool = false
            let path = base + "/" + relative
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[relative] = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
        }
        return files
    }
}
