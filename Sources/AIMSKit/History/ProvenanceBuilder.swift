import AIMSGit
import Foundation

/// Builds `Provenance` with one history walk for all documents, one revwalk for trailers,
/// and a lookup per evidence reference.
struct ProvenanceBuilder {
    var repository: Repository
    var head: CommitInfo
    var configuration: Configuration
    var index: AIMSIndex
    var source: SourceTree

    func build() throws -> Provenance {
        let history = try repository.history(from: head, under: configuration.root)
        let merges = configuration.approvals.merges ? try repository.introducingMerges(into: head) : [:]
        let tags = approvingTags()
        var documents: [String: Provenance.DocumentHistory] = [:]
        for document in index.documents {
            documents[document.path] = documentHistory(document.path, history: history, merges: merges, tags: tags)
        }
        var trailerEvidence = try trailers(in: repository, from: head, label: "")
        var unreadable: [(Located<String>, String)] = []
        for other in configuration.evidence.repositories {
            do {
                let path = try Self.evidenceRepositoryPath(other.value, beside: repository)
                let otherRepository = try Repository.discover(from: path)
                trailerEvidence += try trailers(in: otherRepository, from: otherRepository.commit(for: "HEAD"), label: other.value)
            } catch {
                unreadable.append((other, "\(error)"))
            }
        }
        return Provenance(
            head: head,
            documents: documents,
            evidence: evidenceItems(history: history),
            trailerEvidence: trailerEvidence,
            isShallow: repository.isShallow,
            unreadableRepositories: unreadable
        )
    }

    /// Signed annotated tags named by `approvals.tags` on commits of the built history, with
    /// the commit each points at.
    private func approvingTags() -> [(tag: AnnotatedTag, commit: CommitInfo)] {
        var seen = Set<String>()
        return configuration.approvals.tags.flatMap { repository.annotatedTags(matching: $0) }.compactMap { tag in
            guard seen.insert(tag.name).inserted, tag.isSigned, tag.tagger != nil,
                  repository.isReachable(tag.commit, from: head.id), let commit = try? repository.commit(tag.commit) else { return nil }
            return (tag, commit)
        }
    }

    /// Other repositories are named relative to this one's working tree and must sit beside
    /// it (in the folder that holds it): an aims.yaml from a pull request must not make CI
    /// read any repository on the machine into the pack.
    static func evidenceRepositoryPath(_ written: String, beside repository: Repository) throws -> String {
        guard let workdir = repository.workingDirectory else {
            throw CompileFailure("a bare repository has no working tree to find '\(written)' beside")
        }
        let base = URL(fileURLWithPath: workdir).resolvingSymlinksInPath()
        let parent = base.deletingLastPathComponent().path
        let path = URL(fileURLWithPath: written, relativeTo: base).standardizedFileURL.resolvingSymlinksInPath().path
        guard path.hasPrefix(parent + "/") || path == parent else {
            throw CompileFailure("'\(written)' is not beside this repository (in \(parent))")
        }
        return path
    }

    private func documentHistory(
        _ path: String, history: History, merges: [ObjectID: CommitInfo], tags: [(tag: AnnotatedTag, commit: CommitInfo)]
    ) -> Provenance.DocumentHistory {
        let revisions: [Provenance.Revision] = (history.changes[path] ?? []).compactMap { change in
            history.commits[change.commit].map { Provenance.Revision(commit: $0, path: change.path, change: change.kind, blob: change.blob) }
        }
        let current = (try? source.read(path)).flatMap { repository.blobID(hashing: $0) }
        // A shallow clone's boundary commit shows every file as added, so any document's
        // history may be cut short there.
        let boundaryReached = history.isTruncated && repository.isShallow
        var history = Provenance.DocumentHistory(
            revisions: revisions,
            approvals: approvals(revisions, document: index.byPath[path], merges: merges, tags: tags.compactMap { entry in
                repository.blobID(at: path, in: entry.commit.id).map { (entry.tag, entry.commit, $0) }
            }),
            currentBlob: current,
            isTruncated: boundaryReached
        )
        history.editorialChanges = editorialChanges(in: history)
        return history
    }

    /// The commits since the last approval that are marked editorial and leave the front
    /// matter as it was; a marked commit that touches the front matter is not editorial.
    private func editorialChanges(in history: Provenance.DocumentHistory) -> [Provenance.EditorialChange] {
        guard history.lastApproval != nil else { return [] }
        let since = history.revisionsSinceApproval
        return since.indices.compactMap { position in
            let revision = since[position]
            guard let reason = configuration.documentControl.editorialReason(of: revision.commit.message, trailers: revision.commit.trailers),
                  position + 1 < history.revisions.count, let after = revision.blob,
                  let before = history.revisions[position + 1].blob,
                  let old = try? repository.blob(before), let new = try? repository.blob(after),
                  let change = EditorialDiff(old: old, new: new), change.isBodyOnly else { return nil }
            return Provenance.EditorialChange(revision: revision, reason: reason, linesChanged: change.linesChanged)
        }
    }

    /// Approvals, newest first in the commit graph: trailers on commits that changed the
    /// document, (when configured) the merges that brought its changes into the built branch,
    /// and signed tags. Each is marked permitted when given by who may approve the document.
    private func approvals(
        _ revisions: [Provenance.Revision], document: Document?, merges: [ObjectID: CommitInfo], tags: [(AnnotatedTag, CommitInfo, ObjectID)]
    ) -> [Provenance.Approval] {
        let keys = Set(configuration.approvals.trailers.map { $0.lowercased() })
        let permitted = document?.fields.approver.map { IdentityMatch($0, configuration: configuration) }
        // Later in the graph first: a newer version, then on one version a merge or tag
        // (which follows the commit it approves) before the commit's own trailer.
        var found: [(approval: Provenance.Approval, rank: Int)] = []
        var seenMerges = Set<ObjectID>()
        func approval(_ commit: CommitInfo, _ approver: String, _ time: Int64, _ blob: ObjectID, _ method: Provenance.Approval.Method, at position: Int) -> Provenance.Approval {
            Provenance.Approval(
                commit: commit, approver: approver, date: CalendarDate(unixTime: time), blob: blob, method: method,
                versionAuthors: [], revisionIndex: position, isPermitted: permitted?.matches(approver) ?? false
            )
        }
        for (position, revision) in revisions.enumerated() {
            guard let blob = revision.blob else { continue }
            for trailer in revision.commit.trailers where keys.contains(trailer.key.lowercased()) {
                found.append((approval(revision.commit, trailer.value, revision.commit.committer.time, blob, .trailer(trailer.key), at: position), 2))
            }
            if let merge = merges[revision.commit.id], seenMerges.insert(merge.id).inserted {
                found.append((approval(merge, merge.committer.identity, merge.committer.time, blob, .merge, at: position), 1))
            }
        }
        for (tag, commit, blob) in tags {
            // The version a tag approves is the newest change in the tag's own history.
            guard let tagger = tag.tagger,
                  let position = revisions.firstIndex(where: { $0.blob == blob && repository.isReachable($0.commit.id, from: commit.id) }) else { continue }
            found.append((approval(commit, tagger.identity, tagger.time, blob, .signedTag(tag.name), at: position), 0))
        }
        found.sort { ($0.approval.revisionIndex, $0.rank) < ($1.approval.revisionIndex, $1.rank) }
        // A version is what changed since the approval before it.
        let approvedPositions = found.map(\.approval.revisionIndex)
        return found.enumerated().map { offset, entry in
            var approval = entry.approval
            let olderApproval = approvedPositions.dropFirst(offset + 1).first { $0 > approval.revisionIndex } ?? revisions.count
            let version = revisions[approval.revisionIndex..<max(approval.revisionIndex, olderApproval)]
            var authors: [Signature] = []
            for revision in version where !authors.contains(where: { $0.email == revision.commit.author.email }) {
                authors.append(revision.commit.author)
            }
            approval.versionAuthors = authors
            return approval
        }
    }

    private func trailers(in repository: Repository, from head: CommitInfo, label: String) throws -> [Provenance.TrailerEvidence] {
        let keys = Set(configuration.evidence.trailers.map { $0.lowercased() })
        var result: [Provenance.TrailerEvidence] = []
        for commit in try repository.commits(reachableFrom: head.id) {
            for trailer in commit.trailers where keys.contains(trailer.key.lowercased()) {
                for control in trailer.value.split(whereSeparator: { $0 == "," || $0 == " " }) where !control.isEmpty {
                    result.append(Provenance.TrailerEvidence(commit: commit, key: trailer.key, control: String(control), repository: label))
                }
            }
        }
        return result
    }

    private func evidenceItems(history: History) -> [Provenance.EvidenceItem] {
        var items: [Provenance.EvidenceItem] = []
        for document in index.documents where document.problem == nil {
            for reference in document.fields.evidence {
                var item = Provenance.EvidenceItem(documentPath: document.path, reference: reference, resolvedPath: nil, status: .listed)
                switch reference.kind {
                case .url:
                    item.status = .listed
                case .path:
                    // The same lookup as the evidence rule, so the register and the check agree.
                    let outcome = EvidencePath(reference.target, root: configuration.root, source: source)
                    if case let .found(path) = outcome {
                        item.resolvedPath = path
                        item.status = .resolved(history.changes[path]?.first.flatMap { history.commits[$0.commit] })
                    } else {
                        item.resolvedPath = RepositoryPath.resolve(reference.target, from: configuration.root)
                        item.status = .problem(outcome.problem(reference.target, in: EvidencePath.label(of: source)) ?? "not found")
                    }
                case .commit:
                    item.status = commitStatus(reference.target)
                case .tag:
                    if let commit = repository.commit(forTag: reference.target) {
                        item.status = .resolved(commit)
                    } else {
                        item.status = .problem("no tag '\(reference.target)' in the repository")
                    }
                }
                items.append(item)
            }
        }
        return items
    }

    private func commitStatus(_ target: String) -> Provenance.EvidenceItem.Status {
        guard target.count >= 4, target.allSatisfy(\.isHexDigit), let (id, kind) = repository.objectKind(of: target) else {
            return .problem("no commit '\(target)' in the repository")
        }
        guard kind == .commit else {
            return .problem("'\(target)' is a \(kind), not a commit")
        }
        guard repository.isReachable(id, from: head.id) else {
            return .problem("commit \(id.short) is not in the history of \(head.id.short): a commit only on an unmerged branch is not evidence")
        }
        return .resolved(try? repository.commit(id))
    }
}
