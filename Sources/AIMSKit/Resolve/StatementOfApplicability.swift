import AIMSMarkdown

/// The SoA as the `type: soa` document writes it: a GFM table in its body (columns found by
/// meaning, whatever the team calls them), and/or its front matter, where `controls:` lists the
/// included controls and `excluded:` the exclusions with their justifications. When both are
/// written they are cross-checked; the entries are the merged reading, one decision per row.
public struct StatementOfApplicability: Sendable {
    public enum ImplementationStatus: String, Sendable, CaseIterable {
        case implemented, partial, planned
    }

    /// Where a control's applicability or justification was read.
    public enum Origin: Sendable, Hashable {
        case table
        case frontMatter
    }

    public struct Entry: Sendable, Hashable {
        /// The control id: the first word of the Control cell.
        public var controlID: String
        public var applicable: Bool?
        public var applicableText: String
        public var status: ImplementationStatus?
        public var statusText: String
        /// What follows the status word: "400-day retention since December 2024".
        public var statusNote: String
        /// The justification an auditor reads: the cell, or what a pointer such as "see
        /// below" leads to (the front matter's `excluded:` item, or the body text naming the control).
        public var justification: String
        /// The justification as written in the row, when it was a pointer that was followed.
        public var writtenJustification: String
        /// Where `justification` was read, when it is not the row's own cell.
        public var justificationLocation: SourceLocation?
        /// A pointer ("see below") that leads to no text naming the control.
        public var isUnresolvedPointer: Bool
        public var origin: Origin
        /// Whether the reading has a justification to offer at all (a Justification column, or
        /// an `excluded:` item); the included list of the front matter has none.
        public var hasJustificationField: Bool
        /// Whether the reading has an implementation status at all (a Status column).
        public var hasStatusField: Bool
        public var location: SourceLocation
        /// Where each named column's cell is, for precise diagnostics: its first character,
        /// or just after its opening `|` when it is empty. Absent when the row has no such cell.
        public var cellLocations: [String: SourceLocation]

        /// Where the cell of `column` is, or the row when the row has no such cell.
        public func location(of column: String) -> SourceLocation {
            cellLocations[column] ?? location
        }

        /// True when the justification says something: blank cells, placeholders such as
        /// `—`, `n/a` or `TBD`, and pointers that lead nowhere justify nothing.
        public var isJustified: Bool {
            !isUnresolvedPointer && !StatementOfApplicability.isPlaceholder(justification)
        }
    }

    /// A control the table and the front matter (or the front matter's two lists) disagree on.
    public struct Contradiction: Sendable, Hashable {
        public var controlID: String
        /// Where it is included, and where it is excluded.
        public var included: SourceLocation
        public var excluded: SourceLocation
    }

    public var documentPath: String
    /// The table, or nil when the document has no table with Control and Applicable columns.
    public var tableLocation: SourceLocation?
    public var entries: [Entry]
    /// Columns the table lacks, of those aims needs; empty when there is no table.
    public var missingColumns: [String]
    /// Whether the front matter states applicability (`controls:` or `excluded:`).
    public var hasFrontMatterLists: Bool
    public var contradictions: [Contradiction]

    /// The columns aims needs, and the optional ones it shows.
    public static let columns = ["control", "applicable", "status", "justification"]
    public static let optionalColumns = ["title", "owner", "implemented-by", "risks"]

    /// Header names by meaning, compared without case, spacing or a trailing "(…)", "?" or ":".
    static let columnNames: [String: [String]] = [
        "control": ["control", "ref", "reference", "control id", "control ref", "control reference", "annex a control", "control no", "control number"],
        "applicable": ["applicable", "applies", "applicability", "included", "in scope", "include", "inclusion", "selected"],
        "justification": ["justification", "reason", "rationale", "justification for inclusion/exclusion", "justification for inclusion or exclusion",
                          "justification for inclusion", "justification for exclusion", "reason for exclusion", "reason for inclusion/exclusion",
                          "reason for inclusion or exclusion", "reasons", "justification / reason"],
        "status": ["status", "implementation status", "implementation", "implemented", "state"],
        "title": ["title", "control title", "name", "control name"],
        "owner": ["owner", "control owner", "responsible", "responsibility"],
        "implemented-by": ["implemented by", "implementing documents", "documents", "reference documents", "where implemented", "implementation reference"],
        "risks": ["risks", "risk", "related risks", "risk ids", "risk references"],
    ]

    public init(document: Document, columns configured: [String: String] = [:]) {
        documentPath = document.path
        entries = []
        missingColumns = []
        contradictions = []
        let fields = document.fields
        hasFrontMatterLists = !fields.controls.isEmpty || !fields.excluded.isEmpty
        let meanings = Self.meanings(configured)
        // A lead may split the SoA into one table per control group: the first table with
        // control and applicability columns is read, and so is every later one that names an
        // Annex A control. A later table of only the organization's own controls is theirs.
        let candidates = document.outline.tables.filter { table in
            let header = table.header.map { meanings($0) }
            return header.contains("control") && header.contains("applicable")
        }
        let tables = candidates.enumerated().filter { offset, table in
            offset == 0 || Self.namesAnnexAControl(table, meanings: meanings)
        }.map(\.element)
        var tableEntries: [Entry] = []
        if let first = tables.first {
            tableLocation = document.location(line: first.position.line, column: first.position.column)
            let lines = TableLines(document)
            var missing = Set<String>()
            for table in tables {
                let header = table.header.map { meanings($0) }
                let index = Dictionary(header.enumerated().compactMap { offset, name in name.map { ($0, offset) } }, uniquingKeysWith: { first, _ in first })
                missing.formUnion(Self.columns.filter { index[$0] == nil })
                for row in table.rows {
                    tableEntries.append(Self.entry(row, index: index, lines: lines, document: document))
                }
            }
            missingColumns = Self.columns.filter(missing.contains)
        } else {
            tableLocation = nil
            missingColumns = hasFrontMatterLists ? [] : Self.columns
        }
        entries = merge(tableEntries, with: fields, in: document)
        entries = entries.map { Self.followingPointer($0, in: document) }
    }

    /// The meaning of a header cell, or nil when aims does not read that column.
    private static func meanings(_ configured: [String: String]) -> (String) -> String? {
        var byName: [String: String] = [:]
        for (meaning, names) in columnNames {
            for name in names { byName[name] = meaning }
        }
        // A configured name wins over the usual one it may collide with.
        for (meaning, header) in configured { byName[normalizedHeader(header)] = meaning }
        return { byName[normalizedHeader($0)] }
    }

    static func normalizedHeader(_ header: String) -> String {
        var text = header.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if let open = text.firstIndex(of: "("), text.hasSuffix(")"), open != text.startIndex {
            text = String(text[..<open]).trimmingCharacters(in: .whitespaces)
        }
        while let last = text.last, "?:*".contains(last) { text.removeLast() }
        return text.trimmingCharacters(in: .whitespaces)
    }

    private static func namesAnnexAControl(_ table: MarkdownOutline.Table, meanings: (String) -> String?) -> Bool {
        let column = table.header.firstIndex { meanings($0) == "control" } ?? 0
        return table.rows.contains { row in
            column < row.cells.count && controlID(in: row.cells[column].text).uppercased().hasPrefix("A.")
        }
    }

    /// The table's rows, with what the front matter says where the row is silent, then the
    /// controls only the front matter names; disagreements become contradictions.
    private mutating func merge(_ rows: [Entry], with fields: DocumentFields, in document: Document) -> [Entry] {
        var included: [String: SourceLocation] = [:]
        for control in fields.controls where included[control.value] == nil {
            included[control.value] = document.location(line: control.line, column: control.column)
        }
        var excluded: [String: ControlExclusion] = [:]
        for exclusion in fields.excluded where excluded[exclusion.control.value] == nil {
            excluded[exclusion.control.value] = exclusion
        }
        let at = { (located: Located<String>) in document.location(line: located.line, column: located.column) }
        for (id, place) in included.sorted(by: { $0.key < $1.key }) {
            if let exclusion = excluded[id] {
                contradictions.append(Contradiction(controlID: id, included: place, excluded: at(exclusion.control)))
            }
        }
        var seen = Set<String>()
        var merged: [Entry] = rows.map { row in
            var entry = row
            seen.insert(row.controlID)
            let frontMatter: Bool? = excluded[row.controlID] != nil ? false : included[row.controlID] != nil ? true : nil
            if let frontMatter, let table = row.applicable, frontMatter != table, included[row.controlID] == nil || excluded[row.controlID] == nil {
                let place = frontMatter ? included[row.controlID]! : at(excluded[row.controlID]!.control)
                contradictions.append(Contradiction(
                    controlID: row.controlID,
                    included: table ? row.location(of: "applicable") : place,
                    excluded: table ? place : row.location(of: "applicable")
                ))
            }
            if entry.applicable == nil, let frontMatter { entry.applicable = frontMatter }
            if let given = excluded[row.controlID]?.justification, !Self.isPlaceholder(given.value), !Self.isPointer(given.value),
               !entry.isJustified || Self.isPointer(entry.justification) || entry.justification.isEmpty {
                entry.writtenJustification = entry.justification
                entry.justification = given.value
                entry.justificationLocation = at(given)
                entry.hasJustificationField = true
            }
            return entry
        }
        let listed = fields.controls.filter { included[$0.value] != nil } .map { ($0, true) }
            + fields.excluded.map { ($0.control, false) }
        for (control, applicable) in listed where seen.insert(control.value).inserted {
            let justification = applicable ? nil : excluded[control.value]?.justification
            let place = at(control)
            merged.append(Entry(
                controlID: control.value, applicable: applicable, applicableText: applicable ? "controls:" : "excluded:",
                status: nil, statusText: "", statusNote: "",
                justification: justification?.value ?? "", writtenJustification: justification?.value ?? "",
                justificationLocation: justification.map(at), isUnresolvedPointer: false,
                origin: .frontMatter, hasJustificationField: !applicable, hasStatusField: false,
                location: place, cellLocations: ["control": place, "applicable": place, "justification": justification.map(at) ?? place]
            ))
        }
        return merged
    }

    private static func entry(_ row: MarkdownOutline.Table.Row, index: [String: Int], lines: TableLines, document: Document) -> Entry {
        func cell(_ column: String) -> MarkdownOutline.Table.Cell? {
            // cmark-gfm pads a short row with cells at column 0, which are not written.
            guard let at = index[column], at < row.cells.count, row.cells[at].position.column > 0 else { return nil }
            return row.cells[at]
        }
        var locations: [String: SourceLocation] = [:]
        for column in columns + optionalColumns {
            if let found = cell(column) {
                let at = lines.contentColumn(line: found.position.line, cellColumn: found.position.column)
                locations[column] = document.location(line: found.position.line, column: at)
            }
        }
        let controlText = cell("control")?.text ?? ""
        let applicableText = cell("applicable")?.text ?? ""
        let statusText = cell("status")?.text ?? ""
        let (status, note) = implementationStatus(statusText)
        let justification = cell("justification")?.text ?? ""
        return Entry(
            controlID: controlID(in: controlText),
            applicable: applicability(applicableText),
            applicableText: applicableText,
            status: status,
            statusText: statusText,
            statusNote: note,
            justification: justification,
            writtenJustification: justification,
            justificationLocation: nil,
            isUnresolvedPointer: false,
            origin: .table,
            hasJustificationField: index["justification"] != nil,
            hasStatusField: index["status"] != nil,
            location: document.location(line: row.position.line, column: row.position.column),
            cellLocations: locations
        )
    }

    /// The first word of the Control cell, without punctuation that may follow it (`A.2.2:`).
    static func controlID(in text: String) -> String {
        let word = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
        return String(word.reversed().drop(while: { ":,;".contains($0) }).reversed())
    }

    static func applicability(_ text: String) -> Bool? {
        let words = text.lowercased().trimmingCharacters(in: .whitespaces)
        for (phrase, value) in [("not applicable", false), ("not included", false), ("out of scope", false), ("in scope", true)] where words.hasPrefix(phrase) {
            return value
        }
        let first = words.split(whereSeparator: { !$0.isLetter && !"✓✔✗✘".contains($0) }).first.map(String.init) ?? ""
        switch first {
        case "yes", "true", "included", "applicable", "y", "applies", "✓", "✔": return true
        case "no", "false", "excluded", "n", "✗", "✘": return false
        default: return nil
        }
    }

    /// Leading words of a Status cell, longest first, and the status they mean; nil for the
    /// words an excluded control's status is written with.
    static let statusWords: [(String, ImplementationStatus?)] = [
        ("partially implemented", .partial), ("partly implemented", .partial), ("fully implemented", .implemented),
        ("not yet implemented", .planned), ("not applicable", nil), ("not started", .planned), ("in progress", .partial),
        ("implemented", .implemented), ("in place", .implemented), ("operational", .implemented), ("partial", .partial),
        ("partially", .partial), ("ongoing", .partial), ("planned", .planned), ("to do", .planned), ("todo", .planned),
        ("excluded", nil), ("n/a", nil), ("none", nil), ("na", nil),
    ]

    /// The status a cell states and the note after it: "Implemented; 400-day retention"
    /// is implemented, with the note "400-day retention".
    static func implementationStatus(_ text: String) -> (ImplementationStatus?, note: String) {
        let lowered = text.lowercased()
        for (phrase, status) in statusWords where lowered.hasPrefix(phrase) {
            let rest = text.dropFirst(phrase.count)
            // "implemented" must not match "implementedness": the phrase ends at a non-letter.
            if let next = rest.first, next.isLetter { continue }
            let note = rest.drop { " ;,:.-–—()".contains($0) }
            let trimmed = note.hasSuffix(")") && !note.contains("(") ? String(note.dropLast()) : String(note)
            return (status, trimmed.trimmingCharacters(in: .whitespaces))
        }
        return (nil, "")
    }

    /// Placeholders that mean "no status" in the Status column of an excluded control.
    static func isEmptyStatus(_ text: String) -> Bool {
        ["", "-", "—", "–", "n/a", "na", "none", "not applicable", "excluded"].contains(text.lowercased())
    }

    /// Text that stands in for a justification without giving one.
    static func isPlaceholder(_ text: String) -> Bool {
        let words = text.trimmingCharacters(in: .whitespaces).lowercased()
        return isEmptyStatus(words) || ["tbd", "tbc", "todo", "?", "..."].contains(words)
    }

    /// "See below", "see exclusions", "See section Exclusions below": a justification that
    /// points at text elsewhere in the document.
    static func isPointer(_ text: String) -> Bool {
        let words = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard words.hasPrefix("see ") || words.hasPrefix("refer to ") || words.hasPrefix("cf. ") else { return false }
        return ["below", "above", "exclusion", "section", "following", "note"].contains { words.contains($0) }
    }

    /// A pointer justification replaced by the body text that names the control: the first
    /// paragraph under a heading naming it, else the first paragraph naming it. A pointer
    /// that leads nowhere stays, and justifies nothing.
    private static func followingPointer(_ entry: Entry, in document: Document) -> Entry {
        guard isPointer(entry.justification), !entry.controlID.isEmpty else { return entry }
        var entry = entry
        let outline = document.outline
        var found: MarkdownOutline.Paragraph?
        if let heading = outline.headings.firstIndex(where: { mentions($0.text, entry.controlID) }) {
            let start = outline.headings[heading].position.line
            let end = outline.headings.dropFirst(heading + 1).first?.position.line ?? Int.max
            found = outline.paragraphs.first { $0.position.line > start && $0.position.line < end && !isPointer($0.text) }
        }
        if found == nil {
            found = outline.paragraphs.first { mentions($0.text, entry.controlID) && !isPointer($0.text) }
        }
        guard let paragraph = found else {
            entry.isUnresolvedPointer = true
            return entry
        }
        entry.writtenJustification = entry.justification
        entry.justification = paragraph.text
        entry.justificationLocation = document.location(line: paragraph.position.line, column: paragraph.position.column)
        return entry
    }

    /// Whether `text` names the control `id` as a whole id (A.2.2 is not named by A.2.20).
    static func mentions(_ text: String, _ id: String) -> Bool {
        var search = text[...]
        while let range = search.range(of: id) {
            let before = text[..<range.lowerBound].last
            let after = text[range.upperBound...].first
            let boundaryBefore = before.map { !$0.isLetter && !$0.isNumber && $0 != "." } ?? true
            let boundaryAfter = after.map { !$0.isNumber && !(($0 == ".") && text[range.upperBound...].dropFirst().first?.isNumber == true) } ?? true
            if boundaryBefore && boundaryAfter { return true }
            search = text[range.upperBound...]
        }
        return false
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
        entries.filter { $0.applicable == applicable && $0.hasJustificationField && !$0.isJustified && model.control($0.controlID) != nil }
    }
}
