import AIMSKit
import Testing

/// The SoA as other teams write it: other column names, status words with notes, the
/// front-matter form, and justifications that point elsewhere.
struct SoAByMeaningTests {
    static let model = ClauseModel.bundled
    static let controlsDocument = "---\nid: PRO-1\ntitle: Controls\ntype: procedure\nstatus: draft\ncontrols: [\(model.controls.map(\.id).filter { $0 != "A.10.4" && $0 != "A.7.3" }.joined(separator: ", "))]\n---\n"

    func compile(_ soa: String, configuration: String = "organization: Example Ltd\n") throws -> Compilation {
        let source = MemorySource(files: ["aims.yaml": configuration, "soa.md": soa, "controls.md": Self.controlsDocument])
        return try Compiler().compile(source: source, origin: .memory, startingAt: "", asOf: nil)
    }

    func soaFindings(_ compilation: Compilation) -> [String] {
        compilation.diagnostics.filter { ["AIMS015", "AIMS016", "AIMS017", "AIMS018", "AIMS019", "AIMS020", "AIMS021", "AIMS035"].contains($0.ruleID) }
            .map { "\($0.location?.description ?? "-") \($0.ruleID) \($0.summary)" }
    }

    /// `| Control | Title | Applies | Reason | Implemented by | Status |`, with varied status words.
    static func table(header: String, status: (String) -> String) -> String {
        var rows = "\(header)\n|---|---|---|---|---|---|\n"
        for control in model.controls {
            let excluded = control.id == "A.10.4" || control.id == "A.7.3"
            rows += "| \(control.id) | \(control.title) | \(excluded ? "No" : "Yes") | \(excluded ? "See exclusion below" : "Treats risk R-3") | PRO-1 | \(excluded ? "Not applicable" : status(control.id)) |\n"
        }
        return rows
    }

    @Test func columnsAreFoundByMeaningAndStatusWordsKeepTheirNote() throws {
        let table = Self.table(header: "| Control | Title | Applies | Reason | Implemented by | Status |") { id in
            switch id {
            case "A.6.2.8": return "Implemented; 400-day retention since December 2024"
            case "A.2.3": return "Partially implemented"
            case "A.2.4": return "In progress"
            case "A.4.2": return "Not started"
            default: return "Implemented"
            }
        }
        let soa = """
        ---
        id: SOA
        title: SoA
        type: soa
        status: draft
        ---
        # SoA

        \(table)
        ## Exclusions

        A.10.4 is excluded: we provide no AI system to customers.

        ### A.7.3 Acquisition of data

        We acquire no data from third parties; every data set is our own.
        """
        let compilation = try compile(soa)
        #expect(soaFindings(compilation).isEmpty, "\(soaFindings(compilation))")
        let resolved = compilation.resolved
        let logs = try #require(resolved.control("A.6.2.8")?.entry)
        #expect(logs.status == .implemented && logs.statusNote == "400-day retention since December 2024")
        #expect(resolved.control("A.2.3")?.entry?.status == .partial)
        #expect(resolved.control("A.2.4")?.entry?.status == .partial)
        #expect(resolved.control("A.4.2")?.entry?.status == .planned)
        // "See exclusion below" leads to the paragraph naming the control, or to the one under its heading.
        #expect(resolved.control("A.10.4")?.entry?.justification == "A.10.4 is excluded: we provide no AI system to customers.")
        #expect(resolved.control("A.7.3")?.entry?.justification == "We acquire no data from third parties; every data set is our own.")
        #expect(resolved.control("A.7.3")?.entry?.writtenJustification == "See exclusion below")
        // The SoA's pack page shows the text and the note.
        let soaPage = try #require(try HistoryStory.pack(compilation).text("soa.html"))
        #expect(soaPage.contains("We acquire no data from third parties"))
        #expect(soaPage.contains("400-day retention since December 2024"))
    }

    @Test func aPointerThatLeadsNowhereIsUnjustified() throws {
        let table = Self.table(header: "| Ref | Title | Applicability | Rationale | Implemented by | Implementation status |") { _ in "Implemented" }
        let soa = "---\nid: SOA\ntitle: SoA\ntype: soa\nstatus: draft\n---\n# SoA\n\n\(table)"
        let compilation = try compile(soa)
        let unjustified = compilation.diagnostics.filter { $0.ruleID == "AIMS017" }
        #expect(unjustified.count == 2, "\(soaFindings(compilation))")
    }

    @Test func anyOtherHeaderIsMappedInTheConfiguration() throws {
        let table = Self.table(header: "| Ctrl # | Title | In SoA? | Why | Implemented by | Status |") { _ in "Implemented" }
        let soa = "---\nid: SOA\ntitle: SoA\ntype: soa\nstatus: draft\nexcluded:\n  - control: A.10.4\n    justification: No customers.\n  - {control: A.7.3, justification: No acquired data.}\n---\n# SoA\n\n\(table)"
        let unmapped = try compile(soa)
        #expect(unmapped.index.soa?.tableLocation == nil)
        let mapped = try compile(soa, configuration: "organization: Example Ltd\nsoa:\n  columns:\n    control: \"Ctrl #\"\n    applicable: In SoA?\n    justification: Why\n")
        #expect(soaFindings(mapped).isEmpty, "\(soaFindings(mapped))")
        #expect(mapped.resolved.control("A.10.4")?.entry?.justification == "No customers.")
    }

    @Test func theFrontMatterListsAloneAreAStatementOfApplicability() throws {
        let included = Self.model.controls.map(\.id).filter { $0 != "A.10.4" && $0 != "A.7.3" }
        let soa = "---\nid: SOA\ntitle: SoA\ntype: soa\nstatus: draft\ncontrols: [\(included.joined(separator: ", "))]\nexcluded:\n  - control: A.10.4\n    justification: No customers.\n  - control: A.7.3\n    justification: No acquired data.\n---\n# SoA\n"
        let compilation = try compile(soa)
        #expect(soaFindings(compilation).isEmpty, "\(soaFindings(compilation))")
        #expect(compilation.resolved.control("A.7.3")?.applicable == false)
        // The SoA's own list is its decision, not an implementation.
        #expect(compilation.resolved.control("A.2.2")?.implementers.map(\.path) == ["controls.md"])
    }

    @Test func listsAndTableThatDisagreeAreReportedAtBothPlaces() throws {
        let table = Self.table(header: "| Control | Title | Applies | Reason | Implemented by | Status |") { _ in "Implemented" }
            .replacingOccurrences(of: "| A.10.4 | Customers | No | See exclusion below | PRO-1 | Not applicable |", with: "| A.10.4 | Customers | Yes | Customers ask for it | PRO-1 | Implemented |")
        let soa = "---\nid: SOA\ntitle: SoA\ntype: soa\nstatus: draft\nexcluded:\n  - control: A.10.4\n    justification: No customers.\n  - control: A.7.3\n    justification: No acquired data.\n---\n# SoA\n\n\(table)"
        let compilation = try compile(soa)
        let contradictions = compilation.diagnostics.filter { $0.ruleID == "AIMS035" }
        #expect(contradictions.count == 2)
        #expect(Set(contradictions.compactMap(\.location?.line)).count == 2, "one at the row, one at the list")
    }
}
