extension PackFacts {
    /// register.html: the document control register (7.5.3), one row per document: its
    /// metadata as written, and its approval and last change as git records them.
    func registerPage() -> PageContext {
        let rows: [PageContext] = index.documents.map { document in
            let fields = document.fields
            let page = pages.pagePath(document.path) ?? ""
            let isOverdue = resolved.state(of: document).isLive
                && fields.nextReview.map { review in compilation.asOf.map { review < $0 } ?? false } ?? false
            let approval = approvalItem(document, revisionPage: page)
            return [
                "link": documentLink(document, root: ""),
                "version": field(fields.version, missing: "—"),
                "owner": field(fields.owner, missing: "—"),
                "approver": field(fields.approver, missing: "—"),
                "effective": field(fields.effective?.description, missing: "—"),
                "nextReview": field(fields.nextReview?.description, missing: "—"),
                "isOverdue": isOverdue,
                "approval": approval,
                "hasApprovalProblem": approval["isStaleError"] as? Bool == true || approval["isMissing"] as? Bool == true,
                "lastChange": lastChangeItem(document, revisionPage: page),
            ]
        }
        return page("Document control register", current: "register.html", [
            "documents": rows,
            "hasDocuments": !rows.isEmpty,
            "count": Self.plural(rows.count, "document"),
            "approvals": approvalSummary(),
        ])
    }

    /// How the documents marked approved stand against their history.
    func approvalSummary() -> PageContext {
        var current = 0
        var stale = 0
        var none = 0
        let approved = index.documents.filter { $0.problem == nil && $0.fields.status == .approved }
        for document in approved {
            switch resolved.state(of: document) {
            case .current: current += 1
            case .stale: stale += 1
            case .unrecorded: none += 1
            default: break
            }
        }
        return [
            "isRead": compilation.provenance != nil,
            "notReadReason": historyNotReadReason,
            "isShallow": compilation.provenance?.isShallow ?? false,
            "markedApproved": approved.count,
            "markedApprovedText": Self.plural(approved.count, "document") + " marked approved",
            "current": current,
            "stale": stale,
            "none": none,
            "hasStale": stale > 0,
            "hasNone": none > 0,
            "currentPercent": Self.percent(current, of: approved.count),
        ]
    }
}
