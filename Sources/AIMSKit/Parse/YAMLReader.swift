import Yams

/// Reads one YAML block (front matter or aims.yaml) into `YAMLNode`s, with positions
/// shifted to file lines. Hostile input is bounded: nesting depth and the number of
/// nodes after alias expansion are capped, so alias bombs and absurd nesting fail fast
/// with a located message instead of exhausting memory or the stack.
public struct YAMLReader: Sendable {
    public static let maximumDepth = 64
    public static let maximumNodes = 20_000

    public struct Failure: Error, Hashable, Sendable {
        public var message: String
        public var line: Int
        public var column: Int
        public var hint: String?
    }

    /// Line of the file on which the YAML text starts (1-based).
    public var firstLine: Int

    public init(firstLine: Int) {
        self.firstLine = firstLine
    }

    /// Returns nil for an empty document.
    public func read<Text: StringProtocol>(_ text: Text) -> Result<YAMLNode?, Failure> {
        let text = String(text)
        var isPlainASCII = true
        if let failure = precheck(text, isPlainASCII: &isPlainASCII) { return .failure(failure) }
        let marks = isPlainASCII ? MarkMap.identity : MarkMap(text)
        let node: Node?
        do {
            // The basic resolver and explicit encoding skip per-key regular expressions and
            // an environment read per parse (several times faster).
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(failure(from: error, text: text, marks: marks))
        } catch {
            return .failure(Failure(message: "\(error)", line: firstLine, column: 1))
        }
        guard let node else { return .success(nil) }
        var budget = Self.maximumNodes
        return convert(node, marks: marks, depth: 0, budget: &budget).map { Optional($0) }
    }

    /// A file position (file line, UTF-8 byte column) for a libyaml mark.
    private func location(_ mark: Mark?, _ marks: MarkMap) -> (line: Int, column: Int) {
        let relative = marks.location(line: mark?.line ?? 1, column: mark?.column ?? 1)
        return (firstLine + relative.line - 1, relative.column)
    }

    /// Tabs used for indentation are the most common hand-written mistake; libyaml's own
    /// message for them is cryptic. Flow nesting is checked before libyaml sees it.
    /// The same pass finds out whether libyaml's marks need converting at all.
    private func precheck(_ text: String, isPlainASCII: inout Bool) -> Failure? {
        var line = firstLine
        var atLineStart = true
        var depth = 0
        for byte in text.utf8 {
            if byte >= 0x80 || byte == UInt8(ascii: "\r") { isPlainASCII = false }
            switch byte {
            case UInt8(ascii: "\n"):
                line += 1
                atLineStart = true
                continue
            case UInt8(ascii: "\t") where atLineStart:
                return Failure(
                    message: "tab character used for indentation",
                    line: line, column: 1,
                    hint: "YAML indents with spaces only; replace the tab with spaces"
                )
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > Self.maximumDepth {
                    return Failure(message: "YAML nested more than \(Self.maximumDepth) levels deep", line: line, column: 1)
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
            default:
                break
            }
            atLineStart = false
        }
        return nil
    }

    private func convert(_ node: Node, marks: MarkMap, depth: Int, budget: inout Int) -> Result<YAMLNode, Failure> {
        let (line, column) = location(node.mark, marks)
        budget -= 1
        if budget < 0 {
            return .failure(Failure(
                message: "YAML expands to more than \(Self.maximumNodes) values",
                line: line, column: column,
                hint: "aliases (*name) that repeat large anchors multiply; front matter should be small"
            ))
        }
        if depth > Self.maximumDepth {
            return .failure(Failure(message: "YAML nested more than \(Self.maximumDepth) levels deep", line: line, column: column))
        }
        switch node {
        case let .scalar(scalar):
            return .success(YAMLNode(.scalar(scalar.string, quoted: scalar.style != .plain && scalar.style != .any), line: line, column: column))
        case let .sequence(sequence):
            var items: [YAMLNode] = []
            for item in sequence {
                switch convert(item, marks: marks, depth: depth + 1, budget: &budget) {
                case let .success(child): items.append(child)
                case let .failure(failure): return .failure(failure)
                }
            }
            return .success(YAMLNode(.sequence(items), line: line, column: column))
        case let .mapping(mapping):
            var pairs: [YAMLPair] = []
            for (key, value) in mapping {
                switch (convert(key, marks: marks, depth: depth + 1, budget: &budget), convert(value, marks: marks, depth: depth + 1, budget: &budget)) {
                case let (.success(k), .success(v)): pairs.append(YAMLPair(key: k, value: v))
                case let (.failure(failure), _), let (_, .failure(failure)): return .failure(failure)
                }
            }
            return .success(YAMLNode(.mapping(pairs), line: line, column: column))
        case let .alias(alias):
            return .failure(Failure(message: "unresolved alias '\(alias)'", line: line, column: column))
        }
    }

    private func failure(from error: YamlError, text: String, marks: MarkMap) -> Failure {
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            // The context mark (where a quote or bracket opened) is where the mistake
            // usually is; the problem mark is where libyaml gave up.
            let at = location(mark, marks)
            if let context {
                let opened = location(context.mark, marks)
                if context.text.contains("quoted") || context.text.contains("flow") {
                    return Failure(message: "\(context.text) that is never closed", line: opened.line, column: opened.column, hint: "\(problem) at line \(at.line)")
                }
                return Failure(message: problem, line: at.line, column: at.column, hint: "\(context.text) at line \(opened.line)")
            }
            return Failure(message: problem, line: at.line, column: at.column)
        case let .duplicatedKeysInMapping(duplicates, context):
            // Yams marks the first occurrence; its own description quotes the whole YAML text.
            let at = location(context.mark, marks)
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return Failure(message: "duplicate key \(keys)", line: at.line, column: at.column, hint: "each key may appear once; remove or rename the repeated key")
        case let .reader(problem, offset, _, _):
            // Yams turns libyaml's byte offset into a count of Characters.
            let at = offset.flatMap { Self.location(ofCharacter: $0, in: text) } ?? (1, 1)
            return Failure(message: problem, line: firstLine + at.line - 1, column: at.column)
        default:
            return Failure(message: "\(error)", line: firstLine, column: 1)
        }
    }

    /// Line and byte column (1-based, relative to `text`) of the `offset`-th Character.
    private static func location(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int)? {
        guard let index = text.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) else { return nil }
        let before = text.utf8[..<index]
        let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { text.utf8.index(after: $0) } ?? text.utf8.startIndex
        let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        return (line, text.utf8.distance(from: lineStart, to: index) + 1)
    }
}

extension YAMLReader {
    /// Turns libyaml marks into diagnostic positions. libyaml counts columns in Unicode
    /// scalars and also breaks lines at a lone CR, NEL, LS and PS; diagnostics count UTF-8
    /// bytes on `\n`-separated lines. For ASCII text without CR the two agree, and nothing
    /// is built.
    struct MarkMap {
        /// One entry per libyaml line; nil when marks are already positions.
        private let lines: [Line]?

        static let identity = MarkMap(lines: nil)

        private init(lines: [Line]?) {
            self.lines = lines
        }

        private struct Line {
            /// 0-based `\n` line of the YAML text holding the start of this libyaml line.
            var textLine: Int
            /// Bytes between the start of that `\n` line and this line (after a CR, NEL…).
            var startColumn: Int
            /// Scalars wider than a byte: `extra` is the extra bytes up to and including the
            /// scalar at 0-based `column`. Empty on ASCII lines.
            var wide: [(column: Int, extra: Int)]
        }

        init(_ text: String) {
            var lines: [Line] = []
            var textLine = 0
            var textLineStart = 0
            var lineStart = 0
            var wide: [(column: Int, extra: Int)] = []
            var column = 0
            var extra = 0
            let bytes = Array(text.utf8)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let breakLength = Self.lineBreakLength(bytes, at: index)
                if breakLength > 0 {
                    lines.append(Line(textLine: textLine, startColumn: lineStart - textLineStart, wide: wide))
                    index += breakLength
                    if bytes[index - 1] == UInt8(ascii: "\n") {
                        textLine += 1
                        textLineStart = index
                    }
                    lineStart = index
                    wide = []
                    column = 0
                    extra = 0
                    continue
                }
                let width = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                if width > 1 {
                    extra += width - 1
                    wide.append((column, extra))
                }
                column += 1
                index += width
            }
            lines.append(Line(textLine: textLine, startColumn: lineStart - textLineStart, wide: wide))
            self.lines = lines
        }

        /// The breaks libyaml counts (`IS_BREAK`): LF, CR LF, CR, NEL, LS, PS.
        private static func lineBreakLength(_ bytes: [UInt8], at index: Int) -> Int {
            func byte(_ offset: Int) -> UInt8? { index + offset < bytes.count ? bytes[index + offset] : nil }
            switch bytes[index] {
            case UInt8(ascii: "\n"): return 1
            case UInt8(ascii: "\r"): return byte(1) == UInt8(ascii: "\n") ? 2 : 1
            case 0xC2 where byte(1) == 0x85: return 2
            case 0xE2 where byte(1) == 0x80 && (byte(2) == 0xA8 || byte(2) == 0xA9): return 3
            default: return 0
            }
        }

        /// Line and byte column (1-based, relative to the YAML text) of a 1-based mark.
        func location(line: Int, column: Int) -> (line: Int, column: Int) {
            guard let lines, !lines.isEmpty else { return (line, column) }
            let entry = lines[min(max(line - 1, 0), lines.count - 1)]
            let scalarsBefore = max(column - 1, 0)
            // Binary search: extra bytes of the wide scalars before the mark.
            var low = 0
            var high = entry.wide.count
            while low < high {
                let middle = (low + high) / 2
                if entry.wide[middle].column < scalarsBefore { low = middle + 1 } else { high = middle }
            }
            let extraBefore = low > 0 ? entry.wide[low - 1].extra : 0
            return (entry.textLine + 1, entry.startColumn + scalarsBefore + extraBefore + 1)
        }
    }
}
