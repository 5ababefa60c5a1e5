import AIMSGit

extension PackFacts {
    /// evidence.html: every evidence item of every document with what git says about it,
    /// the commits whose trailers name a control, and both gathered by control (the SoA's
    /// evidence column links there).
    func evidencePage() -> PageContext {
        let register = evidenceRegister
        var groups: [PageContext] = []
        var position = 0
        while position < register.items.count {
            let document = register.items[position].document
            var end = position
            while end < register.items.count, register.items[end].document.path == document.path { end += 1 }
            let items: [PageContext] = register.items[position..<end].enumerated().map { offset, item in
                var context = evidenceItem(item)
                context["isFirst"] = offset == 0
                return context
            }
            groups.append([
                "link": documentLink(document, root: ""),
                "rowCount": items.count,
                "items": items,
                "supports": supports(document),
            ])
            position = end
        }
        let trailers = trailerGroups()
        let controls = controlIndex()
        let provenance = compilation.provenance
        let unreadable: [PageContext] = (provenance?.unreadableRepositories ?? []).map { entry in
            ["path": entry.path.value, "reason": entry.reason]
        }
        return page("Evidence register", current: "evidence.html", [
            "isRead": provenance != nil,
            "notReadReason": historyNotReadReason,
            "summary": evidenceSummary(),
            "groups": groups,
            "hasItems": !groups.isEmpty,
            "trailers": trailers,
            "hasTrailers": !trailers.isEmpty,
            "trailerKeys": Self.list(compilation.configuration.evidence.trailers.map { $0 + ":" }),
            "controls": controls,
            "hasControls": !controls.isEmpty,
            "unreadableRepositories": unreadable,
            "hasUnreadableRepositories": !unreadable.isEmpty,
        ])
    }

    /// Counts for the evidence page and the overview.
    func evidenceSummary() -> PageContext {
        let items = evidenceRegister.items
        let problems = items.filter(\.isProblem).count
        let resolved = items.filter { if case .resolved? = $0.status { return true } else { return false } }.count
        let documents = Set(items.map(\.document.path)).count
        return [
            "isRead": compilation.provenance != nil,
            "notReadReason": historyNotReadReason,
            "itemCount": items.count,
            "items": Self.plural(items.count, "evidence item"),
            "documents": Self.plural(documents, "document"),
            "resolved": resolved,
            "listed": items.filter { $0.status == .listed }.count,
            "problems": problems,
            "hasProblems": problems > 0,
            "commitCount": evidenceRegister.commitCount,
            "commits": Self.plural(evidenceRegister.commitCount, "commit"),
            "controls": Self.plural(model.controls.filter { evidenceRegister.hasEvidence(for: $0.id) }.count, "Annex A control"),
        ]
    }

    /// The anchor of a control's row on evidence.html.
    static func evidenceAnchor(_ control: String) -> String { "control-\(control)" }

    private func evidenceItem(_ item: EvidenceRegister.Item) -> PageContext {
        let reference = item.reference
        let isWebLink = reference.kind == .url && BodyRenderer.isPlain(reference.target)
            && ["http", "https"].contains(LinkTarget.scheme(of: reference.target) ?? "")
        let isExpired = reference.validUntil.map { until in compilation.asOf.map { until < $0 } ?? false } ?? false
        var context: PageContext = [
            "kind": reference.kind.rawValue,
            "target": reference.target,
            "isWebLink": isWebLink,
            "href": isWebLink ? reference.target : "",
            "title": reference.title ?? "",
            "hasTitle": reference.title.map { !$0.isEmpty } ?? false,
            "resolvedPath": item.resolvedPath ?? "",
            "hasResolvedPath": item.resolvedPath.map { $0 != reference.target } ?? false,
            "validUntil": reference.validUntil?.description ?? "",
            "hasValidUntil": reference.validUntil != nil,
            "isExpired": isExpired,
            "hasCommit": false,
            "hasProblem": false,
            "problem": "",
            "file": evidenceFileItem(reference, root: ""),
        ]
        switch item.status {
        case let .resolved(commit)?:
            context["status"] = ["label": "Resolved", "class": "approved"] as PageContext
            if let commit {
                context["hasCommit"] = true
                context["commit"] = commitItem(commit)
            }
        case .listed?:
            context["status"] = ["label": "Listed", "class": "none"] as PageContext
        case let .problem(reason)?:
            context["status"] = ["label": "Problem", "class": "error"] as PageContext
            context["hasProblem"] = true
            context["problem"] = reason
        case nil:
            context["status"] = ["label": "Not checked", "class": "none"] as PageContext
        }
        context["isNotFetched"] = item.status == .listed
        return context
    }

    /// The controls and clauses a document lists: what its evidence supports.
    private func supports(_ document: Document) -> PageContext {
        let controls: [PageContext] = document.fields.controls.map { control in
            let title = controlTitle(control.value)
            return ["id": control.value, "title": title ?? "not an Annex A control", "isKnown": title != nil, "href": "soa.html#control-\(control.value)"]
        }
        let clauses: [PageContext] = document.fields.clauses.map { clause in
            let title = clauseTitle(clause.value)
            return ["id": clause.value, "title": title ?? "not a clause of \(model.standard)", "isKnown": title != nil, "href": "coverage.html#clause-\(clause.value)"]
        }
        return ["controls": controls, "hasControls": !controls.isEmpty, "clauses": clauses, "hasClauses": !clauses.isEmpty, "hasNothing": controls.isEmpty && clauses.isEmpty]
    }

    /// Trailer evidence by commit: the commit once, then each trailer and control it names.
    private func trailerGroups() -> [PageContext] {
        var groups: [PageContext] = []
        let trailers = evidenceRegister.trailers
        var position = 0
        while position < trailers.count {
            let first = trailers[position]
            var end = position
            while end < trailers.count, trailers[end].commit.id == first.commit.id, trailers[end].repository == first.repository { end += 1 }
            let entries: [PageContext] = trailers[position..<end].enumerated().map { offset, trailer in
                let title = controlTitle(trailer.control)
                return [
                    "isFirst": offset == 0,
                    "key": trailer.key,
                    "control": ["id": trailer.control, "title": title ?? "not an Annex A control", "isKnown": title != nil, "href": "#" + Self.evidenceAnchor(trailer.control)] as PageContext,
                ]
            }
            var group = commitItem(first.commit)
            group["rowCount"] = entries.count
            group["entries"] = entries
            group["isThisRepository"] = first.repository.isEmpty
            group["repository"] = first.repository
            groups.append(group)
            position = end
        }
        return groups
    }

    /// One row per control with any evidence: Annex A controls in the model's order, then
    /// ids that are not Annex A controls.
    private func controlIndex() -> [PageContext] {
        let register = evidenceRegister
        let known = model.controls.map(\.id)
        let unknown = Set(register.itemsByControl.keys).union(register.trailersByControl.keys).subtracting(known).sorted()
        return (known + unknown).filter { register.hasEvidence(for: $0) || register.inheritedByControl[$0] != nil }.map { control in
            let title = controlTitle(control)
            let items: [PageContext] = (register.itemsByControl[control] ?? []).map { position in
                let item = register.items[position]
                var context = evidenceItem(item)
                context["link"] = documentLink(item.document, root: "")
                return context
            }
            let commits: [PageContext] = (register.trailersByControl[control] ?? []).map { register.trailers[$0] }.map { trailer in
                var context = commitItem(trailer.commit)
                context["isThisRepository"] = trailer.repository.isEmpty
                context["repository"] = trailer.repository
                return context
            }
            let inherited: [PageContext] = (register.inheritedByControl[control] ?? []).map { position in
                let item = register.items[position]
                var context = evidenceItem(item)
                context["link"] = documentLink(item.document, root: "")
                return context
            }
            return [
                "inherited": inherited,
                "hasInherited": !inherited.isEmpty,
                "id": control,
                "anchor": Self.evidenceAnchor(control),
                "title": title ?? "not an Annex A control",
                "isKnown": title != nil,
                "soaHref": "soa.html#control-\(control)",
                "items": items,
                "hasItems": !items.isEmpty,
                "commits": commits,
                "hasCommits": !commits.isEmpty,
                "count": evidenceCountText(control),
            ]
        }
    }

    /// "3 items · 2 commits", for the SoA and the evidence page.
    func evidenceCountText(_ control: String) -> String {
        let parts = evidenceCountParts(control)
        return parts.isEmpty ? "none" : parts.joined(separator: " · ")
    }

    /// ["3 items", "2 commits"], leaving out what there is none of.
    func evidenceCountParts(_ control: String) -> [String] {
        var parts: [String] = []
        let items = evidenceRegister.itemsByControl[control]?.count ?? 0
        let commits = evidenceRegister.commitCount(for: control)
        if items > 0 { parts.append(Self.plural(items, "item")) }
        if commits > 0 { parts.append(Self.plural(commits, "commit")) }
        return parts
    }
}
