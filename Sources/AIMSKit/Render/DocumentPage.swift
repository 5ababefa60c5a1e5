import AIMSGit

extension PackFacts {
    /// documents/<page>.html: the document's metadata, its findings and its body.
    /// `body` is cmark's safe-mode HTML after `BodyRenderer`; it is the only HTML the
    /// templates insert unescaped.
    func documentPage(_ document: Document, body: String) -> PageContext {
        let root = "../"
        let fields = document.fields
        let findings = (diagnosticsByPath[document.path] ?? []).map { diagnosticItem($0, root: root) }
        let clauses: [PageContext] = fields.clauses.map { clause in
            let title = clauseTitle(clause.value)
            return [
                "id": clause.value,
                "title": title ?? "not a clause of \(model.standard)",
                "isKnown": title != nil,
                "href": root + "coverage.html#clause-\(clause.value)",
            ]
        }
        let controls: [PageContext] = fields.controls.map { control in
            let title = controlTitle(control.value)
            return [
                "id": control.value,
                "title": title ?? "not an Annex A control",
                "isKnown": title != nil,
                "href": root + "soa.html#control-\(control.value)",
            ]
        }
        let evidence: [PageContext] = fields.evidence.map { item in
            let isWebLink = item.kind == .url && BodyRenderer.isPlain(item.target)
                && ["http", "https"].contains(LinkTarget.scheme(of: item.target) ?? "")
            return [
                "kind": item.kind.rawValue,
                "target": item.target,
                "isWebLink": isWebLink,
                "href": isWebLink ? item.target : "",
                "title": item.title ?? "",
                "hasTitle": item.title != nil,
                "validUntil": item.validUntil?.description ?? "",
                "hasValidUntil": item.validUntil != nil,
                "file": evidenceFileItem(item, root: root),
            ]
        }
        let title = fields.title ?? document.displayID
        return page(title, root: root, current: "documents.html", [
            "history": revisionHistory(document),
            "document": [
                "id": document.displayID,
                "idField": field(fields.id?.value),
                "title": title,
                "path": document.path,
                "status": stateBadge(document),
                "declaredStatus": field(document.problem == nil ? fields.status?.rawValue : nil, missing: "no valid status"),
                "type": field(fields.type?.rawValue),
                "version": field(fields.version),
                "owner": field(fields.owner),
                "approver": field(fields.approver),
                "effective": field(fields.effective?.description),
                "nextReview": field(fields.nextReview?.description),
                "approval": approvalItem(document, revisionPage: ""),
                "lastChange": lastChangeItem(document, revisionPage: ""),
                "clauses": clauses,
                "hasClauses": !clauses.isEmpty,
                "controls": controls,
                "hasControls": !controls.isEmpty,
                "evidence": evidence,
                "hasEvidence": !evidence.isEmpty,
                "isUnreadable": document.problem != nil,
                "isSoA": document.problem == nil && fields.type == .soa,
                "isRetired": document.problem == nil && fields.status == .retired,
                "successor": resolved.successors[document.path].map { documentLink($0, root: root) } ?? [:],
                "hasSuccessor": resolved.successors[document.path] != nil,
                "predecessors": (resolved.predecessors[document.path] ?? []).map { documentLink($0, root: root) },
                "hasPredecessors": resolved.predecessors[document.path] != nil,
                "isOutsideApprovedSet": Self.isOutsideApprovedSet(resolved.state(of: document)),
            ] as PageContext,
            "findings": findings,
            "hasFindings": !findings.isEmpty,
            "findingCount": Self.plural(findings.count, "finding"),
            "body": body,
            "hasBody": !document.body.allSatisfy(\.isWhitespace),
        ])
    }

    /// The commits that changed the document, newest first, each with what it did to the
    /// file and the approvals it records.
    private func revisionHistory(_ document: Document) -> PageContext {
        guard let history = documentHistory(document) else {
            return ["isRead": false, "notReadReason": historyNotReadReason]
        }
        // Marks read from the document's one state: the commits that made it stale, the
        // approval that keeps it current, the editorial changes its policy lets stand.
        let state = resolved.state(of: document)
        var sinceApproval: Set<ObjectID> = []
        if case let .stale(_, changes, _) = state { sinceApproval = Set(changes.map(\.commit.id)) }
        let currentApproval = state.isCurrent ? state.approval?.commit.id : nil
        let editorial = Set(history.editorialChanges.map(\.revision.commit.id))
        let revisions: [PageContext] = history.revisions.map { revision in
            var item = commitItem(revision.commit)
            let approvers = history.approvals.filter { $0.commit.id == revision.commit.id }.map { approval in
                approval.approver.isEmpty ? "unnamed approver" : Self.name(ofIdentity: approval.approver)
            }
            item["change"] = Self.changeItem(revision.change)
            item["path"] = revision.path
            item["hasOtherPath"] = revision.path != document.path
            item["approvers"] = Self.names(approvers)
            item["hasApprovals"] = !approvers.isEmpty
            item["isApprovalCurrent"] = currentApproval == revision.commit.id
            item["isSinceApproval"] = sinceApproval.contains(revision.commit.id)
            item["isEditorial"] = editorial.contains(revision.commit.id)
            return item
        }
        return [
            "isRead": true,
            "revisions": revisions,
            "hasRevisions": !revisions.isEmpty,
            "count": Self.plural(revisions.count, "commit"),
            "isTruncated": history.isTruncated,
            "hasUncommittedChanges": hasUncommittedChanges(history),
        ]
    }

    static func isOutsideApprovedSet(_ state: DocumentState) -> Bool {
        switch state {
        case .draft, .inReview: return true
        default: return false
        }
    }

    static func changeItem(_ change: FileChange.Kind) -> PageContext {
        switch change {
        case .added: return ["label": "added", "class": "added", "isRenamed": false, "from": ""]
        case .modified: return ["label": "modified", "class": "modified", "isRenamed": false, "from": ""]
        case .deleted: return ["label": "deleted", "class": "deleted", "isRenamed": false, "from": ""]
        case let .renamed(from): return ["label": "renamed from", "class": "renamed", "isRenamed": true, "from": from]
        }
    }

    /// documents.html: every document read, in path order.
    func documentsPage() -> PageContext {
        let rows: [PageContext] = index.documents.map { document in
            let findings = diagnosticsByPath[document.path] ?? []
            let fields = document.fields
            return [
                "link": documentLink(document, root: ""),
                "type": field(fields.type?.rawValue, missing: "—"),
                "version": field(fields.version, missing: "—"),
                "owner": field(fields.owner, missing: "—"),
                "effective": field(fields.effective?.description, missing: "—"),
                "nextReview": field(fields.nextReview?.description, missing: "—"),
                "errors": findings.count(of: .error),
                "warnings": findings.count(of: .warning),
                "hasErrors": findings.count(of: .error) > 0,
                "hasWarnings": findings.count(of: .warning) > 0,
            ]
        }
        return page("Documents", current: "documents.html", [
            "documents": rows,
            "hasDocuments": !rows.isEmpty,
            "count": Self.plural(rows.count, "document"),
        ])
    }
}
