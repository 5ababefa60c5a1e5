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
        return Provenance.DocumentHistory(
            revisions: revisions,
            approvals: approvals(revisions, merges: merges, tags: tags.compactMap { entry in
                repository.blobID(at: path, in: entry.commit.id).map { (entry.tag, entry.commit, $0) }
            }),
            currentBlob: current,
            isTruncated: boundaryReached
        )
    }

    /// Approvals, newest first: trailers on commits that changed the document, and (when
    /// configured) the merges that brought its changes into the built branch.
    private func approvals(
        _ revisions: [Provenance.Revision], merges: [ObjectID: CommitInfo], tags: [(AnnotatedTag, CommitInfo, ObjectID)]
    ) -> [Provenance.Approval] {
        let keys = Set(configuration.approvals.trailers.map { $0.lowercased() })
        var found: [(revisionIndex: Int, approval: Provenance.Approval, time: Int64)] = []
        var seenMerges = Set<ObjectID>()
        for (position, revision) in revisions.enumerated() {
            guard let blob = revision.blob else { continue }
            for trailer in revision.commit.trailers where keys.contains(trailer.key.lowercased()) {
                found.append((position, Provenance.Approval(
                    commit: revision.commit, approver: trailer.value,
                    date: CalendarDate(unixTime: revision.commit.committer.time),
                    blob: blob, method: .trailer(trailer.key), versionAuthors: []
                ), revision.commit.committer.time))
            }
            if let merge = merges[revision.commit.id], seenMerges.insert(merge.id).inserted {
                found.append((position, Provenance.Approval(
                    commit: merge, approver: merge.committer.identity,
                    date: CalendarDate(unixTime: merge.committer.time),
                    blob: blob, method: .merge, versionAuthors: []
                ), merge.committer.time))
            }
        }
        for (tag, commit, blob) in tags {
            guard let tagger = tag.tagger,
                  // The version a tag approves is the newest change at or before its commit.
                  let position = revisions.firstIndex(where: { $0.blob == blob && $0.commit.committer.time <= commit.committer.time }) else { continue }
            found.append((position, Provenance.Approval(
                commit: commit, approver: tagger.identity,
                date: CalendarDate(unixTime: tagger.time),
                blob: blob, method: .signedTag(tag.name), versionAuthors: []
            ), tagger.time))
        }
        found.sort { ($0.time, -$0.revisionIndex) > ($1.time, -$1.revisionIndex) }
        // A version is what changed since the approval before it.
        let approvedPositions = found.map(\.revisionIndex)
        return found.enumerated().map { offset, entry in
            var approval = entry.approval
            let olderApproval = approvedPositions.dropFirst(offset + 1).first { $0 > entry.revisionIndex } ?? revisions.count
            let version = revisions[entry.revisionIndex..<max(entry.revisionIndex, olderApproval)]
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
