import AIMSKit
import Testing

/// A Statement of Applicability written as one table per control group.
struct SplitStatementOfApplicabilityTests {
    @Test func everyTableWithControlAndApplicableColumnsIsRead() throws {
        let model = ClauseModel.bundled
        var body = "# Statement of Applicability\n"
        for group in model.controlGroups where model.controls.contains(where: { $0.group == group.id }) {
            body += "\n## \(group.id) \(group.title)\n\n| Control | Applicable | Status | Justification |\n|---|---|---|---|\n"
            for control in model.controls where control.group == group.id {
                body += "| \(control.id) \(control.title) | yes | implemented | Needed for our systems. |\n"
            }
        }
        let soa = "---\nid: SOA\ntitle: SoA\ntype: soa\nstatus: draft\nclauses: [\"6.1.3\"]\n---\n" + body
        let controls = "---\nid: PRO-1\ntitle: Controls\ntype: procedure\nstatus: draft\ncontrols: [\(model.controls.map(\.id).joined(separator: ", "))]\n---\n"
        let source = MemorySource(files: ["aims.yaml": "organization: Example Ltd\n", "soa.md": soa, "controls.md": controls])
        let compilation = try Compiler().compile(source: source, origin: .memory, startingAt: "", asOf: nil)
        #expect(compilation.index.soa?.entries.count == 38)
        let soaFindings = compilation.diagnostics.filter { ["AIMS015", "AIMS016", "AIMS017", "AIMS018", "AIMS019", "AIMS020", "AIMS021"].contains($0.ruleID) }
        #expect(soaFindings.isEmpty, "\(soaFindings.map(\.summary))")
    }
}
