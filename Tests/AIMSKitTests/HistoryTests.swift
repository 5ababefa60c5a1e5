@testable import AIMSGit
import Foundation
import Testing

/// `Repository.history(from:under:)` against real repositories built with the git command.
/// git itself is the oracle for files that were never renamed; renames are pinned by fixtures.
struct HistoryTests {
    // MARK: Linear history

    @Test("linear edits: every commit that changed the file, newest first, with kinds and blobs")
    func linearEdits() throws {
        let repo = try TestRepository()
        try repo.write("a.md", "one\n")
        let c1 = try repo.commit("Add a", date: at(0))
        try repo.write("b.md", "bee\n")
        let c2 = try repo.commit("Add b", date: at(1))
        try repo.write("a.md", "two\n")
        let c3 = try repo.commit("Edit a", author: .bob, date: at(2))
        try repo.write("a.md", "three\n")
        let c4 = try repo.commit("Edit a again", date: at(3))

        let history = try history(of: repo)
        #expect(commits(history, "a.md") == [c4, c3, c1])
        #expect(commits(history, "a.md") == (try repo.log("a.md")))
        #expect(history.changes["a.md"]?.map(\.kind) == [.modified, .modified, .added])
        #expect(history.changes["a.md"]?.map(\.path) == ["a.md", "a.md", "a.md"])
        #expect(commits(history, "b.md") == [c2])
        for change in history.changes["a.md"] ?? [] {
            #expect(change.blob?.hex == (try repo.revision("\(change.commit.hex):a.md")))
        }
        #expect(Set(history.commits.keys.map(\.hex)) == [c1, c2, c3, c4])
        #expect(history.commits[try #require(ObjectID(hex: c3))]?.author.name == "Bob Example")
        #expect(!history.isTruncated)
    }

    // MARK: Renames

    @Test("a file moved without changes continues under its old name")
    func renameWithoutContentChange() throws {
        let repo = try TestRepository()
        try repo.write("docs/a.md", Self.paragraph("alpha"))
        let c1 = try repo.commit("Add a", date: at(0))
        try repo.write("docs/a.md", Self.paragraph("alpha") + "more\n")
        let c2 = try repo.commit("Edit a", date: at(1))
        try repo.move("docs/a.md", to: "docs/b.md")
        let c3 = try repo.commit("Rename a to b", date: at(2))
        try repo.write("docs/b.md", Self.paragraph("alpha") + "more\nand more\n")
        let c4 = try repo.commit("Edit b", date: at(3))

        let history = try history(of: repo)
        #expect(history.changes.keys.sorted() == ["docs/b.md"])
        let changes = try #require(history.changes["docs/b.md"])
        #expect(changes.map(\.commit.hex) == [c4, c3, c2, c1])
        #expect(changes.map(\.kind) == [.modified, .renamed(from: "docs/a.md"), .modified, .added])
        #expect(changes.map(\.path) == ["docs/b.md", "docs/b.md", "docs/a.md", "docs/a.md"])
        #expect(changes[1].blob == changes[2].blob, "a pure move keeps the blob")
        // git's answers for each name, stitched at the rename.
        #expect(changes.map(\.commit.hex) == (try repo.log("docs/b.md")) + (try repo.log("docs/a.md", from: c2)))
    }

    @Test("a file moved and edited in one commit is followed through similar content")
    func renameWithContentChange() throws {
        let repo = try TestRepository()
        try repo.write("policy.md", Self.paragraph("policy"))
        try repo.write("old.md", Self.paragraph("old"))
        let c1 = try repo.commit("Add", date: at(0))
        try repo.remove("policy.md")
        try repo.write("governance/policy-v2.md", Self.paragraph("policy") + "one changed line\n")
        // Unrelated content replacing a deleted file is an addition, not a rename.
        try repo.remove("old.md")
        try repo.write("new.md", "nothing in common\n")
        let c2 = try repo.commit("Move and edit policy; replace old", date: at(1))

        let history = try history(of: repo)
        let policy = try #require(history.changes["governance/policy-v2.md"])
        #expect(policy.map(\.commit.hex) == [c2, c1])
        #expect(policy.map(\.kind) == [.renamed(from: "policy.md"), .added])
        #expect(policy.map(\.path) == ["governance/policy-v2.md", "policy.md"])
        #expect(history.changes["new.md"]?.map(\.kind) == [.added])
        #expect(commits(history, "new.md") == [c2])
    }

    @Test("identical content: a deleted file with the same name wins, then the smallest path")
    func exactRenamePairing() throws {
        let repo = try TestRepository()
        try repo.write("old/a.md", "same\n")
        try repo.write("old/z.md", "same\n")
        let c1 = try repo.commit("Add", date: at(0))
        try repo.remove("old/a.md")
        try repo.remove("old/z.md")
        try repo.write("new/z.md", "same\n")
        try repo.write("new/m.md", "same\n")
        let c2 = try repo.commit("Move", date: at(1))

        let history = try history(of: repo)
        #expect(history.changes["new/z.md"]?.map(\.kind) == [.renamed(from: "old/z.md"), .added])
        #expect(history.changes["new/m.md"]?.map(\.kind) == [.renamed(from: "old/a.md"), .added])
        #expect(commits(history, "new/m.md") == [c2, c1])
    }

    @Test("a path renamed away and created again keeps git's own history; the renamed file takes the old changes too")
    func renamedAwayAndRecreated() throws {
        let repo = try TestRepository()
        try repo.write("a.md", Self.paragraph("first"))
        let c1 = try repo.commit("Add a", date: at(0))
        try repo.move("a.md", to: "b.md")
        let c2 = try repo.commit("Rename a to b", date: at(1))
        try repo.write("a.md", Self.paragraph("second"))
        let c3 = try repo.commit("New a", date: at(2))

        let history = try history(of: repo)
        #expect(commits(history, "a.md") == [c3, c2, c1])
        #expect(commits(history, "a.md") == (try repo.log("a.md")))
        #expect(history.changes["a.md"]?.map(\.kind) == [.added, .deleted, .added])
        #expect(history.changes["b.md"]?.map(\.kind) == [.renamed(from: "a.md"), .added])
        #expect(commits(history, "b.md") == [c2, c1])
    }

    // MARK: Merges

    @Test("a change made on a side branch lists the side commit, not the merge")
    func mergeOfSideBranch() throws {
        let repo = try TestRepository()
        try repo.write("a.md", "a\n")
        try repo.write("b.md", "b\n")
        try repo.write("c.md", "c\n")
        let c1 = try repo.commit("Start", date: at(0))
        repo.git("checkout", "-q", "-b", "side")
        try repo.write("a.md", "a on side\n")
        let s1 = try repo.commit("Edit a on side", date: at(1))
        // Changed and changed back on the side: git prunes both commits for c.md.
        try repo.write("c.md", "c changed\n")
        try repo.commit("Change c", date: at(2))
        try repo.write("c.md", "c\n")
        try repo.commit("Revert c", date: at(3))
        repo.git("checkout", "-q", "main")
        try repo.write("b.md", "b on main\n")
        let m1 = try repo.commit("Edit b on main", date: at(4))
        let merge = try repo.merge("side", date: at(5))

        let history = try history(of: repo)
        #expect(commits(history, "a.md") == [s1, c1])
        #expect(commits(history, "b.md") == [m1, c1])
        #expect(commits(history, "c.md") == [c1])
        for path in ["a.md", "b.md", "c.md"] {
            #expect(commits(history, path) == (try repo.log(path)), "\(path)")
        }
        #expect(history.commits[try #require(ObjectID(hex: merge))] == nil)
    }

    @Test("a conflict resolved differently from both sides lists the merge and both sides")
    func conflictResolution() throws {
        let repo = try TestRepository()
        try repo.write("a.md", "base\n")
        let c1 = try repo.commit("Start", date: at(0))
        repo.git("checkout", "-q", "-b", "side")
        try repo.write("a.md", "side\n")
        let s1 = try repo.commit("Side", author: .bob, date: at(1))
        repo.git("checkout", "-q", "main")
        try repo.write("a.md", "main\n")
        let m1 = try repo.commit("Main", date: at(2))
        #expect(try !repo.beginMerge("side"))
        #expect(try repo.conflictedPaths() == ["a.md"])
        try repo.write("a.md", "resolved\n")
        let merge = try repo.commit("Merge side", date: at(3))

        let history = try history(of: repo)
        #expect(commits(history, "a.md") == [merge, m1, s1, c1])
        #expect(commits(history, "a.md") == (try repo.log("a.md")))
        let first = try #require(history.changes["a.md"]?.first)
        #expect(first.kind == .modified)
        #expect(first.blob?.hex == (try repo.revision("\(merge):a.md")))
        #expect(history.commits[first.commit]?.parentIDs.count == 2)
    }

    @Test("a conflict resolved by taking the side's text: main's own edit leaves the list, as in git")
    func resolutionTakingTheirs() throws {
        let repo = try TestRepository()
        try repo.write("a.md", "base\n")
        let c1 = try repo.commit("Start", date: at(0))
        repo.git("checkout", "-q", "-b", "side")
        try repo.write("a.md", "side\n")
        let s1 = try repo.commit("Side", date: at(1))
        repo.git("checkout", "-q", "main")
        try repo.write("a.md", "main\n")
        try repo.commit("Main", date: at(2))
        #expect(try !repo.beginMerge("side"))
        try repo.write("a.md", "side\n")
        try repo.commit("Merge side, keeping its text", date: at(3))

        // The merge has a.md exactly as the side has it, so only the side explains it.
        let history = try history(of: repo)
        #expect(commits(history, "a.md") == [s1, c1])
        #expect(commits(history, "a.md") == (try repo.log("a.md")))
    }

    @Test("a rename on a branch merged with an edit on main: both routes continue under the old name")
    func renameOnBranchMergedWithEdit() throws {
        let repo = try TestRepository()
        try repo.write("a.md", Self.paragraph("alpha"))
        let base = try repo.commit("Start", date: at(0))
        repo.git("checkout", "-q", "-b", "side")
        try repo.move("a.md", to: "b.md")
        let rename = try repo.commit("Rename a to b", date: at(1))
        repo.git("checkout", "-q", "main")
        try repo.write("a.md", Self.paragraph("alpha") + "edited on main\n")
        let edit = try repo.commit("Edit a", date: at(2))
        let merge = try repo.merge("side", date: at(3))
        #expect(try repo.read("b.md").hasSuffix("edited on main\n"))

        let history = try history(of: repo)
        let changes = try #require(history.changes["b.md"])
        // Against its first parent the merge renames a.md (main's edited text) to b.md.
        #expect(changes.map(\.commit.hex) == [merge, edit, rename, base])
        #expect(changes.map(\.kind) == [.renamed(from: "a.md"), .modified, .renamed(from: "a.md"), .added])
        #expect(changes.map(\.path) == ["b.md", "a.md", "b.md", "a.md"])
    }

    // MARK: Deletions, folders, shallow clones

    @Test("a file deleted and added again lists both, then its earlier life")
    func deletedAndReAdded() throws {
        let repo = try TestRepository()
        try repo.write("a.md", "one\n")
        let c1 = try repo.commit("Add", date: at(0))
        try repo.write("a.md", "two\n")
        let c2 = try repo.commit("Edit", date: at(1))
        try repo.remove("a.md")
        try repo.write("other.md", "keeps the tree non-empty\n")
        let c3 = try repo.commit("Delete", date: at(2))
        try repo.write("a.md", "three\n")
        let c4 = try repo.commit("Add again", date: at(3))

        let history = try history(of: repo)
        let changes = try #require(history.changes["a.md"])
        #expect(changes.map(\.commit.hex) == [c4, c3, c2, c1])
        #expect(changes.map(\.commit.hex) == (try repo.log("a.md")))
        #expect(changes.map(\.kind) == [.added, .deleted, .modified, .added])
        #expect(changes[1].blob == nil)
    }

    @Test("a folder prefix: only its files, renames only from inside it")
    func subfolderPrefix() throws {
        let repo = try TestRepository()
        try repo.write("docs/policy.md", Self.paragraph("policy"))
        try repo.write("docs/sub/x.md", Self.paragraph("x"))
        try repo.write("other/y.md", Self.paragraph("y"))
        try repo.write("root.md", "root\n")
        let c1 = try repo.commit("Start", date: at(0))
        try repo.write("other/y.md", Self.paragraph("y") + "edit\n")
        let c2 = try repo.commit("Edit y", date: at(1))
        try repo.write("docs/sub/x.md", Self.paragraph("x") + "edit\n")
        let c3 = try repo.commit("Edit x", date: at(2))
        try repo.move("other/y.md", to: "docs/y.md")
        let c4 = try repo.commit("Move y into docs", date: at(3))
        try repo.move("docs/sub/x.md", to: "docs/x2.md")
        try repo.write("docs/x2.md", Self.paragraph("x") + "edit\nand moved\n")
        let c5 = try repo.commit("Move x up and edit it", date: at(4))

        let docs = try history(of: repo, under: "docs")
        #expect(docs.changes.keys.sorted() == ["docs/policy.md", "docs/x2.md", "docs/y.md"])
        #expect(commits(docs, "docs/policy.md") == [c1])
        #expect(docs.changes["docs/y.md"]?.map(\.kind) == [.added], "the source is outside the prefix")
        #expect(commits(docs, "docs/y.md") == [c4])
        #expect(commits(docs, "docs/x2.md") == [c5, c3, c1])
        #expect(docs.changes["docs/x2.md"]?.first?.kind == .renamed(from: "docs/sub/x.md"), "similar content, below the prefix")
        #expect(try history(of: repo, under: "/docs/") == docs)

        let whole = try history(of: repo)
        #expect(whole.changes.keys.sorted() == ["docs/policy.md", "docs/x2.md", "docs/y.md", "root.md"])
        #expect(commits(whole, "docs/y.md") == [c4, c2, c1])
        #expect(whole.changes["docs/y.md"]?.first?.kind == .renamed(from: "other/y.md"))

        let missing = try history(of: repo, under: "nowhere")
        #expect(missing.changes.isEmpty && missing.commits.isEmpty && !missing.isTruncated)
        #expect(try history(of: repo, under: "root.md").changes.isEmpty, "a file is not a folder")
    }

    @Test("a shallow clone: the boundary is treated as a root, as git does, and the history says it is truncated")
    func shallowClone() throws {
        let source = try TestRepository()
        for step in 0..<5 {
            try source.write("a.md", "a \(step)\n")
            if step % 2 == 0 { try source.write("b.md", "b \(step)\n") }
            try source.commit("Step \(step)", date: at(step))
        }
        let clone = try TestRepository(cloning: source, depth: 2)
        let repository = try Repository.discover(from: clone.path)
        #expect(repository.isShallow)
        let history = try history(of: clone)
        #expect(history.isTruncated)
        #expect(history.boundaryCommits.map(\.hex) == [try clone.revision("HEAD~1")])
        for path in ["a.md", "b.md"] {
            #expect(commits(history, path) == (try clone.log(path)), "\(path)")
        }
        #expect(history.changes["a.md"]?.map(\.kind) == [.modified, .added])
        #expect(history.changes["b.md"]?.map(\.kind) == [.modified, .added], "the boundary commit adds what it has")

        let full = try TestRepository(cloning: source)
        let complete = try self.history(of: full)
        #expect(!complete.isTruncated)
        #expect(commits(complete, "a.md").count == 5)
    }

    // MARK: Generated histories, git as the oracle

    @Test("generated history: every file's commits equal git log, in git's order", arguments: [DateStyle.increasing, .tiesAndSkew])
    func generatedHistory(dates: DateStyle) throws {
        let repo = try TestRepository()
        var generator = HistoryGenerator(repo: repo, dates: dates, seed: dates == .increasing ? 42 : 7)
        try generator.generate(commits: 300)
        let merges = try repo.run(["rev-list", "--merges", "--count", "HEAD"]).orThrow([]).output
        #expect((Int(merges.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) >= 5)
        let octopus = try repo.run(["rev-list", "--min-parents=3", "--count", "HEAD"]).orThrow([]).output
        #expect((Int(octopus.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0) >= 1, "an octopus merge")

        let history = try history(of: repo)
        let files = try repo.files()
        #expect(files.count >= 20)
        #expect(history.changes.keys.sorted() == files.sorted())
        for file in files {
            #expect(commits(history, file) == (try repo.log(file)), "\(file)")
        }
        #expect(!history.changes.values.joined().contains { if case .renamed = $0.kind { true } else { false } })
        try checkKindsAndBlobs(history, in: repo)

        // The date-sort shortcut and the exact replay of git's queue must agree.
        #expect(try self.history(of: repo, replayOrderAlways: true) == history)
        if dates == .tiesAndSkew {
            let sameSecond = history.changes.values.contains { changes in
                let times = changes.compactMap { history.commits[$0.commit]?.committer.time }
                return Set(times).count < times.count
            }
            #expect(sameSecond, "the fixture should exercise same-second commits of one file")
            let outOfDateOrder = history.changes.values.contains { changes in
                let times = changes.compactMap { history.commits[$0.commit]?.committer.time }
                return zip(times, times.dropFirst()).contains { $0 < $1 }
            }
            #expect(outOfDateOrder, "the fixture should make git's order differ from sorting by date")
            let repository = try Repository.discover(from: repo.path)
            let graph = try CommitGraph(repository: repository.handle, head: repository.commit(for: "HEAD").id.raw, shallow: [])
            #expect(!graph.skewedEdges.isEmpty, "the fixture should exercise clock skew")
        }
    }

    @Test("generated history with a subfolder prefix and a shallow clone of it")
    func generatedPrefixAndShallow() throws {
        let repo = try TestRepository()
        var generator = HistoryGenerator(repo: repo, dates: .tiesAndSkew, seed: 99)
        try generator.generate(commits: 120)
        let docs = try history(of: repo, under: "docs")
        let files = try repo.files(under: "docs")
        #expect(docs.changes.keys.sorted() == files.sorted())
        for file in files {
            #expect(commits(docs, file) == (try repo.log(file)), "\(file)")
        }

        let clone = try TestRepository(cloning: repo, depth: 15)
        let shallow = try history(of: clone)
        #expect(shallow.isTruncated)
        for file in try clone.files() {
            #expect(commits(shallow, file) == (try clone.log(file)), "\(file)")
        }
    }

    // MARK: Helpers

    private func history(of repo: TestRepository, under prefix: String = "", replayOrderAlways: Bool = false) throws -> History {
        let repository = try Repository.discover(from: repo.path)
        return try repository.history(from: repository.commit(for: "HEAD"), under: prefix, replayOrderAlways: replayOrderAlways)
    }

    private func commits(_ history: History, _ path: String) -> [String] {
        history.changes[path]?.map(\.commit.hex) ?? []
    }

    /// Each change's kind against the commit's first parent and its blob, read back through
    /// the tree listing (a different code path from the walk).
    private func checkKindsAndBlobs(_ history: History, in repo: TestRepository) throws {
        let repository = try Repository.discover(from: repo.path)
        var trees: [ObjectID: [String: ObjectID]] = [:]
        func files(_ id: ObjectID) throws -> [String: ObjectID] {
            if let known = trees[id] { return known }
            let entries = try repository.entries(of: repository.commit(id), under: "") ?? []
            let map = Dictionary(uniqueKeysWithValues: entries.map { ($0.path, $0.id) })
            trees[id] = map
            return map
        }
        for change in history.changes.values.joined() {
            let commit = try #require(history.commits[change.commit])
            let after = try files(change.commit)[change.path]
            let before = try commit.parentIDs.first.flatMap { try files($0)[change.path] }
            #expect(change.blob == after)
            switch change.kind {
            case .added: #expect(before == nil && after != nil)
            case .modified: #expect(before != nil && after != nil && before != after || commit.parentIDs.count > 1)
            case .deleted: #expect(before != nil && after == nil)
            case .renamed: Issue.record("no renames expected")
            }
        }
    }

    /// Fixed dates a minute apart: at(0) is 2026-01-02 10:00 UTC.
    private func at(_ minute: Int) -> String {
        let hour = 10 + minute / 60
        return "2026-01-02T\(hour < 10 ? "0" : "")\(hour):\(minute % 60 < 10 ? "0" : "")\(minute % 60):00Z"
    }

    /// A few lines of text unique to `word`, long enough for similarity detection.
    private static func paragraph(_ word: String) -> String {
        (1...8).map { "\(word) line \($0): the quick brown fox jumps over the lazy dog\n" }.joined()
    }
}
