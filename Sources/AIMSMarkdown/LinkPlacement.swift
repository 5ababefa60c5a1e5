/// A link as cmark reports it, before its position is checked against the source.
struct LinkSite {
    var destination: String
    /// The literal of the link's only child, when that child is plain text.
    var text: String?
    var hasTitle: Bool
    /// As cmark reports them (1-based, relative to the parsed text; 0 when absent).
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    /// Lines of the enclosing block (paragraph, heading, table cell).
    var blockLines: ClosedRange<Int>?

    /// `<https://…>`, a bare URL, `www.…` or an e-mail address: the text is the destination.
    var looksLikeAutolink: Bool {
        guard let text, !hasTitle else { return false }
        return destination == text || destination == "mailto:" + text || destination == "http://" + text
    }
}

/// cmark-gfm misplaces autolinks: a `<…>` link on a paragraph's continuation line or in a
/// table cell gets a column counted from the start of the block's inline content (often past
/// the end of its line), the extension's bare URLs and e-mail addresses get no position at
/// all (0:0), and `www.` links start a byte early. Ordinary `[x](…)` links are right.
/// So every position is checked against the source, and a link that does not start there is
/// looked up on its line, then on the other lines of its block.
struct LinkPlacement {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let lines: SourceLines
    /// Columns already taken by a placed link, per line.
    private var claimed: [Int: ClaimedColumns] = [:]
    private var starts: Set<MarkdownOutline.Position> = []
    /// Bytes the searches may still read: links that cannot be found in a huge paragraph
    /// must not make the parse quadratic.
    private var scanBudget: Int

    /// Positions for `sites` (in document order), each on an existing line and never past its end.
    static func place(_ sites: [LinkSite], in text: String) -> [MarkdownOutline.Position] {
        guard !sites.isEmpty else { return [] }
        var text = text
        return text.withUTF8 { bytes in
            var placement = LinkPlacement(bytes: bytes, lines: SourceLines(bytes))
            return placement.place(sites)
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, lines: SourceLines) {
        self.bytes = bytes
        self.lines = lines
        self.scanBudget = 16 * bytes.count + 65_536
    }

    private mutating func place(_ sites: [LinkSite]) -> [MarkdownOutline.Position] {
        var placed = [MarkdownOutline.Position?](repeating: nil, count: sites.count)
        // Ordinary links first: their positions are reliable, so an autolink whose wrong
        // column happens to land on another link's `[` cannot take it.
        let order = sites.indices.filter { !sites[$0].looksLikeAutolink } + sites.indices.filter { sites[$0].looksLikeAutolink }
        for index in order {
            let site = sites[index]
            let start = MarkdownOutline.Position(line: site.line, column: site.column)
            guard !starts.contains(start), let length = linkLength(site, line: site.line, column: site.column) else { continue }
            claim(start: start, length: length)
            // An ordinary link may run over several lines: `[a\nb](…)`.
            if site.endLine > start.line {
                for line in (start.line + 1)..<site.endLine { claimed[line, default: ClaimedColumns()].insert(1...Int.max) }
                claimed[site.endLine, default: ClaimedColumns()].insert(1...max(site.endColumn, 1))
            }
            placed[index] = start
        }
        for index in sites.indices where placed[index] == nil {
            let previous = index > 0 ? placed[index - 1] : nil
            placed[index] = search(sites[index], after: previous)
        }
        return placed.map { $0 ?? MarkdownOutline.Position(line: 1, column: 1) }
    }

    /// The length in bytes of `site` if it starts at (line, column); nil if it does not.
    private func linkLength(_ site: LinkSite, line: Int, column: Int) -> Int? {
        guard let range = lines.content(line), column >= 1, column <= range.count else { return nil }
        let offset = range.lowerBound + column - 1
        let opensBracket = bytes[offset] == UInt8(ascii: "[")
            || (bytes[offset] == UInt8(ascii: "!") && offset + 1 < range.upperBound && bytes[offset + 1] == UInt8(ascii: "["))
        if opensBracket, !site.looksLikeAutolink || closesAtReportedEnd(site) {
            // To the reported end, or to the end of the line when the link goes on below.
            let end = site.endLine == line && site.endColumn >= column ? min(site.endColumn, range.count) : range.count
            return end - column + 1
        }
        return site.looksLikeAutolink ? firstMatch(keys(site), at: offset, in: range) : nil
    }

    /// `[https://x.org](https://x.org)` looks like an autolink; cmark's end shows it is not.
    private func closesAtReportedEnd(_ site: LinkSite) -> Bool {
        guard let range = lines.content(site.endLine), site.endColumn >= 1, site.endColumn <= range.count else { return false }
        let last = bytes[range.lowerBound + site.endColumn - 1]
        return last == UInt8(ascii: ")") || last == UInt8(ascii: "]")
    }

    /// The source spellings to look for: the destination and the link text (`www.x.org`,
    /// `ai@example.org`). Entities are decoded in cmark's strings but not in the source, so
    /// only the part before the first `&` must match.
    private func keys(_ site: LinkSite) -> [Key] {
        var spellings = [site.destination]
        if let text = site.text, !text.isEmpty, text != site.destination { spellings.append(text) }
        return spellings.compactMap { spelling in
            let utf8 = Array(spelling.utf8)
            let prefix = Array(utf8.prefix { $0 != UInt8(ascii: "&") })
            return prefix.isEmpty ? nil : Key(bytes: prefix, isComplete: prefix.count == utf8.count)
        }
    }

    private struct Key {
        var bytes: [UInt8]
        var isComplete: Bool
    }

    /// Length of `<key>` or of a bare `key` starting at `offset`, or nil.
    private func match(_ key: Key, at offset: Int, in range: Range<Int>) -> Int? {
        if bytes[offset] == UInt8(ascii: "<"), matches(key.bytes, at: offset + 1, before: range.upperBound) {
            guard key.isComplete else { return key.bytes.count + 1 }
            let close = offset + 1 + key.bytes.count
            if close < range.upperBound, bytes[close] == UInt8(ascii: ">") { return key.bytes.count + 2 }
        }
        guard matches(key.bytes, at: offset, before: range.upperBound) else { return nil }
        // A bare URL is not glued to a word before it (nor inside a code span's backticks),
        // and the whole of it was linked.
        if offset > range.lowerBound, Self.isWordByte(bytes[offset - 1]) || bytes[offset - 1] == UInt8(ascii: "`") { return nil }
        let after = offset + key.bytes.count
        if key.isComplete, after < range.upperBound, Self.isWordByte(bytes[after]) || bytes[after] == UInt8(ascii: "/") { return nil }
        return key.bytes.count
    }

    private func matches(_ key: [UInt8], at offset: Int, before end: Int) -> Bool {
        guard offset + key.count <= end else { return false }
        for (index, byte) in key.enumerated() where bytes[offset + index] != byte { return false }
        return true
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// Looks for the link on its reported line, then on the other lines of its block, starting
    /// from the link before it (cmark lists links in document order) and wrapping around.
    private mutating func search(_ site: LinkSite, after previous: MarkdownOutline.Position?) -> MarkdownOutline.Position {
        let all = 1...max(lines.count, 1)
        let block = site.blockLines.flatMap { $0.clamped(to: all) } ?? (all.contains(site.line) ? site.line...site.line : nil)
        let reported = all.contains(site.line) ? site.line : nil
        guard let block else { return MarkdownOutline.Position(line: reported ?? 1, column: 1) }
        let anchor = reported ?? previous.map(\.line).flatMap { block.contains($0) ? $0 : nil } ?? block.lowerBound
        let fromColumn = previous.flatMap { $0.line == anchor ? $0.column : nil } ?? 1
        let keys = keys(site)
        if let found = scan(keys, line: anchor, from: fromColumn, through: Int.max) { return found }
        if fromColumn > 1, let found = scan(keys, line: anchor, from: 1, through: fromColumn - 1) { return found }
        if reported == nil {
            // No line from cmark: the link follows the one before it, so look below first.
            for line in stride(from: anchor + 1, through: block.upperBound, by: 1) {
                if let found = scan(keys, line: line, from: 1, through: Int.max) { return found }
            }
            for line in stride(from: block.lowerBound, to: anchor, by: 1) {
                if let found = scan(keys, line: line, from: 1, through: Int.max) { return found }
            }
        } else {
            for line in block where line != anchor {
                if let found = scan(keys, line: line, from: 1, through: Int.max) { return found }
            }
        }
        // Not found (escapes, entities): the start of the line rather than a column past its end.
        return MarkdownOutline.Position(line: reported ?? block.lowerBound, column: 1)
    }

    /// The first unclaimed start of the link in columns `from...through` of `line`, claimed.
    private mutating func scan(_ keys: [Key], line: Int, from: Int, through: Int) -> MarkdownOutline.Position? {
        guard let range = lines.content(line), from <= range.count, scanBudget > 0 else { return nil }
        for column in from...min(through, range.count) {
            scanBudget -= 1
            if scanBudget < 0 { return nil }
            let offset = range.lowerBound + column - 1
            guard bytes[offset] == UInt8(ascii: "<") || keys.contains(where: { $0.bytes.first == bytes[offset] }) else { continue }
            guard let length = firstMatch(keys, at: offset, in: range), !(claimed[line]?.contains(column) ?? false) else { continue }
            let start = MarkdownOutline.Position(line: line, column: column)
            claim(start: start, length: length)
            return start
        }
        return nil
    }

    private func firstMatch(_ keys: [Key], at offset: Int, in range: Range<Int>) -> Int? {
        for key in keys {
            if let length = match(key, at: offset, in: range) { return length }
        }
        return nil
    }

    private mutating func claim(start: MarkdownOutline.Position, length: Int) {
        starts.insert(start)
        claimed[start.line, default: ClaimedColumns()].insert(start.column...(start.column + max(length, 1) - 1))
    }
}

/// Columns of one line taken by links, as sorted disjoint ranges: a line may hold thousands.
struct ClaimedColumns {
    private var ranges: [ClosedRange<Int>] = []

    /// Index of the first range whose upper bound is at least `column`.
    private func firstIndex(reaching column: Int) -> Int {
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound < column { low = middle + 1 } else { high = middle }
        }
        return low
    }

    func contains(_ column: Int) -> Bool {
        let index = firstIndex(reaching: column)
        return index < ranges.count && ranges[index].lowerBound <= column
    }

    mutating func insert(_ range: ClosedRange<Int>) {
        var merged = range
        let start = firstIndex(reaching: range.lowerBound)
        var end = start
        while end < ranges.count, ranges[end].lowerBound <= merged.upperBound {
            merged = min(merged.lowerBound, ranges[end].lowerBound)...max(merged.upperBound, ranges[end].upperBound)
            end += 1
        }
        ranges.replaceSubrange(start..<end, with: [merged])
    }
}

/// Line starts of a text, with line ends as cmark counts them (LF, CR LF, CR).
struct SourceLines {
    private var ranges: [Range<Int>] = []

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                ranges.append(start..<index)
                index += byte == UInt8(ascii: "\r") && index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "\n") ? 2 : 1
                start = index
            } else {
                index += 1
            }
        }
        if start < bytes.count || ranges.isEmpty { ranges.append(start..<bytes.count) }
    }

    var count: Int { ranges.count }

    /// Byte offsets of a 1-based line's content, without its line end.
    func content(_ line: Int) -> Range<Int>? {
        line >= 1 && line <= ranges.count ? ranges[line - 1] : nil
    }
}
