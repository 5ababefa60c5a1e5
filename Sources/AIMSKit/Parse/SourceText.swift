/// Turns a file's bytes into text the parsers can trust, or says precisely why not.
/// A UTF-8 byte-order mark is dropped and CRLF becomes LF (columns are unaffected).
public enum SourceText {
    /// Larger documents are refused rather than parsed: a policy is never this big, and the
    /// cap keeps a stray data file from stalling the build.
    public static let maximumBytes = 4 * 1024 * 1024

    public enum Problem: Error, Hashable, Sendable {
        case tooLarge(bytes: Int)
        case binary
        case invalidUTF8(line: Int, column: Int)
    }

    public static func decode(_ bytes: [UInt8]) -> Result<String, Problem> {
        if bytes.count > maximumBytes { return .failure(.tooLarge(bytes: bytes.count)) }
        if bytes.prefix(8000).contains(0) { return .failure(.binary) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let offset = firstInvalidUTF8Offset(body) {
            let before = body[body.startIndex..<offset]
            let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? body.startIndex
            let column = offset - lineStart + 1
            return .failure(.invalidUTF8(line: line, column: column))
        }
        var text = String(decoding: body, as: UTF8.self)
        if text.utf8.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n")
        }
        return .success(text)
    }

    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int? {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.endIndex else { return index }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            let second = bytes[index + 1]
            if lead == 0xE0 && second < 0xA0 { return index }   // overlong
            if lead == 0xED && second > 0x9F { return index }   // surrogate
            if lead == 0xF0 && second < 0x90 { return index }   // overlong
            if lead == 0xF4 && second > 0x8F { return index }   // above U+10FFFF
            index += length
        }
        return nil
    }
}

import Foundation
