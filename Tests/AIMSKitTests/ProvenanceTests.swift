import AIMSKit
import Foundation
import Testing

/// History and evidence read from real repositories with controlled histories.
struct ProvenanceTests {
    static func document(_ id: String, status: String = "approved", approver: String = "Bob Example", body: String = "Text.", extra: String = "") -> String {
        """
        ---
        id: \(id)
        title: Document \(id)
        type: policy
        status: \(status)
        approver: \(approver)
        effective: 2026-01-01
        next_review: 2027-01-01
        \(extra)---
        # Document \(id)

        \(body)

        """
    }

    func compile(_ repository: TestRepository, revision: String? = nil) throws -> Compilation {
        try Compiler().compile(.init(path: repository.path, revision: revision))
    }

    func setUp() throws -> TestRepository {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [docs]\n")
        try repository.commit("Set up", author: .alice, date: "2026-01-01T09:00:00Z")
        return repository
    }

    @Test func renameIsFollowedAndApprovalBoundToContent() throws {
        let repository = try setUp()
        try repository.write("docs/old-name.md", Self.document("D-1", body: "First draft."))
        try repository.commit("Draft", author: .alice, date: "2026-01-02T10:00:00Z")
        try repository.move("docs/old-name.md", to: "docs/policy.md")
        try repository.commit("Rename", author: .alice, date: "2026-01-03T10:00:00Z")
        try repository.write("docs/policy.md", Self.document("D-1", body: "Final text."))
        let approval = try repository.commit("Approve\n\nApproved-by: Bob Example <bob@example.com>", author: .bob, date: "2026-01-04T10:00:00Z")

        let compilation = try compile(repository)
        let history = try #require(compilation.provenance?.documents["docs/policy.md"])
        #expect(history.revisions.map(\.commit.summary) == ["Approve", "Rename", "Draft"])
        #expect(history.revisions.last?.path == "docs/old-name.md")
        #expect(history.approvals.map(\.commit.id.hex) == [approval])
        #expect(history.approvals.first?.approver == "Bob Example <bob@example.com>")
        #expect(history.approvals.first?.date == CalendarDate(iso: "2026-01-04"))
        #expect(history.approvals.first?.blob == history.currentBlob)
        #expect(history.approvals.first?.versionAuthors.map(\.name) == ["Bob Example", "Alice Example"])
        #expect(!history.isApprovalStale)
        #expect(compilation.diagnostics.filter { $0.ruleID.hasPrefix("AIMS02") && $0.ruleID >= "AIMS026" }.isEmpty)

        try repository.write("docs/policy.md", Self.document("D-1", body: "Edited after approval."))
        let edit = try repository.commit("Edit", author: .carol, date: "2026-02-01T10:00:00Z")
        let stale = try compile(repository).diagnostics.filter { $0.ruleID == "AIMS027" }
        #expect(stale.count == 1)
        #expect(stale.first?.summary.contains(String(approval.prefix(7))) == true)
        #expect(stale.first?.summary.contains(String(edit.prefix(7))) == true)
        #expect(stale.first?.location == SourceLocation(path: "docs/policy.md", line: 5, column: 9))
    }

    @Test func mergeAttributesTheChangeToTheCommitThatMadeIt() throws {
        let repository = try setUp()
        try repository.write("docs/policy.md", Self.document("D-1", status: "draft"))
        try repository.commit("Draft", date: "2026-01-02T10:00:00Z")
        repository.git("checkout", "-q", "-b", "review")
        try repository.write("docs/policy.md", Self.document("D-1", status: "draft", body: "Reviewed."))
        let side = try repository.commit("Review the policy", author: .carol, date: "2026-01-03T10:00:00Z")
        repository.git("checkout", "-q", "main")
        try repository.write("docs/other.md", Self.document("D-2", status: "draft"))
        try repository.commit("Other", date: "2026-01-04T10:00:00Z")
        let merge = try repository.merge("review", author: .bob, date: "2026-01-05T10:00:00Z")

        let history = try #require(try compile(repository).provenance?.documents["docs/policy.md"])
        #expect(history.revisions.map(\.commit.id.hex).contains(side))
        #expect(!history.revisions.map(\.commit.id.hex).contains(merge))
        #expect(history.revisions.count == 2)
    }

    @Test func mergesApproveWhenConfigured() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [docs]\napprovals:\n  merges: true\n")
        try repository.commit("Set up", date: "2026-01-01T09:00:00Z")
        repository.git("checkout", "-q", "-b", "policy")
        try repository.write("docs/policy.md", Self.document("D-1"))
        try repository.commit("Write the policy", author: .alice, date: "2026-01-02T10:00:00Z")
        repository.git("checkout", "-q", "main")
        let merge = try repository.merge("policy", author: .bob, date: "2026-01-03T10:00:00Z")

        let compilation = try compile(repository)
        let approval = try #require(compilation.provenance?.documents["docs/policy.md"]?.lastApproval)
        #expect(approval.commit.id.hex == merge)
        #expect(approval.approver == "Bob Example <bob@example.com>")
        #expect(compilation.diagnostics.filter { ["AIMS026", "AIMS027", "AIMS028", "AIMS029"].contains($0.ruleID) }.isEmpty)
    }

    @Test func evidenceReferencesAreResolvedAgainstTheBuiltHistory() throws {
        let repository = try setUp()
        try repository.write("evidence/report.txt", "results\n")
        let reachable = try repository.commit("Add the test report", author: .carol, date: "2026-01-02T10:00:00Z")
        repository.git("tag", "-a", "model-v1", "-m", "Model v1")
        repository.git("checkout", "-q", "-b", "unmerged")
        try repository.write("evidence/wip.txt", "work in progress\n")
        let unmerged = try repository.commit("Unmerged work", date: "2026-01-03T10:00:00Z")
        repository.git("checkout", "-q", "main")
        let blob = repository.git("rev-parse", "HEAD:evidence/report.txt").trimmingCharacters(in: .whitespacesAndNewlines)
        let evidence = """
        evidence:
          - path: evidence/report.txt
          - path: ../../outside.txt
          - commit: \(reachable)
          - commit: \(unmerged)
          - commit: \(blob)
          - tag: model-v1
          - tag: no-such-tag
          - url: https://example.org/report

        """
        try repository.write("docs/record.md", Self.document("R-1", status: "draft", extra: evidence))
        try repository.commit("Record the evidence\n\nAIMS-Control: A.6.2.4, A.99.1", author: .alice, date: "2026-01-04T10:00:00Z")

        let compilation = try compile(repository)
        let items = try #require(compilation.provenance?.evidence)
        func status(_ target: String) -> Provenance.EvidenceItem.Status? { items.first { $0.reference.target == target }?.status }
        if case let .resolved(commit)? = status("evidence/report.txt") { #expect(commit?.id.hex == reachable) } else { Issue.record("path not resolved") }
        if case let .resolved(commit)? = status(reachable) { #expect(commit?.author.name == "Carol Example") } else { Issue.record("commit not resolved") }
        if case let .resolved(commit)? = status("model-v1") { #expect(commit?.id.hex == reachable) } else { Issue.record("tag not resolved") }
        #expect(status("https://example.org/report") == .listed)

        let invalid = compilation.diagnostics.filter { $0.ruleID == "AIMS030" }.map(\.summary)
        #expect(invalid.count == 3)
        #expect(invalid.contains { $0.contains("not in the history") })
        #expect(invalid.contains { $0.contains("is a blob") })
        #expect(invalid.contains { $0.contains("no-such-tag") })
        #expect(compilation.diagnostics.filter { $0.ruleID == "AIMS014" }.map(\.location?.line) == [11])

        let trailers = compilation.provenance?.trailerEvidence.map(\.control) ?? []
        #expect(trailers == ["A.6.2.4", "A.99.1"])
        #expect(compilation.diagnostics.filter { $0.ruleID == "AIMS031" }.count == 1)
    }

    @Test func shallowCloneWarnsInsteadOfReportingMissingApprovals() throws {
        let repository = try setUp()
        try repository.write("docs/policy.md", Self.document("D-1"))
        try repository.commit("Approve\n\nApproved-by: Bob Example <bob@example.com>", author: .bob, date: "2026-01-02T10:00:00Z")
        for day in 3...5 {
            try repository.write("docs/notes-\(day).md", Self.document("N-\(day)", status: "draft"))
            try repository.commit("Notes \(day)", date: "2026-01-0\(day)T10:00:00Z")
        }
        let shallow = try TestRepository(cloning: repository, depth: 1)
        let compilation = try compile(shallow)
        #expect(compilation.provenance?.isShallow == true)
        let ids = compilation.diagnostics.map(\.ruleID)
        #expect(ids.contains("AIMS033"))
        #expect(!ids.contains("AIMS026"))
    }

    @Test func oddRepositoriesBehave() throws {
        let repository = try setUp()
        try repository.write("docs/policy.md", Self.document("D-1", status: "draft"))
        let head = try repository.commit("Policy", date: "2026-01-02T10:00:00Z")

        // Bare: the commit is read; there is no working tree to read.
        let bare = try TestRepository()
        bare.git("clone", "-q", "--bare", "file://" + repository.path, bare.path + "/bare.git")
        let bareCompilation = try Compiler().compile(.init(path: bare.path + "/bare.git"))
        #expect(bareCompilation.origin.commit?.id.hex == head)
        #expect(bareCompilation.index.documents.count == 1)
        #expect(throws: CompileFailure.self) { try Compiler().compile(.init(path: bare.path + "/bare.git", worktree: true)) }

        // Detached HEAD.
        repository.git("checkout", "-q", "--detach", head)
        #expect(try compile(repository).origin.commit?.id.hex == head)

        // A submodule inside a document folder is reported, not read.
        let module = try TestRepository()
        try module.write("README.md", "module\n")
        try module.commit("Module", date: "2026-01-01T00:00:00Z")
        repository.git("checkout", "-q", "main")
        repository.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", "file://" + module.path, "docs/vendor.md")
        try repository.commit("Add a submodule", date: "2026-01-03T10:00:00Z")
        let withSubmodule = try compile(repository)
        #expect(withSubmodule.diagnostics.filter { $0.ruleID == "AIMS001" }.map(\.location?.path) == ["docs/vendor.md"])
        #expect(withSubmodule.provenance != nil)

        // Empty: nothing to read yet.
        let empty = try TestRepository()
        #expect(throws: CompileFailure.self) { try Compiler().compile(.init(path: empty.path)) }
    }
}

/// Approvals by signed tags (`approvals.tags`), signed for real with an SSH key made here.
struct SignedTagApprovalTests {
    func repository() throws -> (TestRepository, String) {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [docs]\napprovals:\n  tags: [\"approved/*\"]\n")
        try repository.write("docs/policy.md", ProvenanceTests.document("D-1", approver: "Carol Example"))
        try repository.commit("Write the policy", author: .alice, date: "2026-01-02T10:00:00Z")
        let key = repository.path + "/../" + URL(fileURLWithPath: repository.path).lastPathComponent + "-signing-key"
        let keygen = Process()
        keygen.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        keygen.arguments = ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "carol@example.com", "-f", key]
        keygen.standardOutput = FileHandle.nullDevice
        try keygen.run()
        keygen.waitUntilExit()
        #expect(keygen.terminationStatus == 0)
        return (repository, key)
    }

    func tag(_ repository: TestRepository, _ name: String, signedWith key: String?) throws {
        var arguments = ["-c", "gpg.format=ssh", "-c", "user.signingkey=" + (key ?? ""), "tag", "-m", "Approved by the board"]
        arguments += key == nil ? ["-a", name] : ["-s", name]
        try repository.run(arguments, author: .carol, date: "2026-01-05T16:00:00Z").orThrow(arguments)
    }

    @Test func signedTagApprovesTheContentAtItsCommit() throws {
        let (repository, key) = try repository()
        defer { try? FileManager.default.removeItem(atPath: key); try? FileManager.default.removeItem(atPath: key + ".pub") }
        try tag(repository, "approved/2026-01", signedWith: key)

        let compilation = try Compiler().compile(.init(path: repository.path))
        let approval = try #require(compilation.provenance?.documents["docs/policy.md"]?.lastApproval)
        #expect(approval.method == .signedTag("approved/2026-01"))
        #expect(approval.approver == "Carol Example <carol@example.com>")
        #expect(approval.date == CalendarDate(iso: "2026-01-05"))
        #expect(compilation.diagnostics.filter { ["AIMS026", "AIMS027", "AIMS028"].contains($0.ruleID) }.isEmpty)

        try repository.write("docs/policy.md", ProvenanceTests.document("D-1", approver: "Carol Example", body: "Changed."))
        try repository.commit("Change after the tag", author: .alice, date: "2026-02-01T10:00:00Z")
        #expect(try Compiler().compile(.init(path: repository.path)).diagnostics.contains { $0.ruleID == "AIMS027" })
    }

    @Test("an unsigned tag that quotes a signature block approves nothing (issue 7, item 8)")
    func quotedSignatureIsNoSignature() throws {
        let (repository, key) = try repository()
        defer { try? FileManager.default.removeItem(atPath: key); try? FileManager.default.removeItem(atPath: key + ".pub") }
        for (name, message) in [
            ("approved/a", "Approved by the board\n\n-----BEGIN PGP SIGNATURE-----\n"),
            ("approved/b", "Approved\n\n-----BEGIN PGP SIGNATURE-----\nThis is not a signature, just words.\n-----END PGP SIGNATURE-----\n"),
            ("approved/c", "Approved\n-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\n-----END SSH SIGNATURE-----\nand then more text\n"),
        ] {
            let arguments = ["tag", "-a", name, "-m", message]
            try repository.run(arguments, author: .carol, date: "2026-01-05T16:00:00Z").orThrow(arguments)
        }
        let compilation = try Compiler().compile(.init(path: repository.path))
        #expect(compilation.provenance?.documents["docs/policy.md"]?.approvals.isEmpty == true)
        #expect(compilation.diagnostics.contains { $0.ruleID == "AIMS026" })
    }

    @Test func unsignedTagApprovesNothing() throws {
        let (repository, key) = try repository()
        defer { try? FileManager.default.removeItem(atPath: key); try? FileManager.default.removeItem(atPath: key + ".pub") }
        try tag(repository, "approved/2026-01", signedWith: nil)
        let compilation = try Compiler().compile(.init(path: repository.path))
        #expect(compilation.provenance?.documents["docs/policy.md"]?.approvals.isEmpty == true)
        #expect(compilation.diagnostics.contains { $0.ruleID == "AIMS026" })
    }
}

/// Trailer evidence from another repository beside this one, and only from beside it.
struct EvidenceRepositoryTests {
    @Test func siblingRepositoryTrailersCountAndFarAwayOnesAreRefused() throws {
        let parent = try TestRepository()
        let ml = ["init", "-q", parent.path + "/ml-platform"]
        try parent.run(ml, in: parent.path).orThrow(ml)
        try Data("model\n".utf8).write(to: URL(fileURLWithPath: parent.path + "/ml-platform/train.py"))
        let add = ["-C", parent.path + "/ml-platform", "add", "-A"]
        try parent.run(add).orThrow(add)
        let commit = ["-C", parent.path + "/ml-platform", "commit", "-q", "-m", "Log every inference\n\nAIMS-Control: A.6.2.8"]
        try parent.run(commit, author: .bob, date: "2026-01-05T10:00:00Z").orThrow(commit)
        let aims = ["init", "-q", parent.path + "/aims"]
        try parent.run(aims, in: parent.path).orThrow(aims)
        try Data("organization: Example Ltd\nevidence:\n  repositories: [../ml-platform, ../../../../..]\n".utf8)
            .write(to: URL(fileURLWithPath: parent.path + "/aims/aims.yaml"))
        let addAIMS = ["-C", parent.path + "/aims", "add", "-A"]
        try parent.run(addAIMS).orThrow(addAIMS)
        let commitAIMS = ["-C", parent.path + "/aims", "commit", "-q", "-m", "Set up"]
        try parent.run(commitAIMS, date: "2026-01-06T10:00:00Z").orThrow(commitAIMS)

        let compilation = try Compiler().compile(.init(path: parent.path + "/aims"))
        let trailers = try #require(compilation.provenance?.trailerEvidence)
        #expect(trailers.map(\.control) == ["A.6.2.8"] && trailers.first?.repository == "../ml-platform")
        #expect(compilation.diagnostics.filter { $0.ruleID == "AIMS033" }.map(\.summary).contains { $0.contains("not beside this repository") })
    }
}

