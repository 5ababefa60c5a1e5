import AIMSGit

/// Where a document stands on approval, as its history shows it.
enum ApprovalState {
    /// Nothing was read from git.
    case historyNotRead
    /// The content read is the content last approved.
    case current(Provenance.Approval)
    /// The content read differs from the content last approved; `later` are the commits
    /// that changed it since, newest first (empty when only the working tree differs).
    case stale(Provenance.Approval, later: [Provenance.Revision])
    /// Marked approved, but no commit that changed it records an approval.
    case missing
    /// Marked approved with no approval found, in a shallow clone that may hide it.
    case hiddenByShallowClone
    /// Not marked approved and never approved: nothing is expected yet.
    case notApproved
}

extension PackFacts {
    func documentHistory(_ document: Document) -> Provenance.DocumentHistory? {
        compilation.provenance?.documents[document.path]
    }

    func approvalState(_ document: Document) -> ApprovalState {
        guard let history = documentHistory(document) else { return .historyNotRead }
        if let approval = history.lastApproval {
            return history.isApprovalStale ? .stale(approval, later: history.revisionsSinceApproval) : .current(approval)
        }
        guard document.problem == nil, document.fields.status == .approved else { return .notApproved }
        return history.isTruncated ? .hiddenByShallowClone : .missing
    }

    var isBuiltFromWorktree: Bool {
        if case .worktree = compilation.origin { return true }
        return false
    }

    /// Why `compilation.provenance` is nil, for pages that would show history.
    var historyNotReadReason: String {
        switch compilation.origin {
        case .memory: return "this pack was built from files handed over in memory, not from a git repository"
        case .worktree(nil): return "the repository has no commit yet"
        case .worktree, .commit: return "no history was read from git"
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

    /// Everything the document page and the register say about a document's approval.
    /// Commits link to their rows in the document page's revision history: `revisionPage`
    /// is that page's path from the page showing the approval ("" on the page itself).
    func approvalItem(_ document: Document, revisionPage: String) -> PageContext {
        let state = approvalState(document)
        let isMarkedApproved = document.problem == nil && document.fields.status == .approved
        var item: PageContext = [
            "hasApproval": false,
            "isCurrent": false,
            "isStale": false,
            "isStaleError": false,
            "isMissing": false,
            "isHiddenByShallowClone": false,
            "isNotApproved": false,
            "isNotRead": false,
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
            switch approval.method {
            case let .trailer(key): item["method"] = "an \(key): trailer"
            case .merge: item["method"] = "the merge that brought the change into the built branch"
            case let .signedTag(name): item["method"] = "the signed tag \(name) (signature not verified by aims)"
            }
            item["versionAuthors"] = Self.names(authors)
            item["hasVersionAuthors"] = !authors.isEmpty
        }
        switch state {
        case .historyNotRead:
            item["isNotRead"] = true
            item["notReadReason"] = historyNotReadReason
            item["badge"] = ["label": "History not read", "class": "none"] as PageContext
        case let .current(approval):
            describe(approval)
            item["isCurrent"] = true
            item["badge"] = ["label": "Current", "class": "approved"] as PageContext
        case let .stale(approval, later):
            describe(approval)
            let laterItems = later.map { revisionItem($0.commit, revisionPage: revisionPage) }
            item["isStale"] = true
            // Stale is a finding (AIMS027) only for a document that claims to be approved;
            // for a draft under revision it is the expected state.
            item["isStaleError"] = isMarkedApproved
            item["later"] = laterItems
            item["hasLater"] = !laterItems.isEmpty
            item["laterCount"] = Self.plural(laterItems.count, "later commit")
            item["unexplained"] = isBuiltFromWorktree
                ? "The working tree has changes to it that are not committed."
                : "No later commit in its history explains the difference."
            item["badge"] = isMarkedApproved
                ? ["label": "Stale", "class": "error"] as PageContext
                : ["label": "Earlier version approved", "class": "none"] as PageContext
        case .missing:
            item["isMissing"] = true
            item["badge"] = ["label": "None recorded", "class": "error"] as PageContext
        case .hiddenByShallowClone:
            item["isHiddenByShallowClone"] = true
            item["badge"] = ["label": "Not in shallow history", "class": "warning"] as PageContext
        case .notApproved:
            item["isNotApproved"] = true
            item["badge"] = ["label": "Not approved", "class": "none"] as PageContext
        }
        return item
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
