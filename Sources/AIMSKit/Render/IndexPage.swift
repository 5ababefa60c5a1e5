extension PackFacts {
    /// index.html: who, what scope, what exactly was read, and how ready it looks.
    func indexPage() -> PageContext {
        page("Overview", current: "index.html", [
            "scope": field(compilation.configuration.scope, missing: "No scope statement in aims.yaml"),
            "read": whatWasRead(),
            "buildDate": compilation.asOf?.description ?? "not fixed",
            "findings": findingsSummary(),
            "documents": documentSummary(),
            "soa": soaSummary(),
            "mandatory": checklistSummary(),
            "approvals": approvalSummary(),
            "evidence": evidenceSummary(),
            "history": historySummary(),
        ])
    }

    private func whatWasRead() -> PageContext {
        let origin = compilation.origin
        let commit = origin.commit
        var isWorktree = false
        if case .worktree = origin { isWorktree = true }
        let root = compilation.configuration.root
        return [
            "sourceLabel": origin.label,
            "hasCommit": commit != nil,
            "commitSHA": commit?.id.hex ?? "",
            "commitDate": commit.map { CalendarDate(unixTime: $0.committer.time).description } ?? "",
            "commitSummary": commit?.summary ?? "",
            "isWorktree": isWorktree,
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
        let documents = index.documents
        var statuses: [PageContext] = []
        for status in [DocumentStatus.approved, .inReview, .draft, .retired] {
            let count = documents.filter { $0.problem == nil && $0.fields.status == status }.count
            statuses.append(["count": count, "badge": statusBadge(status)])
        }
        let unknown = documents.filter { $0.problem != nil || $0.fields.status == nil }.count
        if unknown > 0 { statuses.append(["count": unknown, "badge": statusBadge(nil)]) }
        return ["total": documents.count, "statuses": statuses]
    }

    func soaSummary() -> PageContext {
        let controls = model.controls
        let entries = controls.compactMap { soaEntries[$0.id] }
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
        let total = checklist.count
        let approved = checklist.filter { $0.state == .approved }.count
        let missing = checklist.filter { $0.state == .missing }.count
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
}
