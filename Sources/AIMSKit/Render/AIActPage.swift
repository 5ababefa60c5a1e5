extension PackFacts {
    /// eu-ai-act.html: for each article of the EU AI Act in the bundled crosswalk, the clauses
    /// and controls whose documents can support it and the live documents of this AIMS that
    /// do; then, plainly, what ISO/IEC 42001 does not cover; the caveat and the sources.
    func aiActPage() -> PageContext {
        let crosswalk = AIActCrosswalk.bundled
        let articles: [PageContext] = crosswalk.articles.compactMap { article in
            guard !article.clauses.isEmpty || !article.controls.isEmpty else { return nil }
            var seen = Set<String>()
            var documents: [Document] = []
            for clause in article.clauses {
                for facts in resolved.clauses where facts.clause.id == clause {
                    for document in facts.documents where seen.insert(document.path).inserted { documents.append(document) }
                }
            }
            for id in article.controls {
                for document in resolved.control(id)?.implementers ?? [] where seen.insert(document.path).inserted { documents.append(document) }
            }
            documents.sort { ($0.displayID, $0.path) < ($1.displayID, $1.path) }
            let shown = documents.prefix(12).map { documentLink($0, root: "") }
            return [
                "id": article.id,
                "anchor": "article-" + article.id.filter(\.isNumber),
                "title": article.title,
                "clauses": article.clauses.joined(separator: ", "),
                "hasClauses": !article.clauses.isEmpty,
                "controls": article.controls.joined(separator: ", "),
                "hasControls": !article.controls.isEmpty,
                "documents": Array(shown),
                "hasDocuments": !documents.isEmpty,
                "moreCount": max(0, documents.count - shown.count),
                "hasMore": documents.count > shown.count,
            ]
        }
        return page("EU AI Act", current: "eu-ai-act.html", [
            "regulation": crosswalk.regulation,
            "caveat": crosswalk.caveat,
            "articles": articles,
            "elements": crosswalk.art17Elements.map { ["element": $0.element, "supports": $0.supports.joined(separator: ", ")] as PageContext },
            "gaps": crosswalk.notCovered.map { gap -> PageContext in
                ["topic": gap.topic, "gapArticles": gap.articles.joined(separator: ", "), "hasGapArticles": !gap.articles.isEmpty, "detail": gap.detail]
            },
            "sources": crosswalk.sources.map { ["id": $0.id, "ref": $0.ref, "usedFor": $0.usedFor] as PageContext },
        ])
    }
}
