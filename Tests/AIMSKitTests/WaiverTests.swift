import AIMSKit
import Foundation
import Testing

/// Waivers on a real repository: what they take out of the counts, who added them, and
/// where the auditor sees them.
struct WaiverTests {
    static let policyHead = "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\nnext_review: 2025-06-01\ncontrols: [A.2.2, A.11.1, A.12.1]\n"

    /// The links are broken from the first commit; Bob adds the waivers a day later.
    static func repository() throws -> TestRepository {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [policies]\nrules:\n  AIMS010: off\n  AIMS015: off\n")
        // Alice's text already holds the words Bob's reasons will use: who waived must come
        // from the lines Bob wrote, not from where the words first appear.
        try repository.write("policies/ai-policy.md", policyHead + "---\n# AI policy\n\nSee [the intranet](intranet.md).\n\nAnd [the wiki](wiki.md).\n\nNote: the intranet page is handed to the auditor on paper. A.12.1 is our own extension control, mapped in the SoA notes\n")
        try repository.commit("Policy", author: .alice, date: "2026-01-10T10:00:00Z")
        try repository.write("policies/ai-policy.md", policyHead + """
            aims-waive:
              - rule: AIMS004
                match: A.12.1
                reason: A.12.1 is our own extension control, mapped in the SoA notes
            ---
            # AI policy

            <!-- aims-waive AIMS013: the intranet page is handed to the auditor on paper -->
            See [the intranet](intranet.md).

            And [the wiki](wiki.md).

            Note: the intranet page is handed to the auditor on paper. A.12.1 is our own extension control, mapped in the SoA notes

            """)
        try repository.commit("Waive what we accept", author: .bob, date: "2026-01-11T10:00:00Z")
        return repository
    }

    @Test("a comment waives the finding on the next line only; front matter waives the finding its match names")
    func waives() throws {
        let repository = try Self.repository()
        let compilation = try Compiler().compile(Compiler.Request(path: repository.path))
        let remaining = compilation.diagnostics.map { "\($0.ruleID) \($0.summary)" }
        #expect(remaining.contains { $0.hasPrefix("AIMS013") && $0.contains("wiki.md") })
        #expect(!remaining.contains { $0.hasPrefix("AIMS013") && $0.contains("intranet.md") })
        #expect(remaining.contains { $0.hasPrefix("AIMS004") && $0.contains("A.11.1") })
        #expect(!remaining.contains { $0.hasPrefix("AIMS004") && $0.contains("A.12.1") })
        #expect(compilation.waived.count == 2)
        for finding in compilation.waived {
            #expect(finding.addedIn?.author.name == "Bob Example", "the waiver's commit, not the finding's")
        }
        #expect(DiagnosticReport(compilation: compilation).summary.contains("2 waived"))
    }

    @Test("an uncommitted waiver waives under --worktree but names no commit")
    func uncommittedWaiver() throws {
        let repository = try Self.repository()
        try repository.write("policies/ai-policy.md", try repository.read("policies/ai-policy.md").replacingOccurrences(
            of: "And [the wiki]", with: "<!-- aims-waive AIMS013: the wiki is being moved -->\nAnd [the wiki]"))
        let compilation = try Compiler().compile(Compiler.Request(path: repository.path, worktree: true))
        let wiki = try #require(compilation.waived.first { $0.diagnostic.summary.contains("wiki.md") })
        #expect(wiki.addedIn == nil)
        #expect(!compilation.diagnostics.contains { $0.ruleID == "AIMS013" })
    }

    @Test("the pack lists waived findings under their own heading with reason and commit")
    func pack() throws {
        let repository = try Self.repository()
        let compilation = try Compiler().compile(Compiler.Request(path: repository.path))
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("aims-waiver-pack-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        try AuditPack.write(compilation, to: out)
        let findings = try String(contentsOf: out.appendingPathComponent("findings.html"), encoding: .utf8)
        #expect(findings.contains("Waived findings"))
        #expect(findings.contains("the intranet page is handed to the auditor on paper"))
        #expect(findings.contains("by Bob Example"))
        let waivedSection = try #require(findings.range(of: "id=\"waived\""))
        #expect(findings[..<waivedSection.lowerBound].contains("wiki.md"))
        #expect(!findings[..<waivedSection.lowerBound].contains("intranet.md'"), "a waived finding is not among the open ones")
    }

    @Test("SARIF carries waived findings as suppressed results and stays schema-valid")
    func sarif() throws {
        let repository = try Self.repository()
        let report = DiagnosticReport(compilation: try Compiler().compile(Compiler.Request(path: repository.path)))
        let text = SARIFWriter().write(report)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let results = try #require((json["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
        let suppressed = results.filter { $0["suppressions"] != nil }
        #expect(suppressed.count == 2)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("aims-waived-\(UUID().uuidString).sarif")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let schema = ReportFormatTests.fixtures.appendingPathComponent("sarif/sarif-schema-2.1.0.json").path
        let result = ChildProcess.run(["check-jsonschema", "--schemafile", schema, file.path], environment: ProcessInfo.processInfo.environment)
        #expect(result.status == 0, "\(result.output)\(result.error)")
    }

    @Test("a waiver shown in fenced code or a code span is text; two on one line both count; the keyword is read in any case")
    func parsing() throws {
        let body = """
        # P

        ```markdown
        <!-- aims-waive AIMS013: an example in the handbook -->
        ```

        Write `<!-- aims-waive AIMS013: like this -->` above the line.

        See [a](a.md) and [b](b.md). <!-- aims-waive AIMS013: a is on paper --> <!-- AIMS-WAIVE AIMS004: not a control here -->

        """
        let document = DocumentParser.parse(path: "docs/p.md", bytes: Array(("---\nid: P-1\ntitle: P\ntype: policy\nstatus: draft\n---\n" + body).utf8))
        #expect(document.waivers.map(\.ruleID) == ["AIMS013", "AIMS004"])
        #expect(document.waivers.allSatisfy { $0.scope == .line(15) }, "\(document.waivers.map(\.scope))")
    }
}
