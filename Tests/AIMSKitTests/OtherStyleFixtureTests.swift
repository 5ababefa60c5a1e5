import AIMSKit
import Foundation
import Testing

/// Harbour Lane Analytics' AIMS, written by a team that never saw aims (its own ids, folders,
/// SoA columns, approvals by `--no-ff` merge, registers kept by their owners, records never
/// merged, an editorial typo fix, a retired policy with a successor): it compiles as they wrote
/// it, and the resolved model decides each of its facts the way their procedure does.
@Suite(.serialized)
struct OtherStyleFixtureTests {
    static let scriptURL = PlantedDefectTests.sampleRoot.deletingLastPathComponent()
        .appendingPathComponent("Scripts/make-other-style-repo.sh")

    /// Runs the fixture's script into a temporary folder.
    static func harbourLane() throws -> (folder: TestRepository, path: String) {
        let folder = try TestRepository()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [scriptURL.path, folder.path + "/hla"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return (folder, folder.path + "/hla")
    }

    /// The script makes 70 commits: it runs once per test process, and every test reads that
    /// one repository (a compilation never writes into it).
    nonisolated(unsafe) static let shared: Result<(TestRepository, Compilation), any Error> = Result {
        let (folder, path) = try harbourLane()
        return (folder, try Compiler().compile(.init(path: path)))
    }

    static func compile() throws -> (TestRepository, Compilation) { try shared.get() }

    func document(_ compilation: Compilation, _ id: String) throws -> Document {
        try #require(compilation.index.byID[id]?.first, "\(id) not in the index")
    }

    @Test("it compiles with no error or warning: its PNG and SVG figures are carried; notes for its draft, review and unusual type")
    func compilesWithoutErrors() throws {
        let (_, compilation) = try Self.compile()
        let described = compilation.diagnostics.map { "\($0.location?.description ?? "-") \($0.ruleID) \($0.summary)" }
        #expect(compilation.index.documents.count == 29)
        #expect(compilation.diagnostics.filter { $0.severity == .error }.isEmpty, "\(described)")
        #expect(compilation.diagnostics.filter { $0.severity == .warning }.isEmpty, "\(described)")
        let figures = compilation.resolved.files.byPath.filter { if case .image = $0.value.format { return true } else { return false } }
        #expect(Set(figures.keys) == ["docs/assets/aims-process-overview.png", "docs/assets/model-lifecycle.svg", "docs/assets/harbour-lane-logo.svg"], "\(figures.keys.sorted())")
        #expect(Set(compilation.diagnostics.filter { $0.severity == .note }.map(\.ruleID)) == ["AIMS037", "AIMS039"], "\(described)")
    }

    @Test("registers are current by their owners' updates, records are retained, the plan's typo fix is editorial")
    func documentControlAsTheirProcedureSays() throws {
        let (_, compilation) = try Self.compile()
        let model = compilation.resolved
        for id in ["HLA-REG-01", "HLA-REG-02", "HLA-REG-03", "HLA-RSK-03"] {
            let state = model.state(of: try document(compilation, id))
            guard case .current = state else { Issue.record("\(id) is \(state)"); continue }
        }
        let updated = model.state(of: try document(compilation, "HLA-RSK-03"))
        guard case .current(.ownerUpdates) = updated else { Issue.record("the risk register is \(updated)"); return }
        for id in ["HLA-REC-01", "HLA-REC-02", "HLA-REC-04", "HLA-RSK-05"] {
            let state = model.state(of: try document(compilation, id))
            guard case .current(.retained) = state else { Issue.record("\(id) is \(state)"); continue }
        }
        let plan = try document(compilation, "HLA-GOV-07")
        guard case let .current(.approval(approval)) = model.state(of: plan) else {
            Issue.record("the objectives plan is \(model.state(of: plan))"); return
        }
        #expect(approval.isPermitted)
        let editorial = try #require(compilation.provenance?.documents[plan.path]?.editorialChanges)
        #expect(editorial.count == 1)
        // Approved by merge, and by the person the roles name: no unpermitted approval anywhere.
        #expect(compilation.provenance?.documents.values.allSatisfy { $0.unpermittedApprovals.isEmpty } == true)
    }

    @Test("the retired policy points to its successor and implements nothing any more")
    func retiredAndSuperseded() throws {
        let (_, compilation) = try Self.compile()
        let model = compilation.resolved
        let retired = try document(compilation, "HLA-GOV-05")
        let successor = try document(compilation, "HLA-GOV-06")
        guard case let .retired(path) = model.state(of: retired), path == successor.path else {
            Issue.record("HLA-GOV-05 is \(model.state(of: retired))"); return
        }
        #expect(model.successors[retired.path]?.fields.id?.value == "HLA-GOV-06")
        #expect(model.predecessors[successor.path]?.map { $0.fields.id?.value } == ["HLA-GOV-05"])
        let control = try #require(model.control("A.9.2"))
        #expect(!control.implementers.contains { $0.fields.id?.value == "HLA-GOV-05" })
        #expect(control.formerImplementers.map { $0.fields.id?.value } == ["HLA-GOV-05"])
    }

    @Test("the SoA's front-matter lists are read, its pointer justification is followed, it implements nothing itself")
    func statementOfApplicability() throws {
        let (_, compilation) = try Self.compile()
        let model = compilation.resolved
        #expect(model.controls.allSatisfy { !$0.implementers.contains { $0.fields.type == .soa } })
        let pointer = try #require(model.control("A.8.3")?.entry)
        #expect(pointer.applicable == false && !pointer.isUnresolvedPointer)
        #expect(pointer.justification != pointer.writtenJustification && pointer.justification.count > 40, "\(pointer.justification)")
        let written = try #require(model.control("A.10.4")?.entry)
        #expect(written.applicable == false && written.justification.hasPrefix("Harbour Lane provides no AI system"))
        // Every applicable control is implemented by some live document other than the SoA.
        let unimplemented = model.controls.filter { $0.control != nil && $0.applicable == true && $0.implementers.isEmpty }
        #expect(unimplemented.isEmpty, "\(unimplemented.map(\.id))")
    }

    @Test("every mandatory item is provided; residual risk acceptance through the risk register's approval")
    func mandatoryItems() throws {
        let (_, compilation) = try Self.compile()
        let model = compilation.resolved
        let missing = model.mandatory.filter { !$0.isProvided }.map(\.item.id)
        #expect(missing.isEmpty, "\(missing)")
        let residual = try #require(model.mandatory("residual-risk-acceptance"))
        guard case let .derived(from: source, _) = residual.state else { Issue.record("residual acceptance is \(residual.state)"); return }
        #expect(source.fields.id?.value == "HLA-RSK-03")
        #expect(model.mandatory("scope")?.providers.map { $0.document.fields.id?.value } == ["HLA-GOV-01"])
        #expect(model.mandatory("impact-assessment-results")?.providers.compactMap { $0.document.fields.id?.value }.sorted() == ["HLA-RSK-05", "HLA-RSK-06"])
        // Every clause demanding documented information is covered; section headings such as
        // 6.1 demand nothing of their own and are neither covered nor uncovered.
        let uncovered = model.clauses.filter { !$0.mandatoryItems.isEmpty && !$0.isCovered }.map(\.clause.id)
        #expect(uncovered.isEmpty, "\(uncovered)")
        #expect(model.clauses.first { $0.clause.id == "6.1" }?.isHeading == true)
        #expect(model.clauses.first { $0.clause.id == "4.4" }?.isCovered == true)
    }

    @Test("the pack's overview names the scope document; the editorial change is labelled as one")
    func overviewNamesTheScopeDocument() throws {
        let (folder, compilation) = try Self.compile()
        try AuditPack.write(compilation, to: URL(fileURLWithPath: folder.path + "/pack"))
        let index = try folder.read("pack/index.html")
        #expect(index.contains("<code>HLA-GOV-01</code>"))
        #expect(!index.contains("No scope statement"))
        // The plan's typo fix is listed as editorial, never as a change after the approval.
        let plan = try folder.read("pack/documents/HLA-GOV-07.html")
        #expect(plan.contains("badge-note\">Editorial change</span>"))
        #expect(!plan.contains("After the approval"))
    }
}
