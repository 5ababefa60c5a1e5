/// `--format junit`: JUnit XML for CI dashboards. One test suite per rule and in it one test
/// case per document (plus aims.yaml), so a dashboard shows which rule fails for which
/// document and keeps the history of each. A finding at or above the failing severity is a
/// `<failure>`; the others are printed in the case's output and do not fail it.
public struct JUnitWriter: DiagnosticWriter {
    public init() {}

    public func write(_ report: DiagnosticReport) -> String {
        var byRuleAndPath: [String: [String: [Int]]] = [:]
        for (index, diagnostic) in report.diagnostics.enumerated() {
            let path = diagnostic.location?.path ?? report.configurationPath
            byRuleAndPath[diagnostic.ruleID, default: [:]][path, default: []].append(index)
        }
        let paths = [report.configurationPath] + report.documentPaths
        let known = Set(paths)
        var suites: [String] = []
        var totalCases = 0
        var totalFailures = 0
        for rule in report.rules {
            let findings = byRuleAndPath[rule.id] ?? [:]
            // A finding in a file that is not a document (a template, an evidence file) gets its own case.
            let extra = findings.keys.filter { !known.contains($0) }.sorted()
            var cases: [String] = []
            var failures = 0
            for path in paths + extra {
                let indices = findings[path] ?? []
                let failing = indices.filter(report.fails)
                var body = ""
                for index in failing {
                    let diagnostic = report.diagnostics[index]
                    body += "      <failure message=\"\(Self.escape(diagnostic.summary))\" type=\"\(diagnostic.severity.rawValue)\">\(Self.escape(Self.detail(diagnostic)))</failure>\n"
                }
                let passing = indices.filter { !report.fails($0) }
                if !passing.isEmpty {
                    let text = passing.map { Self.detail(report.diagnostics[$0]) }.joined(separator: "\n")
                    body += "      <system-out>\(Self.escape(text))</system-out>\n"
                }
                if !failing.isEmpty { failures += 1 }
                let open = "    <testcase classname=\"\(Self.escape(rule.id + " " + rule.name))\" name=\"\(Self.escape(path))\""
                cases.append(body.isEmpty ? open + "/>\n" : open + ">\n" + body + "    </testcase>\n")
            }
            totalCases += cases.count
            totalFailures += failures
            suites.append("  <testsuite name=\"\(Self.escape("\(rule.id) \(rule.title)"))\" tests=\"\(cases.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n" + cases.joined() + "  </testsuite>\n")
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuites name=\"aims\" tests=\"\(totalCases)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
            + suites.joined()
            + "</testsuites>\n"
    }

    private static func detail(_ diagnostic: Diagnostic) -> String {
        var text = (diagnostic.location.map { "\($0): " } ?? "") + "\(diagnostic.severity.rawValue)[\(diagnostic.ruleID)]: \(diagnostic.summary)"
        if let hint = diagnostic.hint { text += "\nhint: \(hint)" }
        for note in diagnostic.notes { text += "\nnote: \(note.message)" }
        return text
    }

    /// XML text and attribute escaping; characters XML 1.0 cannot carry at all become U+FFFD.
    public static func escape(_ text: String) -> String {
        var output = ""
        output.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'": output += "&apos;"
            case "\t", "\n", "\r": output.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                let allowed = (0x20...0xD7FF).contains(value) || (0xE000...0xFFFD).contains(value) || value >= 0x10000
                output.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return output
    }
}
