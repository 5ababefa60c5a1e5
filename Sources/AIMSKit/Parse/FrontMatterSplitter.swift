/// Splits a Markdown file into its YAML front matter and its body.
/// Front matter is a block that starts with a `---` line on the first line of the file and
/// ends at the next `---` (or `...`) line.
public struct FrontMatterSplit: Hashable, Sendable {
    public var yaml: Substring
    /// File line of the first YAML line.
    public var yamlFirstLine: Int
    public var body: Substring
    /// File line of the first body line.
    public var bodyFirstLine: Int
}

public enum FrontMatterSplitter {
    public enum Problem: Error, Hashable, Sendable {
        case missing
        case unclosed
    }

    /// Works on UTF-8 bytes: splitting a whole document into `Character` lines costs more
    /// than parsing its YAML.
    public static func split(_ text: String) -> Result<FrontMatterSplit, Problem> {
        let utf8 = text.utf8
        guard let firstEnd = lineEnd(utf8, from: utf8.startIndex), isFence(utf8[utf8.startIndex..<firstEnd]) else {
            return .failure(.missing)
        }
        guard firstEnd < utf8.endIndex else { return .failure(.unclosed) }
        let yamlStart = utf8.index(after: firstEnd)
        var lineStart = yamlStart
        var line = 2
        while lineStart < utf8.endIndex || lineStart == yamlStart {
            guard let end = lineEnd(utf8, from: lineStart) else { break }
            let content = utf8[lineStart..<end]
            if isFence(content) || isDocumentEnd(content) {
                let bodyStart = end < utf8.endIndex ? utf8.index(after: end) : end
                return .success(FrontMatterSplit(
                    yaml: text[yamlStart..<lineStart],
                    yamlFirstLine: 2,
                    body: text[bodyStart...],
                    bodyFirstLine: line + 1
                ))
            }
            guard end < utf8.endIndex else { break }
            lineStart = utf8.index(after: end)
            line += 1
        }
        return .failure(.unclosed)
    }

    /// The index of the `\n` ending the line that starts at `start`, or the end of the text.
    private static func lineEnd(_ utf8: String.UTF8View, from start: String.Index) -> String.Index? {
        guard start <= utf8.endIndex else { return nil }
        return utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
    }

    private static func isFence(_ line: Substring.UTF8View) -> Bool {
        trimmed(line).elementsEqual("---".utf8)
    }

    private static func isDocumentEnd(_ line: Substring.UTF8View) -> Bool {
        trimmed(line).elementsEqual("...".utf8)
    }

    private static func trimmed(_ line: Substring.UTF8View) -> Substring.UTF8View {
        var end = line.endIndex
        while end > line.startIndex {
            let previous = line.index(before: end)
            guard line[previous] == UInt8(ascii: " ") || line[previous] == UInt8(ascii: "\t") else { break }
            end = previous
        }
        return line[line.startIndex..<end]
    }
}
