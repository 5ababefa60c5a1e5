extension PackFacts {
    /// index.html: who, what scope, what exactly was read, and how ready it looks.
    func indexPage() -> PageContext {
        page("Overview", current: "index.html", [
            "scope": scopeSummary(),
            "read": whatWasRead(),
            "buildDate": compilation.asOf?.description ?? "not fixed",
            "findings": findingsSummary(),
            "documents": documentSummary(),
            "soa": soaSummary(),
            "mandatory": checklistSummary(),
            "approvals": approvalSummary(),
            "evidence": evidenceSummary(),
            "history": historySummary(),
            "cover": coverLogo(),
        ])
    }

    /// The scope as aims.yaml summarizes it, and the documents that state it.
    private func scopeSummary() -> PageContext {
        let documents = (resolved.mandatory(ClauseModel.scopeItemID)?.providers ?? []).map { documentLink($0.document, root: "") }
        let statement = compilation.configuration.scope
        return [
            "text": statement ?? "",
            "hasText": statement != nil,
            "documents": documents,
            "hasDocuments": !documents.isEmpty,
            "isMissing": statement == nil && documents.isEmpty,
        ]
    }

    private func whatWasRead() -> PageContext {
        let origin = compilation.origin
        let commit = origin.commit
        var isWorktree = false
        if origin.isUncommitted { isWorktree = true }
        let root = compilation.configuration.root
        return [
            "sourceLabel": origin.label,
            "hasCommit": commit != nil,
            "commitSHA": commit?.id.hex ?? "",
            "commitDate": commit.map { CalendarDate(unixTime: $0.committer.time).description } ?? "",
            "commitSummary": commit?.summary ?? "",
            "isWorktree": isWorktree,
            "describe": compilation.describe ?? "",
            "hasDescribe": compilation.describe != nil,
            "aimsVersion": AIMSVersion.current,
            "aimsRoot": root.isEmpty ? "repository root" : root,
            "configurationPath": compilation.configuration.path,
        ]
    }

    /// How much history was read, for "What this pack was built from".
    private func historySummary() -> PageContext {
        guard let provenance = compilation.provenance else {
            return ["isRead": false, "notReadReason": historyNotReadReason, "isShallow": false]
        }
        let histories = provenance.documents.values
        let commits = Set(histories.flatMap { $0.revisions.map(\.commit.id) }).count
        let approvals = histories.reduce(0) { $0 + $1.approvals.count }
        return [
            "isRead": true,
            "isShallow": provenance.isShallow,
            "text": "\(Self.plural(commits, "commit")) changed the documents; \(Self.plural(approvals, "approval")) recorded",
        ]
    }

    private func findingsSummary() -> PageContext {
        let errors = diagnostics.count(of: .error)
        let warnings = diagnostics.count(of: .warning)
        let notes = diagnostics.count(of: .note)
        let verdict: String
        let verdictClass: String
        if errors > 0 {
            verdict = "\(Self.plural(errors, "error")) to resolve before the Stage 1 audit"
            verdictClass = "error"
        } else if warnings > 0 {
            verdict = "No errors; \(Self.plural(warnings, "warning")) to review"
            verdictClass = "warning"
        } else {
            verdict = "No errors or warnings"
            verdictClass = "ok"
        }
        return [
            "errors": errors, "warnings": warnings, "notes": notes,
            "verdict": verdict, "verdictClass": verdictClass,
        ]
    }

    private func documentSummary() -> PageContext {
        // Counted by the badge each document shows everywhere, in the order first met.
        var order: [String] = []
        var counts: [String: (badge: PageContext, count: Int)] = [:]
        for document in index.documents {
            let badge = stateBadge(document)
            let label = badge["label"] as? String ?? ""
            if counts[label] == nil { order.append(label) }
            counts[label, default: (badge, 0)].count += 1
        }
        let statuses: [PageContext] = order.sorted { Self.stateOrder($0) < Self.stateOrder($1) }.map { label in
            ["count": counts[label]!.count, "badge": counts[label]!.badge]
        }
        return ["total": index.documents.count, "statuses": statuses]
    }

    /// Draft and in-review first among the live, so the order reads as a document's life.
    static func stateOrder(_ label: String) -> Int {
        ["Approved", "Current: owner updates", "Retained record", "Approved, not verified", "In review", "Draft",
         "Approval stale", "Approval not recorded", "Approval not in shallow history", "Superseded", "Retired"].firstIndex(of: label) ?? 99
    }

    func soaSummary() -> PageContext {
        let controls = model.controls
        let entries = controls.compactMap { resolved.control($0.id)?.entry }
        let count = { (status: StatementOfApplicability.ImplementationStatus) in
            entries.filter { $0.applicable == true && $0.status == status }.count
        }
        let applicable = entries.filter { $0.applicable == true }.count
        let excluded = entries.filter { $0.applicable == false }.count
        let unanswered = controls.count - applicable - excluded
        var summary: PageContext = [
            "total": controls.count,
            "applicable": applicable,
            "excluded": excluded,
            "unanswered": unanswered,
            "hasUnanswered": unanswered > 0,
            "implemented": count(.implemented),
            "partial": count(.partial),
            "planned": count(.planned),
            "hasSoA": soaDocument != nil,
        ]
        summary["document"] = soaDocument.map { documentLink($0, root: "") } ?? [:]
        return summary
    }

    func checklistSummary() -> PageContext {
        let items = resolved.mandatory
        let total = items.count
        let approved = items.filter { facts in
            switch facts.state {
            case .current, .derived: return true
            case .notCurrent, .missing: return false
            }
        }.count
        let missing = items.filter { !$0.isProvided }.count
        let provided = total - missing
        return [
            "total": total,
            "provided": provided,
            "approved": approved,
            "notApproved": provided - approved,
            "missing": missing,
            "hasMissing": missing > 0,
            "providedPercent": Self.percent(provided, of: total),
            "approvedPercent": Self.percent(approved, of: total),
        ]
    }

    /// The organization's logo (aims.yaml `pack.logo`), inline like every image of the pack.
    private func coverLogo() -> PageContext {
        let files = resolved.files
        guard let path = files.logoPath, let file = files[path], let url = files.dataURL(of: file) else { return ["hasLogo": false] }
        return ["hasLogo": true, "logo": url]
    }
}
