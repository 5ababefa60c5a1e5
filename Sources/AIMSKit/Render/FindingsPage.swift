extension PackFacts {
    /// findings.html: every diagnostic, errors first, each with where and why.
    func findingsPage() -> PageContext {
        let groups: [PageContext] = Diagnostic.Severity.allCases.sorted().map { severity in
            let items = diagnostics.filter { $0.severity == severity }.map { diagnosticItem($0, root: "") }
            return [
                "severity": severity.rawValue,
                "label": Self.severityLabel(severity, count: 2),
                "count": items.count,
                "items": items,
                "hasItems": !items.isEmpty,
            ]
        }
        return page("Findings", current: "findings.html", [
            "groups": groups,
            "total": Self.plural(diagnostics.count, "finding"),
        ])
    }
}
