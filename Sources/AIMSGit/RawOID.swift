import CGit2

/// The 20 bytes of a git object id as plain integers: hashing and comparing these in the
/// history walk is much cheaper than going through the hexadecimal `ObjectID`.
struct RawOID: Hashable {
    private let head: UInt64
    private let middle: UInt64
    private let tail: UInt32

    init(_ oid: UnsafePointer<git_oid>) {
        let raw = UnsafeRawPointer(oid)
        head = raw.loadUnaligned(as: UInt64.self)
        middle = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        tail = raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self)
    }

    var oid: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid) { bytes in
            bytes.storeBytes(of: head, toByteOffset: 0, as: UInt64.self)
            bytes.storeBytes(of: middle, toByteOffset: 8, as: UInt64.self)
            bytes.storeBytes(of: tail, toByteOffset: 16, as: UInt32.self)
        }
        return oid
    }

    var objectID: ObjectID { ObjectID(oid) }

    /// Object ids are SHA-1 digests, already uniformly distributed: eight bytes are plenty
    /// for hashing, and hashing all twenty showed up in profiles of the history walk.
    func hash(into hasher: inout Hasher) {
        hasher.combine(head)
    }

    static func == (a: RawOID, b: RawOID) -> Bool {
        a.head == b.head && a.middle == b.middle && a.tail == b.tail
    }
}

extension ObjectID {
    var raw: RawOID {
        var value = oid
        return RawOID(&value)
    }
}
