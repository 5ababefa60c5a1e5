import AIMSGit

/// Who waived a finding: the commit that last changed the line the waiver is written on,
/// by `git blame` of its document at the commit read (once per document, however many
/// waivers it holds). For content that is not committed (working tree, index), the waiver's
/// line must be in the committed file as it is, or no commit added it yet.
final class WaiverAttribution {
    private let repository: Repository?
    private let head: CommitInfo?
    private let source: SourceTree
    private let uncommitted: Bool
    private var blamed: [String: (lines: [Substring], commits: [ObjectID?])] = [:]
    private var commits: [ObjectID: CommitInfo] = [:]
    private var currentLines: [String: [Substring]] = [:]

    init(repository: Repository?, origin: Origin, source: SourceTree) {
        self.repository = repository
        head = origin.commit
        self.source = source
        uncommitted = origin.isUncommitted
    }

    func commit(adding waiver: Waiver) -> CommitInfo? {
        guard let repository, let head, let file = blame(waiver.path, repository: repository, head: head) else { return nil }
        var line = waiver.line - 1
        if uncommitted {
            if currentLines[waiver.path] == nil, let current = try? source.read(waiver.path) { currentLines[waiver.path] = Self.lines(current) }
            guard let text = currentLines[waiver.path] else { return nil }
            guard line >= 0, line < text.count else { return nil }
            if line >= file.lines.count || file.lines[line] != text[line] {
                guard let moved = file.lines.firstIndex(of: text[line]) else { return nil }
                line = moved
            }
        }
        guard line >= 0, line < file.commits.count, let id = file.commits[line] else { return nil }
        if let known = commits[id] { return known }
        let commit = try? repository.commit(id)
        commits[id] = commit
        return commit
    }

    private func blame(_ path: String, repository: Repository, head: CommitInfo) -> (lines: [Substring], commits: [ObjectID?])? {
        if let known = blamed[path] { return known }
        let folder = RepositoryPath.folder(of: path)
        guard let entry = (try? repository.entries(of: head, under: folder))??.first(where: { $0.path == path }),
              let bytes = try? repository.blob(entry.id),
              let commits = repository.lineCommits(path: path, newest: head.id) else { return nil }
        let result = (Self.lines(bytes), commits)
        blamed[path] = result
        return result
    }

    private static func lines(_ bytes: [UInt8]) -> [Substring] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    }
}
