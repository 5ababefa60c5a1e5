import Foundation

/// Reads a document's waivers: the `aims-waive` list of its front matter and the
/// `<!-- aims-waive ID: reason -->` comments of its body. Shapes that are wrong still become
/// waivers (with what could be read), so the waiver rule can say what is wrong with them.
enum WaiverReader {
    static let key = "aims-waive"

    static func waivers(of document: Document) -> [Waiver] {
        frontMatterWaivers(document) + commentWaivers(document)
    }

    private static func frontMatterWaivers(_ document: Document) -> [Waiver] {
        guard let pair = document.frontMatter?.mapping?.first(where: { $0.key.scalar == key }) else { return [] }
        let items = pair.value.sequence ?? [pair.value]
        return items.map { item in
            let rule = item["rule"]?.trimmedScalar ?? item.trimmedScalar ?? ""
            return Waiver(
                ruleID: rule.uppercased(), reason: item["reason"]?.trimmedScalar, match: item["match"]?.trimmedScalar,
                scope: .document, path: document.path, line: item.line, column: item.column,
                // The reason's first line is text the file holds wherever the item is written.
                marker: String((item["reason"]?.trimmedScalar ?? rule).split(separator: "\n").first ?? "")
            )
        }
    }

    /// A comment waives findings on its own line when text shares the line, else on the next
    /// line that is not blank. Comments inside fenced code or a code span are text, not
    /// markers; the keyword is matched in any case, and a line may carry several.
    private static func commentWaivers(_ document: Document) -> [Waiver] {
        guard document.body.range(of: "aims-waive", options: .caseInsensitive) != nil else { return [] }
        let lines = document.body.split(separator: "\n", omittingEmptySubsequences: false)
        var found: [Waiver] = []
        var fence: Substring?
        for (offset, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix { $0 == trimmed.first }
                continue
            }
            var searchFrom = line.startIndex
            var markers: [(open: Substring.Index, rule: String, reason: String?, end: Substring.Index)] = []
            while let open = line[searchFrom...].range(of: "<!--") {
                let afterOpen = line[open.upperBound...].drop { $0 == " " || $0 == "\t" }
                let close = line[open.upperBound...].range(of: "-->")
                searchFrom = close?.upperBound ?? line.endIndex
                guard afterOpen.prefix("aims-waive".count).lowercased() == "aims-waive" else { continue }
                // Inside a code span (an odd number of backticks before it) it is shown, not meant.
                guard line[line.startIndex..<open.lowerBound].filter({ $0 == "`" }).count % 2 == 0 else { continue }
                let inside = line[afterOpen.index(afterOpen.startIndex, offsetBy: "aims-waive".count)..<(close?.lowerBound ?? line.endIndex)]
                let parts = inside.split(separator: ":", maxSplits: 1)
                let rule = parts.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                let reason = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
                markers.append((open.lowerBound, rule, reason?.isEmpty == true ? nil : reason, searchFrom))
            }
            guard !markers.isEmpty else { continue }
            var outside = ""
            var cursor = line.startIndex
            for marker in markers {
                outside += line[cursor..<marker.open]
                cursor = marker.end
            }
            outside += line[cursor...]
            var target = offset
            if outside.trimmingCharacters(in: .whitespaces).isEmpty {
                target = (offset + 1..<lines.count).first { !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty } ?? offset
            }
            for marker in markers {
                found.append(Waiver(
                    ruleID: marker.rule.uppercased(), reason: marker.reason, match: nil,
                    scope: .line(document.bodyFirstLine + target), path: document.path, line: document.bodyFirstLine + offset,
                    column: line.utf8.distance(from: line.startIndex, to: marker.open) + 1,
                    marker: String(line[marker.open..<marker.end])
                ))
            }
        }
        return found
    }
}
