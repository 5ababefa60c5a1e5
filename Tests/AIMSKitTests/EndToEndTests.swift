import AIMSKit
import Foundation
import Testing

/// The compiler on real git repositories made in temporary folders with fixed histories.
struct EndToEndTests {
    static let policy = """
    ---
    id: POL-1
    title: AI policy
    type: policy
    status: draft
    controls: [A.2.2]
    ---
    # AI policy

    """

    func repositoryWithPolicy() throws -> TestRepository {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [policies]\n")
        try repository.write("policies/ai-policy.md", Self.policy)
        try repository.commit("Add the AI policy", date: "2026-01-10T10:00:00Z")
        return repository
    }

    func diagnostics(_ request: Compiler.Request, rule: String? = nil) throws -> [Diagnostic] {
        let all = try Compiler().compile(request).diagnostics
        return rule.map { id in all.filter { $0.ruleID == id } } ?? all
    }

    @Test func readsTheCommitNotTheWorkingTree() throws {
        let repository = try repositoryWithPolicy()
        try repository.write("policies/ai-policy.md", Self.policy.replacingOccurrences(of: "[A.2.2]", with: "[A.2.2, A.11.1]"))

        #expect(try diagnostics(.init(path: repository.path), rule: "AIMS004").isEmpty)
        let worktree = try diagnostics(.init(path: repository.path, worktree: true), rule: "AIMS004")
        #expect(worktree.map(\.location) == [SourceLocation(path: "policies/ai-policy.md", line: 6, column: 19)])
    }

    @Test func readsTagsBranchesAndCommits() throws {
        let repository = try repositoryWithPolicy()
        try repository.write("policies/ai-policy.md", Self.policy.replacingOccurrences(of: "[A.2.2]", with: "[A.5.1.1]"))
        let broken = try repository.commit("Use a 27001-style id", date: "2026-02-01T10:00:00Z")
        repository.git("tag", "v1")
        try repository.write("policies/ai-policy.md", Self.policy)
        try repository.commit("Fix the control id", date: "2026-03-01T10:00:00Z")

        #expect(try diagnostics(.init(path: repository.path), rule: "AIMS004").isEmpty)
        #expect(try diagnostics(.init(path: repository.path, revision: "v1"), rule: "AIMS004").count == 1)
        #expect(try diagnostics(.init(path: repository.path, revision: broken), rule: "AIMS004").count == 1)
        #expect(try diagnostics(.init(path: repository.path, revision: "HEAD~1"), rule: "AIMS004").count == 1)

        let compilation = try Compiler().compile(.init(path: repository.path, revision: "v1"))
        #expect(compilation.origin.commit?.id.hex == broken)
        #expect(compilation.asOf == CalendarDate(iso: "2026-02-01"))
        let pinned = try Compiler().compile(.init(path: repository.path, revision: "v1", asOf: CalendarDate(iso: "2030-01-01")))
        #expect(pinned.asOf == CalendarDate(iso: "2030-01-01"))
    }

    @Test func findsTheAIMSRootInASubfolder() throws {
        let repository = try TestRepository()
        try repository.write("README.md", "# Monorepo\n")
        try repository.write("services/model/train.py", "print('train')\n")
        try repository.write("compliance/aims/aims.yaml", "organization: Example Ltd\ndocuments: [policies]\n")
        try repository.write("compliance/aims/policies/ai-policy.md", Self.policy.replacingOccurrences(of: "[A.2.2]", with: "[A.2.2, A.99]"))
        try repository.commit("Monorepo with an AIMS", date: "2026-01-10T10:00:00Z")

        for start in ["compliance/aims", "compliance/aims/policies"] {
            let compilation = try Compiler().compile(.init(path: repository.path + "/" + start))
            #expect(compilation.configuration.root == "compliance/aims")
            #expect(compilation.index.documents.map(\.path) == ["compliance/aims/policies/ai-policy.md"])
            #expect(compilation.diagnostics.filter { $0.ruleID == "AIMS004" }.map(\.location?.path) == ["compliance/aims/policies/ai-policy.md"])
        }
        #expect(throws: CompileFailure.self) { try Compiler().compile(.init(path: repository.path + "/services")) }
        do {
            _ = try Compiler().compile(.init(path: repository.path))
            Issue.record("the repository root has no aims.yaml")
        } catch let failure as CompileFailure {
            #expect(failure.description.contains("there is one in 'compliance/aims'"))
        }
    }

    @Test func authorsCanCheckBeforeTheFirstCommit() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [policies]\n")
        try repository.write("policies/ai-policy.md", Self.policy.replacingOccurrences(of: "[A.2.2]", with: "[A.2.2, A.11.1]"))
        #expect(throws: CompileFailure.self) { try Compiler().compile(.init(path: repository.path)) }
        let compilation = try Compiler().compile(.init(path: repository.path, worktree: true))
        #expect(compilation.origin.commit == nil && compilation.provenance == nil && compilation.asOf == nil)
        #expect(compilation.diagnostics.filter { $0.ruleID == "AIMS004" }.count == 1)
    }

    @Test func cannotRunIsAFailureNotADiagnostic() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aims-not-a-repo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: CompileFailure.self) { try Compiler().compile(.init(path: folder.path)) }

        let repository = try repositoryWithPolicy()
        #expect(throws: CompileFailure.self) { try Compiler().compile(.init(path: repository.path, revision: "no-such-branch")) }

        let empty = try TestRepository()
        #expect(throws: CompileFailure.self) { try Compiler().compile(.init(path: empty.path)) }
    }

    @Test func symlinksNeverLeaveTheRepository() throws {
        let repository = try repositoryWithPolicy()
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/policies/passwd.md", withDestinationPath: "../../../../../../etc/passwd")
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/policies/alias.md", withDestinationPath: "ai-policy.md")
        try repository.commit("Add links", date: "2026-01-11T10:00:00Z")

        for worktree in [false, true] {
            let compilation = try Compiler().compile(.init(path: repository.path, worktree: worktree))
            let unreadable = compilation.diagnostics.filter { $0.ruleID == "AIMS001" }
            #expect(unreadable.map(\.location?.path) == ["policies/passwd.md"])
            #expect(unreadable.first?.summary.contains("outside the repository") == true)
            let alias = compilation.index.byPath["policies/alias.md"]
            #expect(alias?.problem == nil && alias?.fields.id?.value == "POL-1")
        }
    }
}

/// The pack is written beside the repository, never into what is read.
struct PackPlacementTests {
    @Test func refusesToWriteIntoTheRepositoryItReads() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\n")
        try repository.write(".gitignore", "/build/\n")
        try repository.commit("Set up", date: "2026-01-10T10:00:00Z")
        let compilation = try Compiler().compile(.init(path: repository.path))

        for inside in [repository.path + "/pack", repository.path + "/.git/pack", repository.path] {
            #expect(throws: PackPlacementError.self) { try AuditPack.write(compilation, to: URL(fileURLWithPath: inside)) }
        }
        #expect(!repository.exists("pack"))

        try AuditPack.write(compilation, to: URL(fileURLWithPath: repository.path + "/build/pack"))
        #expect(repository.exists("build/pack/index.html"))
        #expect(repository.git("status", "--porcelain").isEmpty)

        let outside = try TestRepository()
        try AuditPack.write(compilation, to: URL(fileURLWithPath: outside.path + "/pack"))
        #expect(outside.exists("pack/index.html"))
    }
}
