import Foundation
import CCmarkGFM

/// Walks a parsed cmark tree once and copies out what the compiler reads.
struct OutlineCollector {
    var lineOffset = 0

    func collect(_ root: OpaquePointer) -> MarkdownOutline {
        var outline = MarkdownOutline()
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let position = self.position(node)
            switch cmark_node_get_type(node) {
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                outline.links.append(.init(destination: url, isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE, position: position))
            case CMARK_NODE_HEADING:
                outline.headings.append(.init(level: Int(cmark_node_get_heading_level(node)), text: Self.plainText(node), position: position))
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                outline.rawHTML.append(position)
            default:
                if Self.typeName(node) == "table" {
                    outline.tables.append(table(node, position: position))
                }
            }
        }
        return outline
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
