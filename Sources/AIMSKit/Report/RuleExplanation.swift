/// The text of `aims explain`: a rule's description and its examples, which are the same
/// examples its tests run.
public enum RuleExplanation {
    public static func text(for rule: any Rule, model: ClauseModel = .bundled) -> String {
        let description = type(of: rule).description
        let clause = description.clause == "aims"
            ? "aims configuration"
            : "ISO/IEC 42001 \(description.clause)" + (model.clause(description.clause).map { " \($0.title)" } ?? "")
        var text = """
        \(description.id) \(description.name): \(description.title)
        Enforces: \(clause)
        Default severity: \(description.severity.rawValue)

        \(description.explanation)

        """
        func examples(_ title: String, _ list: [RuleExample]) {
            guard !list.isEmpty else { return }
            text += "\n\(title)\n"
            for example in list {
                for (number, commit) in example.history.enumerated() {
                    if number == example.baseCommitCount { text += "\n  — the change, checked with --base against the commit above —\n" }
                    text += "\n  commit by \(commit.author) on \(commit.date): \(commit.message.split(separator: "\n").joined(separator: " / "))\n"
                    for path in commit.files.keys.sorted() {
                        text += "    \((commit.files[path] ?? nil) == nil ? "deletes" : "writes") \(path)\n"
                    }
                }
                for path in example.files.keys.sorted() {
                    text += "\n  \(path):\n"
                    let body = example.files[path] ?? ""
                    for line in body.split(separator: "\n", omittingEmptySubsequences: false).prefix(60) {
                        text += "    " + printable(line) + "\n"
                    }
                }
            }
        }
        examples("Triggers (↓ marks where it reports):", description.triggeringExamples)
        examples("Does not trigger:", description.nonTriggeringExamples)
        return text
    }

    /// One line per rule, for `aims explain` without an id.
    public static func list(_ rules: [any Rule] = RuleRegistry.all) -> String {
        rules.map { rule in
            let d = type(of: rule).description
            let severity = d.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)
            return "\(d.id)  \(severity)  \(d.name.padding(toLength: 32, withPad: " ", startingAt: 0))  \(d.title)"
        }.joined(separator: "\n") + "\n"
    }

    /// Control characters in examples (tabs, NUL, BOM) are shown, not emitted.
    private static func printable(_ line: Substring) -> String {
        line.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\t": return "→   "
            case "\u{FEFF}": return "<BOM>"
            case "\r": return "<CR>"
            case _ where scalar.value < 0x20: return "<0x\(String(scalar.value, radix: 16))>"
            default: return String(scalar)
            }
        }.joined()
    }
}

import Foundation
