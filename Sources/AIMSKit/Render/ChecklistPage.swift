extension PackFacts {
    /// checklist.html: each item of mandatory documented information and the live
    /// documents that provide it (listing the clause, with a type that can carry it).
    func checklistPage() -> PageContext {
        let items: [PageContext] = checklist.map { item in
            let requirement = item.requirement
            let types = requirement.acceptedTypes.map(\.rawValue)
            let state: PageContext
            switch item.state {
            case .approved: state = ["label": "Approved", "class": "approved"]
            case .notApproved: state = ["label": "Not approved", "class": "not-approved"]
            case .missing: state = ["label": "Missing", "class": "missing"]
            }
            return [
                "id": requirement.id,
                "clause": requirement.clause,
                "clauseTitle": clauseTitle(requirement.clause) ?? "",
                "clauseHref": "coverage.html#clause-\(requirement.clause)",
                "title": requirement.title,
                "typical": requirement.typical,
                "kind": Self.requirementLabel(requirement.kind),
                "acceptedTypes": Self.list(types),
                "providers": item.providers.map { documentLink($0, root: "") },
                "hasProviders": !item.providers.isEmpty,
                "state": state,
            ]
        }
        return page("Mandatory documents", current: "checklist.html", [
            "items": items,
            "summary": checklistSummary(),
        ])
    }

    /// "a, b or c".
    static func list(_ words: [String]) -> String {
        guard let last = words.last else { return "" }
        return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " or " + last
    }
}
