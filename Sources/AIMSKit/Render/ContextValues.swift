/// Mustache contexts are plain `[String: Any]` dictionaries (fast to render, and every key
/// a template can use is visible here). Sections are driven by Bool flags and arrays only:
/// in swift-mustache an empty string or a zero is truthy.
typealias PageContext = [String: Any]

extension PackFacts {
    /// A value that may be absent: `{{x.text}}`, with `{{#x.isMissing}}` to style the gap.
    func field(_ value: String?, missing: String = "not set") -> PageContext {
        ["text": value ?? missing, "isMissing": value == nil]
    }

    /// A link to a document's page, as seen from a page `root` levels below the pack root.
    func documentLink(_ document: Document, root: String) -> PageContext {
        [
            "id": document.displayID,
            "title": document.fields.title ?? document.path,
            "path": document.path,
            "href": root + (pages.pagePath(document.path) ?? ""),
            "status": stateBadge(document),
            "isUnreadable": document.problem != nil,
        ]
    }

    func diagnosticItem(_ diagnostic: Diagnostic, root: String) -> PageContext {
        let notes: [PageContext] = diagnostic.notes.map { note in
            ["message": note.message, "location": location(note.location, root: root)]
        }
        return [
            "severity": diagnostic.severity.rawValue,
            "severityLabel": Self.severityLabel(diagnostic.severity, count: 1),
            "ruleID": diagnostic.ruleID,
            "ruleName": compilation.rules.first { $0.id == diagnostic.ruleID }?.name ?? "",
            "summary": diagnostic.summary,
            "location": location(diagnostic.location, root: root),
            "hasHint": diagnostic.hint != nil,
            "hint": diagnostic.hint ?? "",
            "hasNotes": !notes.isEmpty,
            "notes": notes,
        ]
    }

    /// `path:line:column`, linked to the document's page when the file is a document.
    func location(_ location: SourceLocation?, root: String) -> PageContext {
        guard let location else { return ["hasLocation": false, "text": "", "hasHref": false, "href": ""] }
        let page = pages.pagePath(location.path)
        return [
            "hasLocation": true,
            "text": location.description,
            "hasHref": page != nil,
            "href": page.map { root + $0 } ?? "",
        ]
    }

    static func severityLabel(_ severity: Diagnostic.Severity, count: Int) -> String {
        let word: String
        switch severity {
        case .error: word = "Error"
        case .warning: word = "Warning"
        case .note: word = "Note"
        }
        return count == 1 ? word : word + "s"
    }

    static func plural(_ count: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }

    /// A whole percentage for progress bars; 0 when there is nothing to count.
    static func percent(_ part: Int, of whole: Int) -> Int {
        whole == 0 ? 0 : part * 100 / whole
    }

    func clauseTitle(_ id: String) -> String? { model.clause(id)?.title }
    func controlTitle(_ id: String) -> String? { model.control(id)?.title }
}
