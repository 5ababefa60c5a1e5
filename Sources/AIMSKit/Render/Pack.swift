/// The audit pack in memory: every file by its path relative to the pack folder. Built
/// completely before anything touches the disk, so writing it can be all or nothing.
public struct Pack: Equatable, Sendable {
    public private(set) var files: [String: [UInt8]] = [:]

    public init() {}

    /// Paths in a fixed order, so every listing and every write is the same.
    public var paths: [String] { files.keys.sorted() }

    public subscript(path: String) -> [UInt8]? { files[path] }

    /// The text of a file, for tests and tools.
    public func text(_ path: String) -> String? {
        files[path].map { String(decoding: $0, as: UTF8.self) }
    }

    mutating func add(_ path: String, _ bytes: [UInt8]) {
        files[path] = bytes
    }

    mutating func add(_ path: String, text: String) {
        files[path] = Array(text.utf8)
    }
}
