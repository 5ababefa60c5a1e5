import Foundation

/// `--format sarif`: SARIF 2.1.0 for code scanning. Every rule that ran is in the driver, so
/// a result's `ruleIndex` points into it; columns are converted from aims's UTF-8 bytes to
/// UTF-16 code units, the unit the file declares; `partialFingerprints` carry the finding's
/// line-free identity so an edit elsewhere in a file does not reopen it.
public struct SARIFWriter: DiagnosticWriter {
    public init() {}

    public func write(_ report: DiagnosticReport) -> String {
        let ruleIndex = Dictionary(report.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let fingerprints = FindingFingerprint.fingerprints(report.diagnostics)
        var results: [[String: Any]] = []
        for (index, diagnostic) in report.diagnostics.enumerated() {
            var result: [String: Any] = [
                "ruleId": diagnostic.ruleID,
                "level": Self.level(diagnostic.severity),
                "message": ["text": Self.message(diagnostic)],
                "locations": [location(diagnostic.location ?? SourceLocation(path: report.configurationPath), report)],
                "partialFingerprints": ["aimsFinding/v1": fingerprints[index]],
            ]
            if let position = ruleIndex[diagnostic.ruleID] { result["ruleIndex"] = position }
            let related = diagnostic.notes.enumerated().compactMap { number, note -> [String: Any]? in
                guard let place = note.location else { return nil }
                var entry = location(place, report)
                entry["id"] = number
                entry["message"] = ["text": note.message]
                return entry
            }
            if !related.isEmpty { result["relatedLocations"] = related }
            if let change = report.change { result["baselineState"] = change.isNew(index) ? "new" : "unchanged" }
            results.append(result)
        }
        // Waived findings are results with an in-source suppression, so code scanning shows
        // them as dismissed with the reason instead of losing them.
        let waivedFingerprints = FindingFingerprint.fingerprints(report.waived.map(\.diagnostic))
        for (index, finding) in report.waived.enumerated() {
            let diagnostic = finding.diagnostic
            var result: [String: Any] = [
                "ruleId": diagnostic.ruleID,
                "level": Self.level(diagnostic.severity),
                "message": ["text": Self.message(diagnostic)],
                "locations": [location(diagnostic.location ?? SourceLocation(path: report.configurationPath), report)],
                "partialFingerprints": ["aimsFinding/v1": waivedFingerprints[index]],
                "suppressions": [["kind": "inSource", "justification": finding.waiver.reason ?? "", "location": location(finding.waiver.location, report)]],
            ]
            if let position = ruleIndex[diagnostic.ruleID] { result["ruleIndex"] = position }
            results.append(result)
        }
        var invocation: [String: Any] = ["executionSuccessful": true]
        if let commit = report.origin.commit { invocation["properties"] = ["commit": commit.id.hex, "read": report.origin.label] }
        let run: [String: Any] = [
            "tool": ["driver": [
                "name": "aims",
                "semanticVersion": AIMSVersion.current,
                "rules": report.rules.map(Self.descriptor),
            ]],
            "columnKind": "utf16CodeUnits",
            "originalUriBaseIds": ["SRCROOT": ["description": ["text": "The root of the repository read."]]],
            "invocations": [invocation],
            "results": results,
        ]
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [run],
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func location(_ place: SourceLocation, _ report: DiagnosticReport) -> [String: Any] {
        ["physicalLocation": [
            "artifactLocation": ["uri": Self.uri(place.path), "uriBaseId": "SRCROOT"],
            "region": ["startLine": max(1, place.line), "startColumn": max(1, report.utf16Column(place))],
        ]]
    }

    /// A relative URI reference: each path segment percent-encoded, the slashes kept.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":;?#[]@%")
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? String($0) }
            .joined(separator: "/")
    }

    private static func message(_ diagnostic: Diagnostic) -> String {
        var text = diagnostic.summary
        if let hint = diagnostic.hint { text += "\nHint: " + hint }
        for note in diagnostic.notes where note.location == nil { text += "\nNote: " + note.message }
        return text
    }

    static func level(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .note: return "note"
        }
    }

    private static func descriptor(_ rule: RuleDescription) -> [String: Any] {
        [
            "id": rule.id,
            "name": rule.name,
            "shortDescription": ["text": rule.title],
            "fullDescription": ["text": rule.explanation],
            "help": [
                "text": "\(rule.explanation)\n\nRun `aims explain \(rule.id)` for examples that trigger the rule and examples that do not.",
                "markdown": "**\(rule.title)** (ISO/IEC 42001 \(rule.clause == "aims" ? "— aims's own rule" : "clause \(rule.clause)"))\n\n\(rule.explanation)\n\nRun `aims explain \(rule.id)` for examples.",
            ],
            "defaultConfiguration": ["level": level(rule.severity)],
            "properties": ["clause": rule.clause, "tags": ["iso-42001"]],
        ]
    }
}
