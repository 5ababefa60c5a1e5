/// What the compiler needs to know about a Markdown body, as plain values.
/// Lines and columns are 1-based and relative to the text that was parsed.
public struct MarkdownOutline: Sendable, Hashable {
    public var links: [Link] = []
    public var headings: [Heading] = []
    public var tables: [Table] = []
    /// Paragraphs as plain text, in document order, so a pointer such as "see below" can be
    /// followed to the text it means.
    public var paragraphs: [Paragraph] = []
    /// Where raw HTML appears; it never reaches the rendered page.
    public var rawHTML: [Position] = []

    public static let empty = MarkdownOutline()

    public struct Position: Sendable, Hashable {
        public let line: Int
        public let column: Int
        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    public struct Link: Sendable, Hashable {
        public let destination: String
        public let isImage: Bool
        public let position: Position
    }

    public struct Heading: Sendable, Hashable {
        public let level: Int
        public let text: String
        public let position: Position
    }

    public struct Paragraph: Sendable, Hashable {
        public let text: String
        public let position: Position
    }

    public struct Table: Sendable, Hashable {
        public let header: [String]
        public let rows: [Row]
        public let position: Position

        public struct Row: Sendable, Hashable {
            public let cells: [Cell]
            public let position: Position
        }

        public struct Cell: Sendable, Hashable {
            public let text: String
            public let position: Position
        }
    }
}
