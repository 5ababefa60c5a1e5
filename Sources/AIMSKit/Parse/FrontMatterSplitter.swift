/// Splits a Markdown file into its YAML front matter and its body.
/// Front matter is a block that starts with a `---` line on the first line of the file and
/// ends at the next `---` (or `...`) line.
public struct FrontMatterSplit: Hashable, Sendable {
    public var yaml: String
    /// File line of the first YAML line.
    public var yamlFirstLine: Int
    public var body: String
    /// File line of the first body line.
    public var bodyFirstLine: Int
}

public enum FrontMatterSplitter {
    public enum Problem: Error, Hashable, Sendable {
        case missing
        case unclosed
    }

    public static func split(_ text: String) -> Result<FrontMatterSplit, Problem> {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, isFence(first) else { return .failure(.missing) }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var closingLine: Int?
        for (offset, line) in lines.enumerated() {
            if isFence(line) || line.trimmingTrailingSpaces == "..." {
                closingLine = offset + 2
                break
            }
            yamlLines.append(line)
        }
        guard let closingLine else { return .failure(.unclosed) }
        let body = lines.dropFirst(closingLine - 1).joined(separator: "\n")
        return .success(FrontMatterSplit(
            yaml: yamlLines.joined(separator: "\n"),
            yamlFirstLine: 2,
            body: body,
            bodyFirstLine: closingLine + 1
        ))
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.trimmingTrailingSpaces == "---"
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var line = self
        while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
        return line
    }
}
