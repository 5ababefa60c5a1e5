/// GitHub's anchor for a heading: lowercased, punctuation dropped, spaces to hyphens, and
/// `-1`, `-2`… for repeats, so links that work on GitHub work in aims and in the pack.
public enum HeadingSlug {
    public static func slugs(for headings: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return headings.map { heading in
            let base = slug(heading)
            let count = seen[base, default: 0]
            seen[base] = count + 1
            return count == 0 ? base : "\(base)-\(count)"
        }
    }

    public static func slug(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                result.append("-")
            } else if scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
