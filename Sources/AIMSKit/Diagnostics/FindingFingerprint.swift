/// A finding's identity across commits: the rule, the file and the message, never the line,
/// so an edit above a finding does not make it a new one. Two findings alike in all three
/// are told apart by their order in the file. SARIF's `partialFingerprints` and the
/// comparison of a base with a head (`aims check --base`) both use it.
public enum FindingFingerprint {
    /// One fingerprint per diagnostic, in the order given. `path` maps a location's path
    /// before it is hashed: the base's findings are keyed by the head's names of renamed files.
    public static func fingerprints(_ diagnostics: [Diagnostic], path: (String) -> String = { $0 }) -> [String] {
        var seen: [String: Int] = [:]
        return diagnostics.map { diagnostic in
            let subject = diagnostic.identity ?? Self.normalized(diagnostic.summary)
            let key = [diagnostic.ruleID, diagnostic.location.map { path($0.path) } ?? "", subject].joined(separator: "\u{0}")
            let occurrence = seen[key, default: 0]
            seen[key] = occurrence + 1
            return String(Digest.sha256(Array((key + "\u{0}" + String(occurrence)).utf8)).prefix(32))
        }
    }

    /// The message without what changes with every commit: where it was read ("in commit
    /// 1a2b3c4", "in the working tree", "in the index") and commit ids.
    static func normalized(_ summary: String) -> String {
        guard summary.contains(where: \.isHexDigit) || summary.contains(" the working tree") || summary.contains(" the index") || summary.contains(" the files read") else { return summary }
        return summary
            .replacing(/\ in (commit [0-9a-f]{7,64}|the working tree|the index|staged changes|the files read)\b/, with: " in the source read")
            .replacing(/\b[0-9a-f]{7,64}\b/, with: "#")
    }
}
