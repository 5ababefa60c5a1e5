import AIMSGit

extension PackFacts {
    func documentHistory(_ document: Document) -> Provenance.DocumentHistory? {
        compilation.provenance?.documents[document.path]
    }

    /// The one badge of a document's state under document control, on every page that shows it.
    func stateBadge(_ document: Document) -> PageContext {
        let state = resolved.state(of: document)
        return ["label": state.label, "class": state.badgeClass]
    }

    var isBuiltFromWorktree: Bool {
        compilation.origin.isUncommitted
    }

    /// Why `compilation.provenance` is nil, for pages that would show history.
    var historyNotReadReason: String {
        switch compilation.origin {
        case .memory: return "this pack was built from files handed over in memory, not from a git repository"
        case .worktree(nil), .index(nil): return "the repository has no commit yet"
        case .worktree, .index, .commit: return "no history was read from git"
        }
    }

    /// A commit as the history tables show it: short id (full id for a `title`), date,
    /// author, committer when someone else, and subject.
    func commitItem(_ commit: CommitInfo) -> PageContext {
        let differentCommitter = commit.committer.name != commit.author.name || commit.committer.email != commit.author.email
        return [
            "short": commit.id.short,
            "sha": commit.id.hex,
            "anchor": "commit-\(commit.id.hex)",
            "date": CalendarDate(unixTime: commit.committer.time).description,
            "author": Self.person(commit.author),
            "authorEmail": commit.author.email.isEmpty ? "no email recorded" : commit.author.email,
            "hasCommitter": differentCommitter,
            "committer": Self.person(commit.committer),
            "subject": field(commit.summary.isEmpty ? nil : commit.summary, missing: "no commit message"),
        ]
    }

    /// "a", "a and b", "a, b and c".
    static func names(_ words: [String]) -> String {
        guard let last = words.last else { return "" }
        return words.count == 1 ? last : words.dropLast().joined(separator: ", ") + " and " + last
    }

    /// A commit of a document's history, linked to its row on the document's page.
    func revisionItem(_ commit: CommitInfo, revisionPage: String) -> PageContext {
        var item = commitItem(commit)
        item["href"] = revisionPage + "#commit-\(commit.id.hex)"
        return item
    }

    static func person(_ signature: Signature) -> String {
        if !signature.name.isEmpty { return signature.name }
        return signature.email.isEmpty ? "unknown" : signature.email
    }

    /// "Dana Whitfield" from "Dana Whitfield <dana@example.org>", as approvers are recorded.
    static func name(ofIdentity identity: String) -> String {
        RecordedIdentity(identity).name
    }

    /// Everything the document page and the register say about a document's approval, from
    /// its state in the resolved model. Commits link to their rows in the document page's
    /// revision history: `revisionPage` is that page's path from the page showing the approval
    /// ("" on the page itself).
    func approvalItem(_ document: Document, revisionPage: String) -> PageContext {
        let state = resolved.state(of: document)
        let policy = resolved.policies[document.path] ?? .approval
        var item: PageContext = [
            "hasApproval": false, "isCurrent": false, "isStale": false, "isStaleError": false, "isMissing": false,
            "isHiddenByShallowClone": false, "isNotApproved": false, "isNotRead": false, "isOwnerUpdated": false,
            "isRetained": false, "isNotVerified": false, "isEarlierVersion": false, "isRetired": false, "isOutsideApprovedSet": false,
            "badge": stateBadge(document),
            "policy": Self.policyText(policy, type: document.fields.type),
            "editorial": [PageContext](), "hasEditorial": false,
            "rejected": [PageContext](), "hasRejected": false,
        ]
        func describe(_ approval: Provenance.Approval) {
            let commit = revisionItem(approval.commit, revisionPage: revisionPage)
            let isRevision = documentHistory(document)?.revisions.contains { $0.commit.id == approval.commit.id } ?? false
            let authors = approval.versionAuthors.map(Self.person)
            item["hasApproval"] = true
            item["commit"] = commit
            // A merge that approved is not one of the document's revisions: no row to link to.
            item["linksToRevision"] = isRevision
            item["approver"] = approval.approver.isEmpty ? "unnamed approver" : approval.approver
            let approverName = approval.approver.isEmpty ? "unnamed approver" : Self.name(ofIdentity: approval.approver)
            let address = approval.approver.dropFirst(approverName.count).trimmingCharacters(in: .whitespaces)
            item["approverName"] = approverName
            item["approverAddress"] = address
            item["hasApproverAddress"] = !address.isEmpty && approverName != approval.approver
            item["date"] = approval.date.description
            item["blob"] = String(approval.blob.hex.prefix(12))
            item["blobFull"] = approval.blob.hex
            item["method"] = Self.methodText(approval.method)
            item["versionAuthors"] = Self.names(authors)
            item["hasVersionAuthors"] = !authors.isEmpty
        }
        let history = documentHistory(document)
        if let history {
            let rejected: [PageContext] = history.unpermittedApprovals.map { approval in
                ["commit": revisionItem(approval.commit, revisionPage: revisionPage), "approver": approval.approver, "method": Self.methodText(approval.method)]
            }
            item["rejected"] = rejected
            item["hasRejected"] = !rejected.isEmpty
        }
        switch state {
        case let .current(basis):
            item["isCurrent"] = true
            switch basis {
            case let .approval(approval):
                describe(approval)
                let editorial: [PageContext] = (history?.editorialChanges ?? []).reversed().map { change in
                    [
                        "commit": revisionItem(change.revision.commit, revisionPage: revisionPage),
                        "author": Self.person(change.revision.commit.author),
                        "reason": change.reason,
                        "lines": Self.plural(change.linesChanged, "line"),
                    ]
                }
                item["editorial"] = editorial
                item["hasEditorial"] = !editorial.isEmpty
            case let .ownerUpdates(approval):
                approval.map(describe)
                item["isOwnerUpdated"] = true
                item["updates"] = Self.plural(history?.revisionsSinceApproval.count ?? 0, "update")
            case let .retained(approval):
                approval.map(describe)
                item["isRetained"] = true
            }
        case let .stale(approval, changes, reason):
            approval.map(describe)
            let laterItems = changes.map { revisionItem($0.commit, revisionPage: revisionPage) }
            item["isStale"] = true
            item["isStaleError"] = true
            item["later"] = laterItems
            item["hasLater"] = !laterItems.isEmpty
            item["laterCount"] = Self.plural(laterItems.count, "later commit")
            item["staleTitle"] = reason == .changedByOthers ? "Changed by someone other than its owner." : "The approval is stale."
            switch reason {
            case .changedByOthers:
                item["unexplained"] = "Its document-control policy keeps it current only through updates committed by its owner."
            case .uncommittedChanges:
                item["unexplained"] = "The working tree has changes to it that are not committed."
            case .changedSinceApproval:
                item["unexplained"] = "No later commit in its history explains the difference."
            }
        case .unrecorded(hiddenByShallowClone: false):
            item["isMissing"] = true
        case .unrecorded(hiddenByShallowClone: true):
            item["isHiddenByShallowClone"] = true
        case .notVerified:
            item["isNotVerified"] = true
            item["isNotRead"] = true
            item["notReadReason"] = historyNotReadReason
        case .draft, .inReview, .unknown:
            item["isNotApproved"] = true
            item["isOutsideApprovedSet"] = true
            if history == nil {
                item["isNotRead"] = true
                item["notReadReason"] = historyNotReadReason
            }
            // An earlier version approved: the expected state of a document under revision.
            if let history, let approval = history.lastApproval {
                describe(approval)
                item["isEarlierVersion"] = true
                if history.isApprovalStale {
                    let later = history.revisionsSinceApproval.map { revisionItem($0.commit, revisionPage: revisionPage) }
                    item["isStale"] = true
                    item["staleTitle"] = "An earlier version was approved."
                    item["later"] = later
                    item["hasLater"] = !later.isEmpty
                    item["laterCount"] = Self.plural(later.count, "later commit")
                    item["unexplained"] = isBuiltFromWorktree
                        ? "The working tree has changes to it that are not committed."
                        : "No later commit in its history explains the difference."
                }
            }
        case .retired:
            item["isRetired"] = true
            history?.lastApproval.map(describe)
        }
        return item
    }

    static func methodText(_ method: Provenance.Approval.Method) -> String {
        switch method {
        case let .trailer(key): return "an \(key): trailer"
        case .merge: return "the merge that brought the change into the built branch"
        case let .signedTag(name): return "the signed tag \(name) (signature not verified by aims)"
        }
    }

    /// The document-control policy of a type, as the pack states it to an auditor.
    static func policyText(_ policy: DocumentControlSettings.Policy, type: DocumentType?) -> String {
        let kind = type.map { "a \($0.rawValue)" } ?? "a document"
        switch policy {
        case .approval: return "As \(kind), every change needs a content-bound approval; editorial changes are listed."
        case .ownerUpdate: return "As \(kind), it stays current through updates committed by its owner."
        case .none: return "As \(kind), it is retained and corrected, not re-approved."
        }
    }

    /// The last commit that changed the document, and whether the content read differs
    /// from it (only a working tree can).
    func lastChangeItem(_ document: Document, revisionPage: String) -> PageContext {
        guard let history = documentHistory(document) else {
            return ["hasCommit": false, "isNotRead": true, "isUncommitted": false, "hasUncommittedChanges": false]
        }
        guard let last = history.lastRevision else {
            return ["hasCommit": false, "isNotRead": false, "isUncommitted": true, "hasUncommittedChanges": false]
        }
        return [
            "hasCommit": true,
            "isNotRead": false,
            "isUncommitted": false,
            "commit": revisionItem(last.commit, revisionPage: revisionPage),
            "hasUncommittedChanges": hasUncommittedChanges(history),
        ]
    }

    /// The working tree's content differs from the last commit that changed the document.
    func hasUncommittedChanges(_ history: Provenance.DocumentHistory) -> Bool {
        guard isBuiltFromWorktree, let current = history.currentBlob, let last = history.lastRevision else { return false }
        return current != last.blob
    }
}
