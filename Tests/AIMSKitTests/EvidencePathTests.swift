import AIMSKit
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
