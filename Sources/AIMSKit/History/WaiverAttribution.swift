import AIMSGit

/// Who waived a finding: the commit that added the waiver's marker to its document, found by
/// going back through the document's revisions while the marker is in them.
enum WaiverAttribution {
    static func commit(adding waiver: Waiver, provenance: Provenance?, repository: Repository?) -> CommitInfo? {
        guard let repository, let history = provenance?.documents[waiver.path] else { return nil }
        var earliest: CommitInfo?
        // Newest first; the first revision without the marker ends the search, so a marker
        // only in uncommitted content (working tree, index) has no commit.
        for revision in history.revisions {
            guard let blob = revision.blob, let bytes = try? repository.blob(blob) else { break }
            guard String(decoding: bytes, as: UTF8.self).contains(waiver.marker) else { break }
            earliest = revision.commit
        }
        return earliest
    }
}
