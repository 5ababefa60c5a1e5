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
    /// line that is not blank.
    private static func commentWaivers(_ document: Document) -> [Waiver] {
        guard document.body.contains("aims-waive") else { return [] }
        let lines = document.body.split(separator: "\n", omittingEmptySubsequences: false)
        var found: [Waiver] = []
        for (offset, line) in lines.enumerated() {
            guard let open = line.range(of: "<!--"), line[open.upperBound...].trimmingCharacters(in: .whitespaces).hasPrefix("aims-waive") else { continue }
            let afterKeyword = line[open.upperBound...].drop { $0 == " " || $0 == "\t" }.dropFirst("aims-waive".count)
            let close = afterKeyword.range(of: "-->")
            let inside = close.map { afterKeyword[..<$0.lowerBound] } ?? afterKeyword
            let parts = inside.split(separator: ":", maxSplits: 1)
            let rule = parts.first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            let reason = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : nil
            let outside = line[..<open.lowerBound] + (close.map { afterKeyword[$0.upperBound...] } ?? "")
            var target = offset
            if outside.trimmingCharacters(in: .whitespaces).isEmpty {
                target = (offset + 1..<lines.count).first { !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty } ?? offset
            }
            let fileLine = document.bodyFirstLine + offset
            found.append(Waiver(
                ruleID: rule.uppercased(), reason: reason?.isEmpty == true ? nil : reason, match: nil,
                scope: .line(document.bodyFirstLine + target), path: document.path, line: fileLine,
                column: line.utf8.distance(from: line.startIndex, to: open.lowerBound) + 1,
                marker: String(line[open.lowerBound...])
            ))
        }
        return found
    }
}
