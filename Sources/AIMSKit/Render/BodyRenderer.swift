import AIMSMarkdown
import Foundation

/// Renders a document's Markdown body for its page in the pack. The pack is opened by an
/// auditor, so nothing from a document may run, fetch or point outside the pack: cmark
/// renders in safe mode (raw HTML omitted), and every link and image goes through
/// `rewrite(_:isImage:from:)`, which emits the decision the resolved model made for it.
struct BodyRenderer {
    var links: ResolvedLinks
    var pages: DocumentPages { links.pages }

    func render(_ document: Document) -> String {
        // The outline was parsed from this same body, so it lists links in the order cmark
        // hands them to the rewrite closure: that is how images are told from links. Were
        // the two ever to disagree, a surplus destination counts as an image (dropped), and
        // the CSP still forbids loading remote images.
        let outline = document.outline
        let resolved = links.byDocument[document.path] ?? []
        var position = 0
        var svgImages: [String: String] = [:]
        let html = Markdown.renderHTML(document.body) { destination in
            defer { position += 1 }
            let decision = position < resolved.count && resolved[position].link.destination == destination
                ? resolved[position].decision
                : links.decision(destination: destination, isImage: true, from: document.path)
            return emit(decision, destination: destination, svgImages: &svgImages)
        }
        let withImages = svgImages.isEmpty ? html : Self.insertSVGImages(html, svgImages)
        return Self.wrapTables(Self.labelTaskItems(Self.markRemoved(Self.addHeadingIDs(withImages, headings: outline.headings))))
    }

    /// cmark's safe mode empties `data:image/svg+xml` URLs (it cannot know the SVG is shown only
    /// as an image), so SVG images are written as a placeholder and put in here. A document
    /// cannot write the placeholder itself: an image whose destination is an anchor is dropped,
    /// and text is escaped, so `src="#aims-svg-` comes only from `emit`.
    static func insertSVGImages(_ html: String, _ images: [String: String]) -> String {
        var result = html
        for (placeholder, url) in images.sorted(by: { $0.key < $1.key }) {
            result = result.replacingOccurrences(of: "src=\"\(placeholder)\"", with: "src=\"\(url)\"")
        }
        return result
    }

    /// A task list's checkboxes are read-only marks; without a name a screen reader announces
    /// an unlabelled form field. Raw HTML is omitted, so every input is cmark's own.
    static func labelTaskItems(_ html: String) -> String {
        guard html.contains("<input type=\"checkbox\"") else { return html }
        return html
            .replacingOccurrences(of: "<input type=\"checkbox\" checked=\"\" disabled=\"\" />", with: "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" />")
            .replacingOccurrences(of: "<input type=\"checkbox\" disabled=\"\" />", with: "<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" />")
    }

    /// A wide table scrolls inside its own box instead of widening the page.
    static func wrapTables(_ html: String) -> String {
        guard html.contains("<table>") else { return html }
        return html
            .replacingOccurrences(of: "<table>", with: "<div class=\"table-scroll\" tabindex=\"0\"><table>")
            .replacingOccurrences(of: "</table>", with: "</table></div>")
    }

    private func emit(_ link: PackLink, destination: String, svgImages: inout [String: String]) -> String {
        switch link {
        case .asWritten:
            return destination
        case let .documentPage(path, anchor):
            guard let fileName = pages.fileNames[path] else { return "" }
            // Bodies render only on pages in documents/, next to every other document page.
            guard let anchor else { return fileName }
            return fileName + "#" + (anchor.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed) ?? "")
        case let .carriedFile(path):
            guard let packPath = links.files[path]?.packPath else { return "" }
            return "../" + packPath
        case let .inlineImage(path):
            guard let file = links.files[path], let url = links.files.dataURL(of: file) else { return "" }
            guard file.format == .image(mediaType: "image/svg+xml") else { return url }
            let placeholder = "#aims-svg-\(file.sha256)"
            svgImages[placeholder] = url
            return placeholder
        case .dropped:
            return ""
        }
    }

    /// No spaces or control characters, which browsers strip or ignore in ways that can
    /// turn a harmless-looking destination into another one.
    static func isPlain(_ destination: String) -> Bool {
        PackLink.isPlain(destination)
    }

    /// Gives each heading the GitHub anchor its text has, so `#anchor` links land. cmark
    /// writes a heading's open tag as exactly `<hN>` and escapes `<` in all text, and raw
    /// HTML is omitted, so these tags are the headings, in outline order. If the count or
    /// levels disagree for any reason, no ids are added rather than wrong ones.
    static func addHeadingIDs(_ html: String, headings: [MarkdownOutline.Heading]) -> String {
        let tags = headingTags(in: html)
        guard tags.count == headings.count,
              zip(tags, headings).allSatisfy({ $0.level == $1.level }) else { return html }
        let slugs = HeadingSlug.slugs(for: headings.map(\.text))
        var result = ""
        result.reserveCapacity(html.utf8.count + 32 * tags.count)
        var cursor = html.startIndex
        for (tag, slug) in zip(tags, slugs) {
            result += html[cursor..<tag.range.lowerBound]
            // A heading of only punctuation has an empty slug: no id rather than id="".
            result += slug.isEmpty ? "<h\(tag.level)>" : "<h\(tag.level) id=\"\(HTML.escape(slug))\">"
            cursor = tag.range.upperBound
        }
        result += html[cursor...]
        return result
    }

    /// Every `<hN>` open tag, found by a byte scan (a regex here cost more than cmark).
    static func headingTags(in html: String) -> [(range: Range<String.Index>, level: Int)] {
        let utf8 = html.utf8
        var tags: [(range: Range<String.Index>, level: Int)] = []
        var index = utf8.startIndex
        while let open = utf8[index...].firstIndex(of: UInt8(ascii: "<")) {
            let h = utf8.index(after: open)
            guard h < utf8.endIndex, utf8[h] == UInt8(ascii: "h") else { index = h; continue }
            let digit = utf8.index(after: h)
            guard digit < utf8.endIndex, (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(utf8[digit]) else { index = digit; continue }
            let close = utf8.index(after: digit)
            guard close < utf8.endIndex, utf8[close] == UInt8(ascii: ">") else { index = close; continue }
            tags.append((open..<utf8.index(after: close), Int(utf8[digit] - UInt8(ascii: "0"))))
            index = utf8.index(after: close)
        }
        return tags
    }

    /// Shows a dropped link as plain text and a dropped image as its description, instead
    /// of an `href=""` that would reload the page.
    static func markRemoved(_ html: String) -> String {
        // Most bodies drop nothing; the regex is costly enough to skip then.
        guard html.contains("=\"\"") else { return html }
        return html
            .replacing(/<img src="" alt="([^"]*)"(?: title="[^"]*")? \/>/) { match in
                "<span class=\"image-removed\" title=\"Image not included in the audit pack\">[image: \(match.output.1)]</span>"
            }
            .replacing("<a href=\"\"", with: "<a class=\"link-removed\"")
    }
}

enum HTML {
    /// Escapes text for an element or a quoted attribute.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
