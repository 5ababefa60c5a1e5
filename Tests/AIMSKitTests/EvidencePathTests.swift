import AIMSKit
import Foundation
import Testing

/// Evidence paths through symlinks, which rule examples (plain files only) cannot express.
struct EvidencePathTests {
    func evidenceDiagnostics(links: [String: String]) throws -> [Diagnostic] {
        let record = """
        ---
        id: REC-1
        title: Record
        type: record
        status: draft
        evidence:
          - path: evidence/linked.txt
        ---

        """
        let source = MemorySource(
            files: ["aims.yaml": "organization: Example Ltd\n", "records/r.md": record, "evidence/real.txt": "data\n"],
            links: links
        )
        let compiler = Compiler(checker: Checker(rules: [EvidenceNotFoundRule()]))
        return try compiler.compile(source: source, origin: .memory, startingAt: "", asOf: nil).diagnostics
    }

    @Test func linkInsideTheRepositoryIsEvidence() throws {
        #expect(try evidenceDiagnostics(links: ["evidence/linked.txt": "real.txt"]).isEmpty)
    }

    @Test(arguments: [
        "../../../etc/passwd",
        "/etc/passwd",
        "missing.txt",
    ])
    func linkOutOfTheRepositoryOrToNothingIsNot(target: String) throws {
        let found = try evidenceDiagnostics(links: ["evidence/linked.txt": target])
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(path: "records/r.md", line: 7, column: 11))
    }

    @Test func linkLoopIsBounded() throws {
        let found = try evidenceDiagnostics(links: ["evidence/linked.txt": "loop.txt", "evidence/loop.txt": "linked.txt"])
        #expect(found.count == 1)
    }
}

/// Evidence through a linked folder, in a real repository: the check and the pack's evidence
/// register agree, from the commit and from the working tree.
struct EvidenceThroughLinkedFolderTests {
    @Test func linkedFolderOutOfTheRepositoryIsNotEvidence() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [docs]\n")
        try repository.write("evidence/real.txt", "data\n")
        try repository.write("docs/record.md", """
        ---
        id: REC-1
        title: Record
        type: record
        status: draft
        evidence:
          - path: outside/passwd
          - path: inside/real.txt
          - path: evidence
        ---

        """)
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/outside", withDestinationPath: "/etc")
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/inside", withDestinationPath: "evidence")
        try repository.commit("Record with linked folders", date: "2026-01-10T10:00:00Z")

        for worktree in [false, true] {
            let compilation = try Compiler().compile(.init(path: repository.path, worktree: worktree))
            let found = compilation.diagnostics.filter { $0.ruleID == "AIMS014" }
            #expect(found.map(\.location?.line) == [7], "worktree: \(worktree)")
            #expect(found.first?.summary.contains("leaves the repository") == true)
            let statuses = compilation.provenance?.evidence.map(\.status) ?? []
            #expect(statuses.count == 3)
            if case .problem? = statuses.first {} else { Issue.record("the register must show the problem too (worktree: \(worktree))") }
            for status in statuses.dropFirst() {
                if case .resolved = status {} else { Issue.record("inside links and folders are evidence (worktree: \(worktree)): \(status)") }
            }
        }
    }

    @Test func submoduleCheckoutIsNotReadFromTheWorkingTree() throws {
        let module = try TestRepository()
        try module.write("docs/stray.md", "---\nid: STRAY\n---\n")
        try module.commit("Module", date: "2026-01-01T00:00:00Z")
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [docs]\n")
        try repository.commit("Set up", date: "2026-01-02T00:00:00Z")
        repository.git("-c", "protocol.file.allow=always", "submodule", "add", "-q", "file://" + module.path, "docs/vendor")
        try repository.commit("Add a submodule", date: "2026-01-03T00:00:00Z")
        let compilation = try Compiler().compile(.init(path: repository.path, worktree: true))
        #expect(compilation.index.documents.isEmpty)
    }
}

/// git's own files are no evidence, in a commit or a working tree, by name or through a
/// symlink; and the whole AIMS is no piece of evidence (issue 7, item 11).
extension EvidencePathTests {
    @Test func gitFolderAndTheWholeAIMSAreNotEvidence() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\n")
        try repository.write("records/r.md", """
        ---
        id: REC-1
        title: Record
        type: record
        status: draft
        evidence:
          - path: .git/config
          - path: ''
          - path: '.'
          - path: ./
          - path: records/to-git
        ---

        """)
        try FileManager.default.createSymbolicLink(atPath: repository.path + "/records/to-git", withDestinationPath: "../.git/HEAD")
        _ = try repository.commit("Record", date: "2026-03-01T10:00:00Z")
        for worktree in [false, true] {
            let compilation = try Compiler().compile(.init(path: repository.path, worktree: worktree))
            let found = compilation.diagnostics.filter { $0.ruleID == "AIMS014" }
            #expect(found.map(\.location?.line) == [7, 8, 9, 10, 11], "worktree: \(worktree)")
            #expect(found.first?.summary.contains("inside the .git folder") == true)
            #expect(found.dropFirst().first?.summary.contains("names the whole AIMS") == true)
            let carried = compilation.resolved.files.byPath.keys.filter { $0.contains(".git") }
            #expect(carried.isEmpty)
        }
    }
}
