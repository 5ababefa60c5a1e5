extension PackFacts {
    /// readiness.html: the Stage 1 bundle an auditor expects, item by item, from the resolved
    /// readiness; then what is open for the auditor: overdue reviews, stale approvals, open
    /// findings by rule (no fix hints: those are the author's, on the findings page) and
    /// waived findings.
    func readinessPage() -> PageContext {
        let readiness = resolved.readiness
        let items: [PageContext] = readiness.items.map { item in
            let documents: [PageContext] = item.documents.map { document in
                var link = documentLink(document, root: "")
                link["effective"] = document.fields.effective?.description ?? ""
                link["hasEffective"] = document.fields.effective != nil
                link["lastChange"] = compilation.provenance?.documents[document.path]?.lastRevision?.date.description ?? ""
                link["hasLastChange"] = compilation.provenance?.documents[document.path]?.lastRevision != nil
                return link
            }
            return [
                "number": item.expected.number,
                "title": item.expected.item,
                "reference": item.expected.reference,
                "mandatory": item.expected.mandatory,
                "state": Self.readinessBadge(item.state),
                "documents": documents,
                "hasDocuments": !documents.isEmpty,
                "unimplemented": item.unimplementedControls.joined(separator: ", "),
                "hasUnimplemented": !item.unimplementedControls.isEmpty,
                "notCurrent": item.itemsNotCurrent.joined(separator: "; "),
                "hasNotCurrent": !item.itemsNotCurrent.isEmpty,
            ]
        }
        let mandatory = readiness.items.filter(\.expected.mandatory)
        let live = index.documents.filter { resolved.state(of: $0).isLive && $0.problem == nil }
        let overdue: [PageContext] = compilation.asOf.map { asOf in
            live.filter { $0.isReviewOverdue(asOf: asOf) }.map { document in
                var link = documentLink(document, root: "")
                link["due"] = document.fields.nextReview?.description ?? ""
                return link
            }
        } ?? []
        let stale: [PageContext] = live.filter { if case .stale = resolved.state(of: $0) { return true } else { return false } }
            .map { documentLink($0, root: "") }
        var byRule: [String: (severity: Diagnostic.Severity, count: Int)] = [:]
        for diagnostic in diagnostics where diagnostic.severity != .note {
            let entry = byRule[diagnostic.ruleID] ?? (diagnostic.severity, 0)
            byRule[diagnostic.ruleID] = (min(entry.severity, diagnostic.severity), entry.count + 1)
        }
        let open: [PageContext] = byRule.sorted { ($0.value.severity, $0.key) < ($1.value.severity, $1.key) }.map { id, entry in
            let rule = compilation.rules.first { $0.id == id }
            return [
                "ruleID": id, "title": rule?.title ?? id, "clause": rule?.clause ?? "", "hasClause": !(rule?.clause ?? "").isEmpty,
                "count": entry.count, "severity": entry.severity.rawValue,
                "severityLabel": Self.severityLabel(entry.severity, count: entry.count),
            ]
        }
        return page("Stage 1 readiness", current: "readiness.html", [
            "items": items,
            "basis": Stage1Bundle.bundled.basis,
            "note": Stage1Bundle.bundled.note,
            "readyCount": mandatory.filter { $0.state == .ready }.count,
            "incompleteCount": mandatory.filter { $0.state == .incomplete }.count,
            "missingCount": mandatory.filter { $0.state == .missing }.count,
            "hasMissing": mandatory.contains { $0.state == .missing },
            "mandatoryCount": mandatory.count,
            "overdue": overdue, "hasOverdue": !overdue.isEmpty,
            "stale": stale, "hasStale": !stale.isEmpty,
            "open": open, "hasOpen": !open.isEmpty,
            "waivedCount": compilation.waived.count, "hasWaived": !compilation.waived.isEmpty,
            "asOf": compilation.asOf?.description ?? "not fixed",
        ])
    }

    static func readinessBadge(_ state: Stage1Readiness.State) -> PageContext {
        switch state {
        case .ready: return ["label": "Ready", "class": "approved"]
        case .incomplete: return ["label": "Incomplete", "class": "warning"]
        case .missing: return ["label": "Missing", "class": "error"]
        }
    }
}
