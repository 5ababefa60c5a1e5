extension PackFacts {
    /// checklist.html: each item of mandatory documented information, the documents that
    /// provide it and the state they give it, all read from the resolved model.
    func checklistPage() -> PageContext {
        let items: [PageContext] = resolved.mandatory.map { facts in
            let requirement = facts.item
            let state: PageContext
            var derived: PageContext = ["isDerived": false]
            switch facts.state {
            case .current: state = ["label": "Provided, current", "class": "approved"]
            case .notCurrent: state = ["label": "Provided, not current", "class": "not-approved"]
            case let .derived(source, approval):
                state = ["label": "Recorded in git", "class": "approved"]
                derived = [
                    "isDerived": true,
                    "source": documentLink(source, root: ""),
                    "approverName": Self.name(ofIdentity: approval.approver),
                    "date": approval.date.description,
                    "commit": revisionItem(approval.commit, revisionPage: pages.pagePath(source.path) ?? ""),
                    "method": Self.methodText(approval.method),
                ]
            case .missing: state = ["label": "Missing", "class": "missing"]
            }
            let providers: [PageContext] = facts.providers.map { provider in
                var link = documentLink(provider.document, root: "")
                link["isUnusualType"] = !provider.isUsualType
                link["type"] = provider.document.fields.type?.rawValue ?? "no type"
                link["throughOtherClause"] = provider.clause != requirement.clause
                link["clause"] = provider.clause
                return link
            }
            let nonProviders: [PageContext] = facts.nonProviders.map { miss in
                ["link": documentLink(miss.document, root: ""), "reason": miss.reason]
            }
            return [
                "id": requirement.id,
                "clause": requirement.clause,
                "clauseTitle": clauseTitle(requirement.clause) ?? "",
                "clauseHref": "coverage.html#clause-\(requirement.clause)",
                "otherClauses": Self.list(requirement.providingClauses.dropFirst().map { $0 }),
                "hasOtherClauses": requirement.providingClauses.count > 1,
                "title": requirement.title,
                "typical": requirement.typical,
                "kind": Self.requirementLabel(requirement.kind),
                "usualTypes": Self.list(requirement.usualTypes.map(\.rawValue)),
                "providers": providers,
                "hasProviders": !providers.isEmpty,
                "nonProviders": nonProviders,
                "hasNonProviders": !nonProviders.isEmpty,
                "derived": derived,
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
