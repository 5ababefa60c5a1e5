import Foundation
import CCmarkGFM

/// Walks a parsed cmark tree once and copies out what the compiler reads.
struct OutlineCollector {
    /// The text that was parsed: link positions are checked against it.
    var text: String
    var lineOffset = 0
    var collectsParagraphs = false

    func collect(_ root: OpaquePointer) -> MarkdownOutline {
        var outline = MarkdownOutline()
        var sites: [LinkSite] = []
        var images: [Bool] = []
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let position = self.position(node)
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                sites.append(Self.site(node))
                images.append(cmark_node_get_type(node) == CMARK_NODE_IMAGE)
            case CMARK_NODE_HEADING:
                outline.headings.append(.init(level: Int(cmark_node_get_heading_level(node)), text: Self.plainText(node), position: position))
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                outline.rawHTML.append(position)
            case CMARK_NODE_PARAGRAPH where collectsParagraphs:
                outline.paragraphs.append(.init(text: Self.plainText(node), position: position))
            default:
                if Self.typeName(node) == "table" {
                    outline.tables.append(table(node, position: position))
                }
            }
        }
        let positions = LinkPlacement.place(sites, in: text)
        outline.links = zip(sites, zip(images, positions)).map { site, link in
            .init(destination: site.destination, isImage: link.0, position: .init(line: link.1.line + lineOffset, column: link.1.column))
        }
        return outline
    }

    /// A link with the positions cmark gives it, which `LinkPlacement` checks.
    private static func site(_ node: OpaquePointer) -> LinkSite {
        let child = cmark_node_first_child(node)
        let text = child.flatMap { child in
            cmark_node_get_type(child) == CMARK_NODE_TEXT && cmark_node_next(child) == nil
                ? cmark_node_get_literal(child).map { String(cString: $0) } : nil
        }
        return LinkSite(
            destination: cmark_node_get_url(node).map { String(cString: $0) } ?? "",
            text: text,
            hasTitle: cmark_node_get_title(node).map { $0.pointee != 0 } ?? false,
            line: Int(cmark_node_get_start_line(node)),
            column: Int(cmark_node_get_start_column(node)),
            endLine: Int(cmark_node_get_end_line(node)),
            endColumn: Int(cmark_node_get_end_column(node)),
            blockLines: enclosingBlockLines(node)
        )
    }

    /// Lines of the nearest enclosing block: a paragraph, heading or table cell.
    private static func enclosingBlockLines(_ node: OpaquePointer) -> ClosedRange<Int>? {
        var current = cmark_node_parent(node)
        while let block = current {
            // Inline node types carry 0x4000 on top of the "present" bit 0x8000.
            if cmark_node_get_type(block).rawValue & 0xC000 == 0x8000 {
                let first = Int(cmark_node_get_start_line(block))
                let last = Int(cmark_node_get_end_line(block))
                return first >= 1 ? first...max(first, last) : nil
            }
            current = cmark_node_parent(block)
        }
        return nil
    }

    private func table(_ node: OpaquePointer, position: MarkdownOutline.Position) -> MarkdownOutline.Table {
        var header: [String] = []
        var rows: [MarkdownOutline.Table.Row] = []
        var row = cmark_node_first_child(node)
        while let current = row {
            var cells: [MarkdownOutline.Table.Cell] = []
            var cell = cmark_node_first_child(current)
            while let currentCell = cell {
                cells.append(.init(text: Self.plainText(currentCell), position: self.position(currentCell)))
                cell = cmark_node_next(currentCell)
            }
            if cmark_gfm_extensions_get_table_row_is_header(current) != 0 {
                header = cells.map(\.text)
            } else {
                rows.append(.init(cells: cells, position: self.position(current)))
            }
            row = cmark_node_next(current)
        }
        return .init(header: header, rows: rows, position: position)
    }

    func position(_ node: OpaquePointer) -> MarkdownOutline.Position {
        .init(line: Int(cmark_node_get_start_line(node)) + lineOffset, column: Int(cmark_node_get_start_column(node)))
    }

    static func typeName(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }

    /// The text a reader sees: literals of text and code spans, soft breaks as spaces.
    static func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += cmark_node_get_literal(child).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
