/// "Did you mean" suggestions for misspelt ids and field names.
enum Suggestion {
    /// The candidate closest to `text` by edit distance, if it is close enough to be a typo.
    static func closest(to text: String, among candidates: [String]) -> String? {
        // Generous enough for a typo, strict enough not to suggest a different id.
        let limit = max(1, text.count / 4)
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(Array(text.lowercased()), Array(candidate.lowercased()))
            if distance <= limit, distance < (best?.1 ?? .max) { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
