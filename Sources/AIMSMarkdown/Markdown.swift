import CCmarkGFM
import Foundation

/// The only door to cmark-gfm. Parses GitHub Flavored Markdown into a `MarkdownOutline`
/// and renders it to HTML in safe mode: raw HTML is omitted and `javascript:`-style
/// URLs are emptied by cmark itself.
public enum Markdown {
    /// cmark-gfm changes a process-global table while an extension-enabled parser finishes,
    /// so parsing must be serialized (rendering an already parsed tree need not be).
    private static let parseLock = NSLock()

    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    static let parseOptions = CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES
    // Without GITHUB_PRE_LANG a fence's info string becomes `<code class="language-x">`:
    // `<pre lang="x">` would claim x is a human language.
    static let renderOptions = CMARK_OPT_FOOTNOTES

    /// Parses `text` and collects its links, headings, tables and raw HTML, and with
    /// `paragraphs` the plain text of every paragraph. Lines are counted from `firstLine`, so
    /// a body that follows front matter reports file lines.
    public static func outline(of text: String, firstLine: Int = 1, paragraphs: Bool = false) -> MarkdownOutline {
        withDocument(text) { root, _ in
            OutlineCollector(text: text, lineOffset: firstLine - 1, collectsParagraphs: paragraphs).collect(root)
        }
    }

    /// Renders `text` to an HTML fragment. `rewriteLink` receives every link and image
    /// destination and returns the one to emit (empty to drop it).
    public static func renderHTML(_ text: String, rewriteLink: (String) -> String) -> String {
        withDocument(text) { root, extensions in
            rewriteDestinations(root, rewriteLink)
            guard let html = cmark_render_html(root, renderOptions, extensions) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    private static func withDocument<T>(_ text: String, _ body: (OpaquePointer, UnsafeMutablePointer<cmark_llist>?) -> T) -> T {
        _ = registered
        let parser = cmark_parser_new(parseOptions)!
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        parseLock.lock()
        var utf8 = text
        utf8.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        }
        let root = cmark_parser_finish(parser)!
        parseLock.unlock()
        defer { cmark_node_free(root) }
        // Without the parser's extension list cmark_render_html silently skips tagfilter.
        return body(root, cmark_parser_get_syntax_extensions(parser))
    }

    private static func rewriteDestinations(_ root: OpaquePointer, _ rewrite: (String) -> String) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            guard type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE else { continue }
            let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
            _ = cmark_node_set_url(node, rewrite(url))
        }
    }
}
