import AIMSMarkdown

/// The SoA as read from the GFM table in the body of the `type: soa` document:
/// `| Control | Applicable | Status | Justification |`, one row per Annex A control.
/// The first table with Control and Applicable columns is the SoA; other tables (controls
/// of the organization's own, notes) are left alone.
public struct StatementOfApplicability: Sendable {
    public enum ImplementationStatus: String, Sendable, CaseIterable {
        case implemented, partial, planned
    }

    public struct Entry: Sendable, Hashable {
        /// The control id: the first word of the Control cell.
        public var controlID: String
        public var applicable: Bool?
        public var applicableText: String
        public var status: ImplementationStatus?
        public var statusText: String
        public var justification: String
        public var location: SourceLocation
        /// Where each named column's cell is, for precise diagnostics: its first character,
        /// or just after its opening `|` when it is empty. Absent when the row has no such cell.
        public var cellLocations: [String: SourceLocation]

        /// Where the cell of `column` is, or the row when the row has no such cell.
        public func location(of column: String) -> SourceLocation {
            cellLocations[column] ?? location
        }

        /// True when the justification says something: blank cells and placeholders such as
        /// `—`, `n/a` or `TBD` justify nothing.
        public var isJustified: Bool {
            !StatementOfApplicability.isPlaceholder(justification)
        }
    }

    public var documentPath: String
    /// The table, or nil when the document has no table with Control and Applicable columns.
    public var tableLocation: SourceLocation?
    public var entries: [Entry]
    /// Columns the table lacks, of those aims reads.
    public var missingColumns: [String]

    public static let columns = ["control", "applicable", "status", "justification"]

    public init(document: Document) {
        documentPath = document.path
        entries = []
        missingColumns = []
        // A lead may split the SoA into one table per control group: the first table with
        // Control and Applicable columns is read, and so is every later one that names an
        // Annex A control. A later table of only the organization's own controls is theirs.
        let candidates = document.outline.tables.filter { table in
            let header = table.header.map(Self.columnName)
            return header.contains("control") && header.contains("applicable")
        }
        let tables = candidates.enumerated().filter { offset, table in
            offset == 0 || Self.namesAnnexAControl(table)
        }.map(\.element)
        guard let first = tables.first else {
            tableLocation = nil
            missingColumns = Self.columns
            return
        }
        tableLocation = document.location(line: first.position.line, column: first.position.column)
        let lines = TableLines(document)
        var missing = Set<String>()
        for table in tables {
            let header = table.header.map(Self.columnName)
            let index = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
            missing.formUnion(Self.columns.filter { index[$0] == nil })
            for row in table.rows {
                entries.append(Self.entry(row, index: index, lines: lines, document: document))
            }
        }
        missingColumns = Self.columns.filter(missing.contains)
    }

    private static func namesAnnexAControl(_ table: MarkdownOutline.Table) -> Bool {
        let column = table.header.map(columnName).firstIndex(of: "control") ?? 0
        return table.rows.contains { row in
            column < row.cells.count && controlID(in: row.cells[column].text).uppercased().hasPrefix("A.")
        }
    }

    private static func entry(_ row: MarkdownOutline.Table.Row, index: [String: Int], lines: TableLines, document: Document) -> Entry {
        func cell(_ column: String) -> MarkdownOutline.Table.Cell? {
            // cmark-gfm pads a short row with cells at column 0, which are not written.
            guard let at = index[column], at < row.cells.count, row.cells[at].position.column > 0 else { return nil }
            return row.cells[at]
        }
        var locations: [String: SourceLocation] = [:]
        for column in columns {
            if let found = cell(column) {
                let at = lines.contentColumn(line: found.position.line, cellColumn: found.position.column)
                locations[column] = document.location(line: found.position.line, column: at)
            }
        }
        let controlText = cell("control")?.text ?? ""
        let applicableText = cell("applicable")?.text ?? ""
        let statusText = cell("status")?.text ?? ""
        return Entry(
            controlID: controlID(in: controlText),
            applicable: applicability(applicableText),
            applicableText: applicableText,
            status: ImplementationStatus(rawValue: statusText.lowercased()),
            statusText: statusText,
            justification: cell("justification")?.text ?? "",
            location: document.location(line: row.position.line, column: row.position.column),
            cellLocations: locations
        )
    }

    static func columnName(_ header: String) -> String {
        header.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The first word of the Control cell, without punctuation that may follow it (`A.2.2:`).
    static func controlID(in text: String) -> String {
        let word = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
        return String(word.reversed().drop(while: { ":,;".contains($0) }).reversed())
    }

    static func applicability(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "true", "included", "applicable", "y": return true
        case "no", "false", "excluded", "not applicable", "n": return false
        default: return nil
        }
    }

    /// Placeholders that mean "no status" in the Status column of an excluded control.
    static func isEmptyStatus(_ text: String) -> Bool {
        ["", "-", "—", "–", "n/a", "na", "none"].contains(text.lowercased())
    }

    /// Text that stands in for a justification without giving one.
    static func isPlaceholder(_ text: String) -> Bool {
        let words = text.trimmingCharacters(in: .whitespaces).lowercased()
        return isEmptyStatus(words) || ["tbd", "tbc", "todo", "?", "..."].contains(words)
    }
}

/// The body lines of a document, to move a table cell's position from the `|` cmark-gfm
/// reports to the cell's first character.
private struct TableLines {
    var lines: [Substring.UTF8View]
    var firstLine: Int

    init(_ document: Document) {
        lines = document.body.split(separator: "\n", omittingEmptySubsequences: false).map(\.utf8)
        firstLine = document.bodyFirstLine
    }

    /// The column of the first character of the cell cmark-gfm places at `cellColumn`, or
    /// the column just after the cell's opening `|` when the cell is blank.
    func contentColumn(line: Int, cellColumn: Int) -> Int {
        let lineIndex = line - firstLine
        guard lines.indices.contains(lineIndex) else { return cellColumn }
        let bytes = Array(lines[lineIndex])
        guard cellColumn >= 1, cellColumn <= bytes.count else { return cellColumn }
        var at = cellColumn - 1
        while at < bytes.count, bytes[at] == UInt8(ascii: " ") || bytes[at] == UInt8(ascii: "\t") { at += 1 }
        let isBlank = at == bytes.count || bytes[at] == UInt8(ascii: "|") || bytes[at] == UInt8(ascii: "\r")
        guard isBlank else { return at + 1 }
        // Blank cell: step back over the blanks to just after the `|` that opens it.
        var start = at
        while start > 0, bytes[start - 1] != UInt8(ascii: "|") { start -= 1 }
        return start > 0 ? start + 1 : cellColumn
    }
}

extension StatementOfApplicability {
    /// Rows of known controls with this applicability and no justification; empty when the
    /// table has no Justification column (AIMS015 reports that once).
    public func unjustifiedEntries(applicable: Bool, model: ClauseModel) -> [Entry] {
        guard !missingColumns.contains("justification") else { return [] }
        return entries.filter { $0.applicable == applicable && !$0.isJustified && model.control($0.controlID) != nil }
    }
}
