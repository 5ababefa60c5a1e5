import AIMSKit
import Foundation
import Testing

/// The readiness and EU AI Act pages: their data agrees with the clause model, and what they
/// say follows from the resolved facts of real repositories.
struct Stage1PagesTests {
    @Test("every clause and control the Stage 1 bundle and the crosswalk name exists in the clause model")
    func referenceDataMatchesTheModel() {
        let model = ClauseModel.bundled
        for item in Stage1Bundle.bundled.items {
            for clause in item.clauses { #expect(model.clause(clause) != nil, "bundle item \(item.number) names clause \(clause)") }
            for control in item.controls { #expect(model.control(control) != nil, "bundle item \(item.number) names control \(control)") }
            #expect(!item.clauses.isEmpty || !item.controls.isEmpty || item.applicableControls)
        }
        for article in AIActCrosswalk.bundled.articles {
            for clause in article.clauses { #expect(model.clause(clause) != nil, "\(article.id) names clause \(clause)") }
            for control in article.controls { #expect(model.control(control) != nil, "\(article.id) names control \(control)") }
        }
        let gaps = AIActCrosswalk.bundled.notCovered.flatMap(\.articles)
        for article in ["Art. 5", "Art. 43", "Art. 48", "Art. 53"] { #expect(gaps.contains(article), "\(article) must be listed as not covered") }
    }

    @Test("readiness: a draft policy makes its item incomplete, an absent scope is missing, an approved register is ready")
    func readinessStates() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [docs]\n")
        try repository.write("docs/policy.md", "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\nclauses: [\"5.2\"]\n---\n# AI policy\n")
        try repository.write("docs/objectives.md", "---\nid: PLN-1\ntitle: Objectives\ntype: plan\nstatus: approved\napprover: Dana Whitfield\neffective: 2026-01-10\nclauses: [\"6.2\"]\n---\n# Objectives\n")
        try repository.commit("Documents\n\nApproved-by: Dana Whitfield <dana@example.org>", date: "2026-01-10T10:00:00Z")
        let compilation = try Compiler().compile(Compiler.Request(path: repository.path))
        func state(_ clause: String) -> Stage1Readiness.State? {
            compilation.resolved.readiness.items.first { $0.expected.clauses == [clause] }?.state
        }
        #expect(state("5.2") == .incomplete)
        #expect(state("4.3") == .missing)
        #expect(state("6.2") == .ready)
        let pack = try PackBuilder(compilation: compilation, templates: TemplateSet(compilation: compilation)).build()
        let html = try #require(pack.text("readiness.html"))
        #expect(html.contains("POL-1"))
        #expect(html.contains("Missing"))
    }

    @Test("on SampleRepo every mandatory bundle item is ready; the EU AI Act page names its documents and the gaps")
    func sampleRepo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aims-stage1-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try PlantedDefectTests.makeSample(at: folder)
        let compilation = try Compiler().compile(Compiler.Request(path: folder))
        let notReady = compilation.resolved.readiness.items.filter { $0.expected.mandatory && $0.state != .ready }
        #expect(notReady.isEmpty, "\(notReady.map { "\($0.expected.number) \($0.state)" })")
        let pack = try PackBuilder(compilation: compilation, templates: TemplateSet(compilation: compilation)).build()
        let act = try #require(pack.text("eu-ai-act.html"))
        #expect(act.contains("Prohibited AI practices"))
        #expect(act.contains("id=\"article-9\""))
        #expect(act.contains("KFS-PRO-001") || act.contains("KFS-REG-002"), "risk-management documents support Art. 9")
        #expect(act.contains("Support, not conformity"))
    }
}
