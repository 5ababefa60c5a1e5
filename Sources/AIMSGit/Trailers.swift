import CGit2

/// A `Key: value` line of a commit message's last paragraph (`Approved-by: Dana <d@x>`).
public struct Trailer: Hashable, Sendable {
    public let key: String
    public let value: String
}

extension CommitInfo {
    /// The message's trailers, parsed by libgit2 as git itself does.
    public var trailers: [Trailer] { Trailer.parse(message) }
}

extension Trailer {
    public static func parse(_ message: String) -> [Trailer] {
        // Trailers can only be present when a line of the message has a colon.
        guard message.utf8.contains(UInt8(ascii: ":")) else { return [] }
        var array = git_message_trailer_array()
        guard git_message_trailers(&array, message) == 0 else { return [] }
        defer { git_message_trailer_array_free(&array) }
        guard let trailers = array.trailers else { return [] }
        return (0..<array.count).compactMap { index in
            let trailer = trailers[index]
            guard let key = trailer.key, let value = trailer.value else { return nil }
            return Trailer(key: String(cString: key), value: String(cString: value))
        }
    }
}
