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
        // Formatted here rather than with git_oid_tostr: a history builds tens of thousands
        // of these, and the C round trip through temporary arrays dominated their cost.
        let digits: StaticString = "0123456789abcdef"
        hex = withUnsafeBytes(of: oid) { raw in
            String(unsafeUninitializedCapacity: 40) { buffer in
                digits.withUTF8Buffer { digits in
                    for (index, byte) in raw.prefix(20).enumerated() {
                        buffer[2 * index] = digits[Int(byte >> 4)]
                        buffer[2 * index + 1] = digits[Int(byte & 0x0F)]
                    }
                }
                return 40
            }
        }
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
