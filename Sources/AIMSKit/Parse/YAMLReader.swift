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
        if let failure = precheck(text) { return .failure(failure) }
        let node: Node?
        do {
            // The basic resolver and explicit encoding skip per-key regular expressions and
            // an environment read per parse (several times faster).
            node = try Yams.compose(yaml: text, .basic, .default, .utf8)
        } catch let error as YamlError {
            return .failure(failure(from: error))
        } catch {
            return .failure(Failure(message: "\(error)", line: firstLine, column: 1))
        }
        guard let node else { return .success(nil) }
        var budget = Self.maximumNodes
        return convert(node, depth: 0, budget: &budget).map { Optional($0) }
    }

    /// Tabs used for indentation are the most common hand-written mistake; libyaml's own
    /// message for them is cryptic. Flow nesting is checked before libyaml sees it.
    private func precheck(_ text: String) -> Failure? {
        var line = firstLine
        var atLineStart = true
        var depth = 0
        for byte in text.utf8 {
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

    private func convert(_ node: Node, depth: Int, budget: inout Int) -> Result<YAMLNode, Failure> {
        let line = firstLine + (node.mark?.line ?? 1) - 1
        let column = node.mark?.column ?? 1
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
                switch convert(item, depth: depth + 1, budget: &budget) {
                case let .success(child): items.append(child)
                case let .failure(failure): return .failure(failure)
                }
            }
            return .success(YAMLNode(.sequence(items), line: line, column: column))
        case let .mapping(mapping):
            var pairs: [YAMLPair] = []
            for (key, value) in mapping {
                switch (convert(key, depth: depth + 1, budget: &budget), convert(value, depth: depth + 1, budget: &budget)) {
                case let (.success(k), .success(v)): pairs.append(YAMLPair(key: k, value: v))
                case let (.failure(failure), _), let (_, .failure(failure)): return .failure(failure)
                }
            }
            return .success(YAMLNode(.mapping(pairs), line: line, column: column))
        case let .alias(alias):
            return .failure(Failure(message: "unresolved alias '\(alias)'", line: line, column: column))
        }
    }

    private func failure(from error: YamlError) -> Failure {
        switch error {
        case let .scanner(context, problem, mark, _),
             let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            // The context mark (where a quote or bracket opened) is where the mistake
            // usually is; the problem mark is where libyaml gave up.
            var message = problem
            var hint: String?
            if problem.contains("duplicate") {
                message = problem
                hint = "each key may appear once; remove or rename the repeated key"
            }
            if let context {
                let at = "line \(firstLine + context.mark.line - 1)"
                hint = hint ?? "\(context.text) at \(at)"
                if context.text.contains("quoted") || context.text.contains("flow") {
                    return Failure(message: "\(context.text) that is never closed", line: firstLine + context.mark.line - 1, column: context.mark.column, hint: "\(problem) at line \(firstLine + mark.line - 1)")
                }
            }
            return Failure(message: message, line: firstLine + mark.line - 1, column: mark.column, hint: hint)
        case let .reader(problem, _, _, _):
            return Failure(message: problem, line: firstLine, column: 1)
        default:
            return Failure(message: "\(error)", line: firstLine, column: 1)
        }
    }
}
