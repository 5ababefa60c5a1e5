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
        let waived: [PageContext] = compilation.waived.map { finding in
            var item = diagnosticItem(finding.diagnostic, root: "")
            item["reason"] = finding.waiver.reason ?? ""
            item["waiverLocation"] = location(finding.waiver.location, root: "")
            item["hasCommit"] = finding.addedIn != nil
            item["commit"] = finding.addedIn.map(commitItem) ?? [:]
            return item
        }
        return page("Findings", current: "findings.html", [
            "groups": groups,
            "total": Self.plural(diagnostics.count, "finding"),
            "waived": waived,
            "hasWaived": !waived.isEmpty,
            "waivedCount": Self.plural(waived.count, "finding"),
        ])
    }
}
