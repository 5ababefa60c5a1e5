import AIMSGit

/// Where a document stands under document control, decided once from its front matter, the
/// document-control policy of its type and its history. Every rule and page reads this.
public enum DocumentState: Sendable {
    /// Not readable, or without a valid status: nothing can be said.
    case unknown
    case draft
    case inReview
    /// Marked approved, and current under its type's policy.
    case current(CurrencyBasis)
    /// Marked approved, but changed in a way its policy does not allow since `since` (the
    /// last approval that counts; nil when there is none).
    case stale(since: Provenance.Approval?, changes: [Provenance.Revision], reason: StaleReason)
    /// Marked approved, and its policy needs an approval no one permitted has recorded.
    case unrecorded(hiddenByShallowClone: Bool)
    /// Marked approved; no history was read, so nothing was verified.
    case notVerified
    /// Kept for the record; `supersededBy` is the path of the live document replacing it.
    case retired(supersededBy: String?)

    public enum CurrencyBasis: Sendable {
        /// The content read is the content approved, or differs only by editorial changes.
        case approval(Provenance.Approval)
        /// A living document (a register): every change since its approval (`approval`, when
        /// there is one) was committed by its owner.
        case ownerUpdates(Provenance.Approval?)
        /// A record: retained and corrected, never re-approved.
        case retained(Provenance.Approval?)
    }

    public enum StaleReason: Sendable {
        /// Changed by commits after the approval.
        case changedSinceApproval
        /// Only the working tree differs from what was approved.
        case uncommittedChanges
        /// A living document changed by someone other than its owner.
        case changedByOthers
    }

    /// Approved and current: the document counts as approved documented information.
    public var isCurrent: Bool {
        if case .current = self { return true }
        return false
    }

    /// Counts as approved documented information: current, or marked approved where no
    /// history could be read to verify it (the pack says it is not verified).
    public var countsAsApproved: Bool {
        switch self {
        case .current, .notVerified, .unrecorded(hiddenByShallowClone: true): return true
        default: return false
        }
    }

    public var isLive: Bool {
        switch self {
        case .retired, .unknown: return false
        default: return true
        }
    }

    /// The approval the state rests on, when there is one.
    public var approval: Provenance.Approval? {
        switch self {
        case let .current(.approval(approval)): return approval
        case let .current(.ownerUpdates(approval)), let .current(.retained(approval)): return approval
        case let .stale(since, _, _): return since
        default: return nil
        }
    }
}

extension DocumentState {
    /// The state in a few words, the same on every page and in every report.
    public var label: String {
        switch self {
        case .current(.approval): return "Approved"
        case .current(.ownerUpdates): return "Current: owner updates"
        case .current(.retained): return "Retained record"
        case .stale: return "Approval stale"
        case .unrecorded(hiddenByShallowClone: false): return "Approval not recorded"
        case .unrecorded(hiddenByShallowClone: true): return "Approval not in shallow history"
        case .notVerified: return "Approved, not verified"
        case .draft: return "Draft"
        case .inReview: return "In review"
        case .retired(supersededBy: nil): return "Retired"
        case .retired: return "Superseded"
        case .unknown: return "No valid status"
        }
    }

    /// The pack's style class for the state's badge.
    public var badgeClass: String {
        switch self {
        case .current: return "approved"
        case .stale, .unrecorded(hiddenByShallowClone: false): return "error"
        case .unrecorded(hiddenByShallowClone: true): return "warning"
        case .notVerified: return "none"
        case .draft: return "draft"
        case .inReview: return "in-review"
        case .retired: return "retired"
        case .unknown: return "unknown"
        }
    }
}

extension DocumentState {
    /// The state of `document` under `policy`, from its history (nil when none was read).
    init(
        document: Document, policy: DocumentControlSettings.Policy, history: Provenance.DocumentHistory?,
        isShallow: Bool, readsWorktree: Bool, configuration: Configuration, supersededBy: String?
    ) {
        guard document.problem == nil, let status = document.fields.status else {
            self = .unknown
            return
        }
        switch status {
        case .draft: self = .draft; return
        case .inReview: self = .inReview; return
        case .retired: self = .retired(supersededBy: supersededBy); return
        case .approved: break
        }
        guard let history else {
            self = .notVerified
            return
        }
        let approval = history.lastApproval
        let uncommitted = readsWorktree && history.currentBlob != nil && history.currentBlob != history.lastRevision?.blob
        switch policy {
        case .none:
            self = .current(.retained(approval))
        case .ownerUpdate:
            let owner = document.fields.owner.map { IdentityMatch($0, configuration: configuration) }
            let editorial = Set(history.editorialChanges.map(\.revision.commit.id))
            var since = history.revisionsSinceApproval
            // A shallow clone's boundary shows the file as added by whoever made that commit.
            if approval == nil, history.isTruncated, !since.isEmpty { since.removeLast() }
            let byOthers = since.filter { revision in
                !(owner?.matches(revision.commit.author) ?? false) && !editorial.contains(revision.commit.id)
            }
            let offending = byOthers
            self = offending.isEmpty ? .current(.ownerUpdates(approval)) : .stale(since: approval, changes: offending, reason: .changedByOthers)
        case .approval:
            guard let approval else {
                self = .unrecorded(hiddenByShallowClone: isShallow || history.isTruncated)
                return
            }
            if uncommitted {
                self = .stale(since: approval, changes: [], reason: .uncommittedChanges)
                return
            }
            guard history.isApprovalStale else {
                self = .current(.approval(approval))
                return
            }
            let editorial = Set(history.editorialChanges.map(\.revision.commit.id))
            let changes = history.revisionsSinceApproval.filter { !editorial.contains($0.commit.id) }
            self = changes.isEmpty && !history.revisionsSinceApproval.isEmpty
                ? .current(.approval(approval))
                : .stale(since: approval, changes: changes, reason: .changedSinceApproval)
        }
    }
}
