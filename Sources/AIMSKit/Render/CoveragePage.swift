extension PackFacts {
    /// coverage.html: each clause of the standard and the documents that list it. Clauses
    /// that require documented information are marked, and flagged when no live document
    /// covers them.
    func coveragePage() -> PageContext {
        var covered = 0
        var mandatoryTotal = 0
        var mandatoryCovered = 0
        let clauses: [PageContext] = model.clauses.map { clause in
            let documents = index.coverage[clause.id] ?? []
            let isLive = documents.contains { $0.fields.status != .retired }
            let isMandatory = clause.documentedInformation != "none"
            if isLive { covered += 1 }
            if isMandatory {
                mandatoryTotal += 1
                if isLive { mandatoryCovered += 1 }
            }
            return [
                "id": clause.id,
                "anchor": "clause-\(clause.id)",
                "title": clause.title,
                "depth": clause.id.split(separator: ".").count,
                "isMandatory": isMandatory,
                "requirement": Self.requirementLabel(clause.documentedInformation),
                "documents": documents.map { documentLink($0, root: "") },
                "hasDocuments": !documents.isEmpty,
                "isGap": isMandatory && !isLive,
            ]
        }
        return page("Clause coverage", current: "coverage.html", [
            "clauses": clauses,
            "summary": [
                "total": clauses.count,
                "covered": covered,
                "mandatoryTotal": mandatoryTotal,
                "mandatoryCovered": mandatoryCovered,
                "mandatoryGaps": mandatoryTotal - mandatoryCovered,
                "hasMandatoryGaps": mandatoryCovered < mandatoryTotal,
            ] as PageContext,
        ])
    }

    static func requirementLabel(_ documentedInformation: String) -> String {
        switch documentedInformation {
        case "documented": return "Documented information to maintain"
        case "evidence": return "Documented information to retain as evidence"
        default: return ""
        }
    }
}
