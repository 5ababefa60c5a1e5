extension PackFacts {
    /// coverage.html: each clause of the standard and the documents that cover it, as the
    /// resolved model decides: a clause that demands documented information is covered when
    /// every item it demands is provided (so this page and the mandatory page agree).
    func coveragePage() -> PageContext {
        var total = 0
        var covered = 0
        var mandatoryTotal = 0
        var mandatoryCovered = 0
        let clauses: [PageContext] = resolved.clauses.map { facts in
            let clause = facts.clause
            let isMandatory = clause.documentedInformation != "none"
            // A heading (6.1) only groups its sub-clauses: it is neither covered nor a gap.
            if !facts.isHeading {
                total += 1
                if facts.isCovered { covered += 1 }
                if isMandatory {
                    mandatoryTotal += 1
                    if facts.isCovered { mandatoryCovered += 1 }
                }
            }
            let providers = facts.mandatoryItems.compactMap { resolved.mandatory($0) }.flatMap(\.providers)
                .filter { provider in !facts.documents.contains { $0.path == provider.document.path } }
            let documents = facts.documents.map { document -> PageContext in
                var link = documentLink(document, root: "")
                link["hasThrough"] = false
                return link
            } + providers.map { provider -> PageContext in
                var link = documentLink(provider.document, root: "")
                link["hasThrough"] = true
                link["through"] = provider.clause
                return link
            }
            return [
                "id": clause.id,
                "anchor": "clause-\(clause.id)",
                "title": clause.title,
                "depth": clause.id.split(separator: ".").count,
                "isHeading": facts.isHeading,
                "isMandatory": isMandatory && !facts.isHeading,
                "requirement": Self.requirementLabel(clause.documentedInformation),
                "documents": documents,
                "hasDocuments": !documents.isEmpty,
                "former": facts.formerDocuments.map { documentLink($0, root: "") },
                "hasFormer": !facts.formerDocuments.isEmpty,
                "isGap": !facts.isHeading && isMandatory && !facts.isCovered,
            ]
        }
        return page("Clause coverage", current: "coverage.html", [
            "clauses": clauses,
            "summary": [
                "total": total,
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
