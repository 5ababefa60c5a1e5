import AIMSKit
import Foundation
import Testing

/// Approvals that mean something, and document control as organizations practise it, on real
/// repositories with controlled histories.
struct DocumentControlTests {
    static let dana = TestRepository.Person(name: "Dana Whitfield", email: "dana@example.org")
    static let eve = TestRepository.Person(name: "Eve Outsider", email: "eve@elsewhere.example")
    static let configuration = """
    organization: Example Ltd
    roles:
      Chief Executive Officer: [dana@example.org]
      Risk Officer: [carol@example.com]
    document_control:
      editorial:
        message: '(?i)^editorial correction'

    """

    static func document(_ id: String, type: String = "policy", body: String, owner: String = "Risk Officer") -> String {
        "---\nid: \(id)\ntitle: \(id)\ntype: \(type)\nstatus: approved\nowner: \(owner)\napprover: Chief Executive Officer\neffective: 2026-02-01\nnext_review: 2027-02-01\n---\n# \(id)\n\n\(body)\n"
    }

    func compile(_ repository: TestRepository) throws -> Compilation {
        try Compiler().compile(.init(path: repository.path))
    }

    func findings(_ compilation: Compilation, _ path: String) -> [String] {
        compilation.diagnostics.filter { $0.location?.path == path }.map(\.ruleID)
    }

    /// A policy approved by its approver, then changed by its author with an approval written
    /// in the name of someone who may not approve it. Returns the repository and that commit.
    static func approvalByOutsider() throws -> (TestRepository, String) {
        let repository = try TestRepository()
        try repository.write("aims.yaml", configuration)
        try repository.write("policy.md", document("POL-1", body: "Our rules for AI."))
        try repository.commit("Approve the policy\n\nApproved-by: Dana Whitfield <dana@example.org>", author: dana, date: "2026-01-20T12:00:00Z")
        try repository.write("policy.md", document("POL-1", body: "Our rules for AI. Anything goes."))
        let attack = try repository.commit("Clarify\n\nApproved-by: Eve Outsider <eve@elsewhere.example>", author: .alice, date: "2026-02-01T12:00:00Z")
        return (repository, attack)
    }

    @Test func anApprovalBySomeoneWhoMayNotApproveDoesNotCount() throws {
        let (repository, attack) = try Self.approvalByOutsider()
        let compilation = try compile(repository)
        guard case let .stale(since, changes, _) = compilation.resolved.state(of: try #require(compilation.index.byPath["policy.md"])) else {
            Issue.record("not stale: \(compilation.resolved.state(of: compilation.index.byPath["policy.md"]!))")
            return
        }
        #expect(RecordedIdentity(since?.approver ?? "").name == "Dana Whitfield")
        #expect(changes.map(\.commit.id.hex) == [attack])
        #expect(findings(compilation, "policy.md").sorted() == ["AIMS027", "AIMS028"])
        let page = try #require(try HistoryStory.pack(compilation).text("documents/POL-1.html"))
        #expect(page.contains("Approvals that do not count"))
        #expect(page.contains("Eve Outsider"))
        #expect(!page.contains("badge-approved\">Approved</span>"))
    }

    @Test func approvalsAreOrderedByTheCommitGraphNotByClocks() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", Self.configuration)
        try repository.write("policy.md", Self.document("POL-1", body: "Version one."))
        try repository.commit("Approve v1\n\nApproved-by: Dana Whitfield <dana@example.org>", author: Self.dana, date: "2026-03-01T12:00:00Z")
        // The approver's own approval of exactly the content read, with a clock set earlier.
        try repository.write("policy.md", Self.document("POL-1", body: "Version two."))
        try repository.commit("Approve v2\n\nApproved-by: Dana Whitfield <dana@example.org>", author: Self.dana, date: "2026-01-15T12:00:00Z")
        let compilation = try compile(repository)
        let document = try #require(compilation.index.byPath["policy.md"])
        #expect(compilation.resolved.state(of: document).isCurrent, "\(compilation.resolved.state(of: document))")
        #expect(findings(compilation, "policy.md").filter { $0 != "AIMS029" }.isEmpty)
    }

    @Test func aRegisterStaysCurrentThroughItsOwnersUpdatesAndNotThroughOthers() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", Self.configuration)
        try repository.write("register.md", Self.document("REG-1", type: "register", body: "| Risk | Level |\n|---|---|\n| R-1 | high |"))
        try repository.commit("Approve the register\n\nApproved-by: Dana Whitfield <dana@example.org>", author: Self.dana, date: "2026-01-20T12:00:00Z")
        try repository.write("register.md", Self.document("REG-1", type: "register", body: "| Risk | Level |\n|---|---|\n| R-1 | medium |"))
        try repository.commit("Reassess R-1", author: .carol, date: "2026-03-01T12:00:00Z")
        var compilation = try compile(repository)
        var register = try #require(compilation.index.byPath["register.md"])
        guard case .current(.ownerUpdates) = compilation.resolved.state(of: register) else {
            Issue.record("\(compilation.resolved.state(of: register))")
            return
        }
        #expect(findings(compilation, "register.md").isEmpty, "\(compilation.diagnostics.map(\.summary))")
        let page = try #require(try HistoryStory.pack(compilation).text("documents/REG-1.html"))
        #expect(page.contains("Current: owner updates") && page.contains("it stays current through updates committed by its owner"))

        try repository.write("register.md", Self.document("REG-1", type: "register", body: "| Risk | Level |\n|---|---|\n| R-1 | low |"))
        let other = try repository.commit("Lower R-1", author: .bob, date: "2026-04-01T12:00:00Z")
        compilation = try compile(repository)
        register = try #require(compilation.index.byPath["register.md"])
        guard case let .stale(_, changes, .changedByOthers) = compilation.resolved.state(of: register) else {
            Issue.record("\(compilation.resolved.state(of: register))")
            return
        }
        #expect(changes.map(\.commit.id.hex) == [other])
        #expect(findings(compilation, "register.md") == ["AIMS027"])
    }

    @Test func recordsAreRetainedNotApproved() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", Self.configuration)
        try repository.write("record.md", Self.document("REC-1", type: "record", body: "Minutes."))
        try repository.commit("Minutes of the review", author: .carol, date: "2026-01-20T12:00:00Z")
        let compilation = try compile(repository)
        let record = try #require(compilation.index.byPath["record.md"])
        guard case .current(.retained(nil)) = compilation.resolved.state(of: record) else {
            Issue.record("\(compilation.resolved.state(of: record))")
            return
        }
        #expect(findings(compilation, "record.md").isEmpty, "\(compilation.diagnostics.map(\.summary))")
    }

    @Test func editorialChangesKeepTheApprovalAndAreListed() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", Self.configuration)
        try repository.write("plan.md", Self.document("PLN-1", type: "plan", body: "We will reveiw the plan.\n\nSecond paragraph."))
        try repository.commit("Approve the plan\n\nApproved-by: Dana Whitfield <dana@example.org>", author: Self.dana, date: "2026-01-20T12:00:00Z")
        try repository.write("plan.md", Self.document("PLN-1", type: "plan", body: "We will review the plan.\n\nSecond paragraph."))
        let byMessage = try repository.commit("Editorial correction: fix a typo", author: .carol, date: "2026-02-01T12:00:00Z")
        try repository.write("plan.md", Self.document("PLN-1", type: "plan", body: "We will review the plan.\n\nThe second paragraph."))
        try repository.commit("Wording\n\nEditorial: clearer wording", author: .carol, date: "2026-02-02T12:00:00Z")
        var compilation = try compile(repository)
        var plan = try #require(compilation.index.byPath["plan.md"])
        #expect(compilation.resolved.state(of: plan).isCurrent, "\(compilation.resolved.state(of: plan))")
        // Dana wrote the first version herself (AIMS029); nothing else.
        #expect(findings(compilation, "plan.md") == ["AIMS029"], "\(compilation.diagnostics.map(\.summary))")
        let history = try #require(compilation.provenance?.documents["plan.md"])
        #expect(history.editorialChanges.map(\.reason) == ["clearer wording", "Editorial correction: fix a typo"])
        #expect(history.editorialChanges.last?.revision.commit.id.hex == byMessage)
        #expect(history.editorialChanges.last?.linesChanged == 2)
        let page = try #require(try HistoryStory.pack(compilation).text("documents/PLN-1.html"))
        #expect(page.contains("Editorial changes since the approval") && page.contains("clearer wording (2 lines changed)"))

        // Marked editorial, but it changes the front matter: not editorial.
        try repository.write("plan.md", Self.document("PLN-1", type: "plan", body: "We will review the plan.\n\nThe second paragraph.").replacingOccurrences(of: "next_review: 2027-02-01", with: "next_review: 2028-02-01"))
        try repository.commit("Editorial: push the review out", author: .carol, date: "2026-02-03T12:00:00Z")
        compilation = try compile(repository)
        plan = try #require(compilation.index.byPath["plan.md"])
        #expect(findings(compilation, "plan.md").filter { $0 != "AIMS029" } == ["AIMS027"])
    }

    @Test func mandatoryItemsAsTheStandardReadsThem() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", Self.configuration)
        // The impact assessment results are records listing 8.4; the procedure listing 6.1.4 is the process.
        try repository.write("ia-procedure.md", Self.document("PRO-IA", type: "procedure", body: "How we assess.").replacingOccurrences(of: "---\n# PRO-IA", with: "clauses: [\"6.1.4\", \"8.1\"]\n---\n# PRO-IA"))
        try repository.write("ia-results.md", Self.document("REC-IA", type: "record", body: "Results.").replacingOccurrences(of: "---\n# REC-IA", with: "clauses: [\"8.4\"]\n---\n# REC-IA"))
        // The risk register holds the treatment plan; its recorded approval is the plan's approval.
        try repository.write("register.md", Self.document("REG-R", type: "register", body: "Risks.", owner: "Risk Officer").replacingOccurrences(of: "---\n# REG-R", with: "clauses: [\"6.1.3\", \"8.2\", \"8.3\"]\n---\n# REG-R"))
        try repository.commit("Approve\n\nApproved-by: Dana Whitfield <dana@example.org>", author: Self.dana, date: "2026-01-20T12:00:00Z")
        let compilation = try compile(repository)
        let resolved = compilation.resolved
        #expect(resolved.mandatory("impact-assessment-results")?.providers.map(\.document.path) == ["ia-results.md"])
        #expect(resolved.mandatory("impact-assessment-results")?.nonProviders.map(\.document.path) == ["ia-procedure.md"])
        #expect(resolved.mandatory("impact-assessment-process")?.providers.map(\.document.path) == ["ia-procedure.md"])
        #expect(resolved.mandatory("risk-actions")?.providers.map(\.document.path) == ["register.md"])
        #expect(resolved.mandatory("operational-records")?.isProvided == false, "a procedure is not the record of operations")
        guard case let .derived(source, approval)? = resolved.mandatory("residual-risk-acceptance")?.state else {
            Issue.record("\(String(describing: resolved.mandatory("residual-risk-acceptance")?.state))")
            return
        }
        #expect(source.path == "register.md" && RecordedIdentity(approval.approver).name == "Dana Whitfield")
        let missing = compilation.diagnostics.filter { $0.ruleID == "AIMS010" }
        #expect(!missing.contains { $0.summary.contains("6.1.4") || $0.summary.contains("(6.1.1)") || $0.summary.contains("residual") })
        let operations = try #require(missing.first { $0.summary.contains("(8.1)") })
        #expect(operations.notes.contains { $0.message.contains("PRO-IA lists 8.1 but does not count: a procedure describes how the work is done") })
    }

    @Test func aSupersededDocumentAndItsSuccessorLinkEachOther() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", Self.configuration)
        try repository.write("old.md", "---\nid: POL-OLD\ntitle: Old\ntype: policy\nstatus: retired\nsuperseded_by: POL-NEW\ncontrols: [A.9.2]\n---\n# Old\n")
        try repository.write("new.md", Self.document("POL-NEW", body: "New.").replacingOccurrences(of: "---\n# POL-NEW", with: "controls: [A.9.2]\n---\n# POL-NEW"))
        try repository.commit("Replace the policy\n\nApproved-by: Dana Whitfield <dana@example.org>", author: Self.dana, date: "2026-01-20T12:00:00Z")
        let compilation = try compile(repository)
        #expect(compilation.resolved.successors["old.md"]?.path == "new.md")
        #expect(compilation.resolved.control("A.9.2")?.implementers.map(\.path) == ["new.md"])
        #expect(compilation.resolved.control("A.9.2")?.formerImplementers.map(\.path) == ["old.md"])
        let pack = try HistoryStory.pack(compilation)
        #expect(try #require(pack.text("documents/POL-OLD.html")).contains("It is superseded by <span class=\"doc-ref\"><a class=\"doc-link\" href=\"../documents/POL-NEW.html\">"))
        #expect(try #require(pack.text("documents/POL-NEW.html")).contains("This document supersedes <span class=\"doc-ref\"><a class=\"doc-link\" href=\"../documents/POL-OLD.html\">"))
        #expect(try #require(pack.text("soa.html")).contains("Formerly: <a href=\"documents/POL-OLD.html\"><code>POL-OLD</code></a>"))
    }
}
