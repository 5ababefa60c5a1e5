import AIMSGit

/// History and evidence stage: what git says about each document and evidence item,
/// read from the history of the commit built. Absent when nothing was read from git.
public struct Provenance: Sendable {
    /// One commit that changed a document.
    public struct Revision: Sendable, Hashable {
        public var commit: CommitInfo
        /// The document's path in that commit (an older name before a rename).
        public var path: String
        public var change: FileChange.Kind
        public var blob: ObjectID?
        public var date: CalendarDate { CalendarDate(unixTime: commit.committer.time) }
    }

    /// An approval of one exact content of a document.
    public struct Approval: Sendable, Hashable {
        public enum Method: Sendable, Hashable {
            /// A commit touching the document carried this approval trailer.
            case trailer(String)
            /// A merge into the built branch brought the change in; its committer approved.
            case merge
            /// A signed annotated tag (named by `approvals.tags`) on a commit holding this
            /// content; its tagger approved.
            case signedTag(String)
        }

        /// The commit that records the approval.
        public var commit: CommitInfo
        /// Who approved, as recorded: `Dana Whitfield <dana@example.org>`.
        public var approver: String
        public var date: CalendarDate
        /// The content that was approved.
        public var blob: ObjectID
        public var method: Method
        /// Authors of the commits that made this version (since the approval before it).
        public var versionAuthors: [Signature]
        /// Position in the document's revisions (newest first) of the version approved.
        public var revisionIndex: Int
        /// Given by someone who may approve the document: the person named in `approver:`, or a
        /// member of that role in aims.yaml. Only such approvals count.
        public var isPermitted: Bool
    }

    public struct DocumentHistory: Sendable {
        /// Newest first, following renames.
        public var revisions: [Revision]
        /// Every approval recorded, newest first in the commit graph (never by clocks), also
        /// those by people who may not approve the document.
        public var approvals: [Approval]
        /// The blob of the content that was read (the commit's, or the working tree's).
        public var currentBlob: ObjectID?
        /// The document's history reaches a shallow clone's boundary.
        public var isTruncated: Bool
        /// Commits since the last approval marked editorial that change only the body, newest first.
        public var editorialChanges: [EditorialChange] = []

        /// The newest approval that counts.
        public var lastApproval: Approval? { approvals.first(where: \.isPermitted) }
        /// Approvals by people who may not approve the document, newer than the last one that
        /// counts: the ones that would otherwise make it current.
        public var unpermittedApprovals: [Approval] {
            let limit = lastApproval?.revisionIndex ?? Int.max
            return approvals.filter { !$0.isPermitted && $0.revisionIndex <= limit && $0.commit.id != lastApproval?.commit.id }
        }
        public var lastRevision: Revision? { revisions.first }

        /// The content read is not the content last approved.
        public var isApprovalStale: Bool {
            guard let approval = lastApproval, let currentBlob else { return false }
            return approval.blob != currentBlob
        }

        /// Revisions after the last approval, newest first.
        public var revisionsSinceApproval: [Revision] {
            guard let approval = lastApproval else { return revisions }
            return Array(revisions.prefix(approval.revisionIndex))
        }
    }

    /// A commit marked editorial (a trailer, or a message pattern of aims.yaml) that changed
    /// only the body of a document: procedure lets it stand without a new approval.
    public struct EditorialChange: Sendable, Hashable {
        public var revision: Revision
        public var reason: String
        public var linesChanged: Int
    }

    /// An item of a document's `evidence:` list, checked against the repository.
    public struct EvidenceItem: Sendable, Hashable {
        public enum Status: Sendable, Hashable {
            /// Found; the commit is the one that last changed a path, or the one named.
            case resolved(CommitInfo?)
            /// A URL: listed, never fetched.
            case listed
            case problem(String)
        }

        public var documentPath: String
        public var reference: EvidenceReference
        /// The item's path resolved against the AIMS root (for path evidence).
        public var resolvedPath: String?
        public var status: Status
    }

    /// A commit trailer naming a control it is evidence for.
    public struct TrailerEvidence: Sendable, Hashable {
        public var commit: CommitInfo
        public var key: String
        public var control: String
        /// "" for the repository built, else the configured path of the other repository.
        public var repository: String
    }

    public var head: CommitInfo
    public var documents: [String: DocumentHistory]
    public var evidence: [EvidenceItem]
    public var trailerEvidence: [TrailerEvidence]
    public var isShallow: Bool
    /// Other repositories that could not be read, with the reason.
    public var unreadableRepositories: [(path: Located<String>, reason: String)]
}

/// An identity as git records it in a trailer or signature: `Dana Whitfield <dana@x.org>`.
public struct RecordedIdentity: Hashable, Sendable {
    public var name: String
    public var email: String?

    public init(_ text: String) {
        guard let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close else {
            name = text.trimmed
            email = nil
            return
        }
        let written = text[..<open].trimmed
        name = written.isEmpty ? text.trimmed : written
        email = String(text[text.index(after: open)..<close])
    }
}

extension Signature {
    /// `Name <email>`, as git prints an identity.
    public var identity: String { "\(name) <\(email)>" }
}
