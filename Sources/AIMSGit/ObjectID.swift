import CGit2

/// A git object id copied out of libgit2, so it can outlive the object it came from
/// and cross threads.
public struct ObjectID: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The 40-character lowercase hexadecimal form.
    public let hex: String

    public init?(hex: String) {
        guard hex.utf8.count == 40, hex.utf8.allSatisfy({ $0.isHexDigit }) else { return nil }
        self.hex = hex.lowercased()
    }

    init(_ oid: git_oid) {
        var copy = oid
        // git_oid_tostr_s uses a thread-local buffer; format into our own instead.
        var buffer = [CChar](repeating: 0, count: 41)
        _ = buffer.withUnsafeMutableBufferPointer { git_oid_tostr($0.baseAddress, 41, &copy) }
        self.hex = String(decoding: buffer.prefix(40).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    var oid: git_oid {
        var oid = git_oid()
        _ = git_oid_fromstrn(&oid, hex, hex.utf8.count)
        return oid
    }

    public var short: String { String(hex.prefix(7)) }
    public var description: String { hex }
    public static func < (a: ObjectID, b: ObjectID) -> Bool { a.hex < b.hex }
}

extension UInt8 {
    var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
    }
}
