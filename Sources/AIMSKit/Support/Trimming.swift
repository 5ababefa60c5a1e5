extension StringProtocol {
    /// The text without leading and trailing white space and newlines. Foundation's
    /// `trimmingCharacters(in:)` bridges through NSString on Linux, which costs more than
    /// parsing the front matter it is used on.
    var trimmed: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[first...last])
        return String(result)
    }
}
