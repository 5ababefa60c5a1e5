import Foundation

/// `MANIFEST.sha256`: the SHA-256 of every file of the pack, one `HASH  PATH` line each, in
/// path order (the format `sha256sum -c` reads). It lists every file but itself and the
/// verification page, which states the manifest's own hash: a page cannot carry the hash of
/// a list that includes it. `aims verify` checks all three.
public enum PackManifest {
    public static let fileName = "MANIFEST.sha256"
    public static let verificationPage = "verification.html"

    public static func sha256(_ bytes: [UInt8]) -> String { Digest.sha256(bytes) }

    /// The manifest of `files`, which must not hold the manifest or the verification page.
    public static func text(for files: [String: [UInt8]]) -> String {
        files.keys.sorted().map { "\(sha256(files[$0]!))  \($0)\n" }.joined()
    }

    /// The manifest read back: path → hash; nil when a line is not `HASH  PATH`.
    public static func parse(_ text: String) -> [String: String]? {
        var entries: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, parts[1].isEmpty, parts[0].count == 64, parts[0].allSatisfy(\.isHexDigit) else { return nil }
            entries[String(parts[2])] = String(parts[0])
        }
        return entries
    }
}

/// What `aims verify` found.
public struct PackVerification: Sendable {
    public var changed: [String] = []
    public var missing: [String] = []
    public var extra: [String] = []
    /// Problems with the manifest or the verification page themselves.
    public var problems: [String] = []
    public var checked = 0
    public var manifestHash = ""

    public var isIntact: Bool { changed.isEmpty && missing.isEmpty && extra.isEmpty && problems.isEmpty }

    /// Checks files of a pack (relative path → bytes) against the manifest among them.
    public init(files: [String: [UInt8]]) {
        guard let manifestBytes = files[PackManifest.fileName] else {
            problems.append("no \(PackManifest.fileName): this is not a pack written by aims, or the manifest was removed")
            return
        }
        manifestHash = PackManifest.sha256(manifestBytes)
        guard let entries = PackManifest.parse(String(decoding: manifestBytes, as: UTF8.self)) else {
            problems.append("\(PackManifest.fileName) is not a list of `SHA-256  path` lines")
            return
        }
        for (path, expected) in entries.sorted(by: { $0.key < $1.key }) {
            guard let bytes = files[path] else { missing.append(path); continue }
            checked += 1
            if PackManifest.sha256(bytes) != expected { changed.append(path) }
        }
        let unlisted: Set<String> = [PackManifest.fileName, PackManifest.verificationPage]
        extra = files.keys.filter { entries[$0] == nil && !unlisted.contains($0) }.sorted()
        if let page = files[PackManifest.verificationPage] {
            if !String(decoding: page, as: UTF8.self).contains(manifestHash) {
                problems.append("\(PackManifest.verificationPage) does not state the manifest's hash \(manifestHash)")
            }
        } else {
            problems.append("no \(PackManifest.verificationPage)")
        }
    }
}
