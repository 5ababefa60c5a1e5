import AIMSKit
import Foundation
import Testing

/// `aims check --base`: a head compared with its base on real branches.
struct ChangeTests {
    static func compile(_ repository: TestRepository, base: String = "main", failOn: FailurePolicy = .new) throws -> DiagnosticReport {
        let compilation = try Compiler().compile(Compiler.Request(path: repository.path, base: base))
        var report = DiagnosticReport(compilation: compilation)
        report.failOn = failOn
        return report
    }

    @Test("a finding the base had stays old across a rename; the change's findings are new")
    func oldAndNewFindings() throws {
        let repository = try ChangeScenario.make()
        let report = try Self.compile(repository)
        let change = try #require(report.change)
        let byRule = Dictionary(grouping: report.diagnostics.indices, by: { report.diagnostics[$0].ruleID })
        let unknown = try #require(byRule["AIMS004"]?.first)
        #expect(report.diagnostics[unknown].location?.path == "policies/artificial-intelligence-policy.md")
        #expect(!change.isNew(unknown), "the unknown control was in the base, under the old path")
        for rule in ["AIMS040", "AIMS043", "AIMS044"] {
            let indices = try #require(byRule[rule], "\(rule) did not report")
            #expect(indices.allSatisfy(change.isNew), "\(rule) must be new")
        }
        #expect(report.failed)
    }

    @Test("the change summary names the rename, the retirement, the lost approval and the SoA row")
    func summary() throws {
        let repository = try ChangeScenario.make()
        let change = try #require(try Self.compile(repository).change)
        let entries = change.summary.entries
        #expect(entries.contains { $0.kind == .renamed && $0.before == "policies/ai-policy.md" && $0.after == "policies/artificial-intelligence-policy.md" })
        #expect(entries.contains { $0.kind == .retired && $0.subject == "POL-2" })
        #expect(entries.contains { $0.kind == .status && $0.subject == "POL-2" && $0.before == "approved" && $0.after == "retired" })
        #expect(entries.contains { $0.kind == .approvalLost && $0.subject == "POL-1" })
        #expect(entries.contains { $0.kind == .applicability && $0.subject == "A.2.3" && $0.before == "no" && $0.after == "yes" })
        #expect(entries.contains { $0.kind == .control && $0.subject == "A.2.2" })
        #expect(!entries.contains { $0.kind == .added || $0.kind == .removed }, "a rename is neither an addition nor a removal")
    }

    @Test("--fail-on new passes a head whose findings the base already had; --fail-on all does not")
    func failurePolicy() throws {
        let repository = try ChangeScenario.make()
        repository.git("checkout", "--quiet", "main")
        repository.git("checkout", "--quiet", "-b", "unrelated")
        try repository.write("README.md", "not a document\n")
        try repository.commit("Readme", date: "2026-03-02T10:00:00Z")
        let new = try Self.compile(repository, failOn: .new)
        #expect(new.diagnostics.hasErrors)
        #expect(new.change?.newCount == 0)
        #expect(!new.failed)
        #expect(try Self.compile(repository, failOn: .all).failed)
    }

    @Test("a base that does not exist is an error that stops the run")
    func unknownBase() throws {
        let repository = try ChangeScenario.make()
        #expect(throws: CompileFailure.self) { try Self.compile(repository, base: "no-such-branch") }
    }

    @Test("fixed findings are listed: the base's findings the head no longer has")
    func fixed() throws {
        let repository = try ChangeScenario.make()
        try repository.write("policies/artificial-intelligence-policy.md", ChangeScenario.policy(
            id: "POL-1", title: "AI policy", version: "1.1", controls: "[A.2.2]", body: "We use AI with great care."))
        try repository.commit("Drop the unknown control", date: "2026-03-03T10:00:00Z")
        let change = try #require(try Self.compile(repository).change)
        #expect(change.fixed.contains { $0.ruleID == "AIMS004" })
    }

    @Test("the head's findings are the same with and without a base: documents parsed once for both are not changed by it")
    func sharedParseChangesNothing() throws {
        let repository = try ChangeScenario.make()
        let alone = try Compiler().compile(Compiler.Request(path: repository.path))
        let compared = try Compiler().compile(Compiler.Request(path: repository.path, base: "main"))
        let changeRules: Set<String> = ["AIMS040", "AIMS041", "AIMS042", "AIMS043", "AIMS044"]
        #expect(compared.diagnostics.filter { !changeRules.contains($0.ruleID) } == alone.diagnostics)
        #expect(compared.index.documents.map(\.body) == alone.index.documents.map(\.body))
        #expect(compared.diagnostics.contains { $0.ruleID == "AIMS004" && $0.location?.path == "policies/data.md" })
    }

    @Test("a change that creates the AIMS is compared with an empty one: every finding is new, every document added")
    func baseWithoutAIMS() throws {
        let repository = try TestRepository()
        try repository.write("README.md", "A project.\n")
        try repository.commit("Start", date: "2026-01-01T10:00:00Z")
        repository.git("checkout", "--quiet", "-b", "aims")
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [policies]\n")
        try repository.write("policies/ai-policy.md", ChangeScenario.policy(id: "POL-1", title: "AI policy", version: "1.0", status: "draft", controls: "[A.2.2]", body: "Text."))
        try repository.commit("Add the AIMS", date: "2026-01-02T10:00:00Z")
        let report = try Self.compile(repository)
        let change = try #require(report.change)
        #expect(!report.diagnostics.isEmpty)
        #expect(change.newCount == report.diagnostics.count)
        #expect(change.summary.documents.map(\.kind) == [.added])
    }

    /// A repository on `main` with one more, unrelated commit on `change`.
    static func unrelatedChange(_ files: [String: String]) throws -> TestRepository {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [docs]\n")
        for (path, text) in files { try repository.write(path, text) }
        try repository.commit("AIMS", date: "2026-01-10T10:00:00Z")
        repository.git("checkout", "--quiet", "-b", "change")
        try repository.write("README.md", "Not a document.\n")
        try repository.commit("Readme", date: "2026-01-11T10:00:00Z")
        return repository
    }

    @Test("a finding whose message names the commit read is the same finding in the next commit")
    func commitInMessage() throws {
        let repository = try Self.unrelatedChange([
            "docs/p.md": "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\nevidence: [{path: evidence/missing.csv}]\n---\n# P\n",
        ])
        let report = try Self.compile(repository)
        #expect(report.diagnostics.contains { $0.ruleID == "AIMS014" && $0.summary.contains("in commit ") })
        #expect(report.change?.newCount == 0, "\(report.diagnostics.filter { report.change?.isNew(report.diagnostics.firstIndex(of: $0)!) == true }.map(\.summary))")
    }

    @Test("two documents sharing an id stay paired by path: an unrelated change adds, removes and breaks nothing")
    func duplicateIDs() throws {
        let policy = "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\n# P\n\nSee [the copy](copy.md).\n"
        let repository = try Self.unrelatedChange(["docs/p.md": policy, "docs/copy.md": policy.replacingOccurrences(of: "[the copy](copy.md)", with: "[the original](p.md)")])
        let report = try Self.compile(repository)
        let change = try #require(report.change)
        #expect(change.summary.documents.isEmpty, "\(change.summary.documents.map(\.text))")
        #expect(!report.diagnostics.contains { $0.ruleID == "AIMS043" })
        #expect(change.newCount == 0)
    }

    @Test("a mandatory item's finding keeps its identity when a provider moves from draft to in review")
    func providerStateInMessage() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [docs]\n")
        try repository.write("docs/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\nclauses: [\"5.2\"]\n---\n# P\n")
        try repository.commit("Draft", date: "2026-01-10T10:00:00Z")
        repository.git("checkout", "--quiet", "-b", "change")
        try repository.write("docs/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: in-review\nclauses: [\"5.2\"]\n---\n# P\n")
        try repository.commit("Ready for review", date: "2026-01-11T10:00:00Z")
        let report = try Self.compile(repository)
        let index = try #require(report.diagnostics.firstIndex { $0.ruleID == "AIMS011" && $0.summary.contains("in-review") })
        #expect(report.change?.isNew(index) == false)
    }

    @Test("a row removed from the SoA is in the change summary")
    func soaRowRemoved() throws {
        let repository = try ChangeScenario.make()
        try repository.write("soa/soa.md", try repository.read("soa/soa.md").replacingOccurrences(of: "| A.2.3 | yes | | We keep no other policies that touch AI |\n", with: ""))
        try repository.commit("Drop A.2.3", date: "2026-03-02T10:00:00Z")
        let change = try #require(try Self.compile(repository).change)
        #expect(change.summary.soa.contains { $0.subject == "A.2.3" && $0.text.contains("row removed") })
    }
}
