extension Unicode.Scalar {
    /// C0 and C1 controls and the line and paragraph separators: never sent to a terminal or
    /// into a Markdown report as they are, since they can recolour, forge or end a line.
    var isLineOrTerminalControl: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    }
}
