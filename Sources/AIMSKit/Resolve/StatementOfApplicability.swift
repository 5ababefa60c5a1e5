import AIMSMarkdown

/// The SoA as read from the GFM table in the body of the `type: soa` document:
/// `| Control | Applicable | Status | Justification |`, one row per Annex A control.
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
        /// Where each named column's cell is, for precise diagnostics.
        public var cellLocations: [String: SourceLocation]
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
        guard let table = document.outline.tables.first(where: { table in
            let header = table.header.map { $0.lowercased() }
            return header.contains("control") && header.contains("applicable")
        }) else {
            tableLocation = nil
            missingColumns = Self.columns
            return
        }
        tableLocation = document.location(line: table.position.line, column: table.position.column)
        let header = table.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let index = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        missingColumns = Self.columns.filter { index[$0] == nil }
        for row in table.rows {
            func cell(_ column: String) -> MarkdownOutline.Table.Cell? {
                guard let at = index[column], at < row.cells.count else { return nil }
                return row.cells[at]
            }
            var locations: [String: SourceLocation] = [:]
            for column in Self.columns {
                if let found = cell(column) {
                    locations[column] = document.location(line: found.position.line, column: found.position.column)
                }
            }
            let controlText = cell("control")?.text ?? ""
            let applicableText = cell("applicable")?.text ?? ""
            let statusText = cell("status")?.text ?? ""
            entries.append(Entry(
                controlID: controlText.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? "",
                applicable: Self.applicability(applicableText),
                applicableText: applicableText,
                status: ImplementationStatus(rawValue: statusText.lowercased()),
                statusText: statusText,
                justification: cell("justification")?.text ?? "",
                location: document.location(line: row.position.line, column: row.position.column),
                cellLocations: locations
            ))
        }
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
}
