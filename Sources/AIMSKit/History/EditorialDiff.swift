/// What a change did to a document: whether its front matter stayed byte for byte the same,
/// and how many body lines it changed (removed plus added, compared as multisets, which is
/// exact for the typo fixes and rewordings editorial changes are).
struct EditorialDiff {
    var isBodyOnly: Bool
    var linesChanged: Int

    init?(old: [UInt8], new: [UInt8]) {
        guard case let .success(oldText) = SourceText.decode(old), case let .success(newText) = SourceText.decode(new),
              case let .success(before) = FrontMatterSplitter.split(oldText),
              case let .success(after) = FrontMatterSplitter.split(newText) else { return nil }
        isBodyOnly = before.yaml == after.yaml
        var counts: [Substring: Int] = [:]
        for line in before.body.split(separator: "\n", omittingEmptySubsequences: false) { counts[line, default: 0] += 1 }
        var added = 0
        for line in after.body.split(separator: "\n", omittingEmptySubsequences: false) {
            if let count = counts[line], count > 0 { counts[line] = count - 1 } else { added += 1 }
        }
        linesChanged = added + counts.values.reduce(0, +)
    }
}
