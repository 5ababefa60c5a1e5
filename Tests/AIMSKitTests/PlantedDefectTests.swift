import AIMSKit
import Foundation
import Testing

/// The sample AIMS, which checks clean, with defects planted in a later commit: each must be
/// found by the right rule at the right line and column, and nothing else may appear.
struct PlantedDefectTests {
    static let sampleRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SampleRepo")

    /// A repository holding SampleRepo as committed, under `aims/` of a monorepo.
    func sampleRepository() throws -> TestRepository {
        let repository = try TestRepository()
        try FileManager.default.copyItem(at: Self.sampleRoot, to: URL(fileURLWithPath: repository.path + "/aims"))
        try repository.write("service/README.md", "The ML service lives here.\n")
        try repository.commit("Import the AIMS", author: .alice, date: "2026-11-01T10:00:00Z")
        // The sample's monitoring report names this release tag as evidence.
        let tag = ["tag", "-a", "routewise-3.0", "-m", "RouteWise 3.0"]
        try repository.run(tag, author: .bob, date: "2026-11-01T11:00:00Z").orThrow(tag)
        return repository
    }

    /// The sample as its script makes it, with its dated history of drafts, approvals and
    /// evidence: no findings at all, and a pack.
    @Test func scriptedSampleIsClean() throws {
        let folder = try TestRepository()
        try Self.makeSample(at: folder.path + "/sample")

        let compilation = try Compiler().compile(.init(path: folder.path + "/sample"))
        // Only the note that the one draft is outside the approved set.
        #expect(compilation.diagnostics.map(\.ruleID) == ["AIMS039"], "\(compilation.diagnostics.map { "\($0.location?.description ?? "-") \($0.ruleID) \($0.summary)" })")
        #expect(compilation.asOf == CalendarDate(iso: "2026-11-20"))
        let provenance = try #require(compilation.provenance)
        #expect(provenance.documents.values.filter { !$0.approvals.isEmpty }.count == 27)
        #expect(provenance.documents["procedures/ai-risk-management.md"]?.revisions.contains { $0.path == "procedures/risk-methodology.md" } == true)
        #expect(Set(provenance.trailerEvidence.map(\.control)).isSuperset(of: ["A.6.2.8", "A.8.2", "A.4.6", "A.10.3", "A.6.2.6"]))

        try AuditPack.write(compilation, to: URL(fileURLWithPath: folder.path + "/pack"))
        #expect(folder.exists("pack/index.html") && folder.exists("pack/register.html") && folder.exists("pack/evidence.html"))
    }

    /// Runs the README's sample script, as a newcomer does.
    static func makeSample(at destination: String) throws {
        let script = sampleRoot.deletingLastPathComponent().appendingPathComponent("Scripts/make-sample-repo.sh")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script.path, destination]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    /// Replaces `old` by `new` in a file; returns the (line, byte column) where `new` starts.
    @discardableResult
    func plant(_ repository: TestRepository, _ path: String, _ old: String, _ new: String, offset: Int = 0) throws -> (Int, Int) {
        let text = try repository.read(path)
        let range = try #require(text.range(of: old), "\(old) not in \(path)")
        let before = text[..<range.lowerBound]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        let column = text[lineStart..<range.lowerBound].utf8.count + 1 + offset
        try repository.write(path, text.replacingCharacters(in: range, with: new))
        return (line, column)
    }

    @Test func sampleChecksCleanAsCommitted() throws {
        let repository = try sampleRepository()
        let compilation = try Compiler().compile(.init(path: repository.path + "/aims", asOf: CalendarDate(iso: "2026-11-20")))
        // Imported in one commit, no approval is recorded: AIMS026 for each approved document,
        // AIMS027 for the registers their owners did not commit, AIMS011 for the items they provide.
        let unexpected = compilation.diagnostics.filter { !["AIMS026", "AIMS027", "AIMS011", "AIMS039"].contains($0.ruleID) }
        #expect(unexpected.isEmpty, "\(unexpected.map { "\($0.location?.description ?? "-") \($0.ruleID) \($0.summary)" })")
        #expect(compilation.index.documents.count == 29)
    }

    @Test func eachPlantedDefectIsFoundWhereItIs() throws {
        let repository = try sampleRepository()
        var expected: [(String, String, Int, Int)] = []
        func expect(_ rule: String, _ path: String, _ at: (Int, Int)) { expected.append((rule, "aims/" + path, at.0, at.1)) }

        expect("AIMS004", "policies/ai-policy.md", try plant(repository, "aims/policies/ai-policy.md", "A.2.4]", "A.2.4, A.11.1]", offset: 7))
        expect("AIMS008", "procedures/ai-system-lifecycle.md", try plant(repository, "aims/procedures/ai-system-lifecycle.md", "id: KFS-PRO-003", "id: KFS-POL-001", offset: 4))
        expect("AIMS013", "policies/ai-policy.md", try plant(repository, "aims/policies/ai-policy.md", "[risk criteria](../procedures/ai-risk-management.md#risk-criteria)", "[risk criteria](../procedures/ai-risk-management.md#risk-criterion)"))
        expect("AIMS012", "procedures/ai-system-lifecycle.md", try plant(repository, "aims/procedures/ai-system-lifecycle.md", "next_review: 2027-03-15", "next_review: 2026-03-15", offset: 13))
        expect("AIMS017", "registers/statement-of-applicability.md", try plant(
            repository, "aims/registers/statement-of-applicability.md",
            "| A.7.3 Acquisition of data | no | — | Kestrel acquires", "| A.7.3 Acquisition of data | no | — | | Kestrel acquires", offset: 40))
        expect("AIMS014", "records/competence-record-2026.md", try plant(repository, "aims/records/competence-record-2026.md", "path: evidence/training/2026-q1-attendance.csv", "path: evidence/training/2026-q1-attendence.csv", offset: 6))
        try repository.write("aims/policies/broken.md", "---\nid: KFS-POL-099\n\ttitle: Tabbed\n---\n")
        expect("AIMS003", "policies/broken.md", (3, 1))
        try repository.write("aims/policies/notes.md", "# Notes without front matter\n")
        expect("AIMS002", "policies/notes.md", (1, 1))
        try repository.commit("Plant defects", author: .bob, date: "2026-11-10T10:00:00Z")

        let compilation = try Compiler().compile(.init(path: repository.path + "/aims", asOf: CalendarDate(iso: "2026-11-20")))
        let found = compilation.diagnostics.filter { !["AIMS026", "AIMS027", "AIMS011", "AIMS039"].contains($0.ruleID) }
        for (rule, path, line, column) in expected {
            #expect(found.contains { $0.ruleID == rule && $0.location == SourceLocation(path: path, line: line, column: column) },
                    "\(rule) not reported at \(path):\(line):\(column); found \(found.map { "\($0.location?.description ?? "-") \($0.ruleID)" })")
        }
        let unexpected = found.filter { diagnostic in !expected.contains { $0.0 == diagnostic.ruleID } }
        #expect(unexpected.isEmpty, "\(unexpected.map { "\($0.location?.description ?? "-") \($0.ruleID) \($0.summary)" })")
    }
}

extension PlantedDefectTests {
    /// A CI-style shallow clone of the scripted sample: one warning, no false findings.
    @Test func shallowCloneOfTheSampleWarnsOnce() throws {
        let folder = try TestRepository()
        try Self.makeSample(at: folder.path + "/sample")
        let clone = ["clone", "-q", "--depth", "3", "file://" + folder.path + "/sample", folder.path + "/shallow"]
        try folder.run(clone, in: folder.path).orThrow(clone)
        let compilation = try Compiler().compile(.init(path: folder.path + "/shallow"))
        #expect(compilation.diagnostics.map(\.ruleID).filter { $0 != "AIMS039" } == ["AIMS033"], "\(compilation.diagnostics.map { "\($0.ruleID) \($0.summary)" })")
    }
}
