import AIMSKit
import Foundation
import Testing

/// Input chosen to break aims, on real repositories: it gets a located diagnostic or is read
/// sensibly, and the compiler goes on.
struct HostileInputTests {
    @Test("date arithmetic saturates instead of trapping on overflow")
    func dateArithmeticSaturates() throws {
        let day = try #require(CalendarDate(iso: "2026-11-20"))
        #expect(day.adding(days: 10) == CalendarDate(iso: "2026-11-30"))
        #expect(day.adding(days: -20) == CalendarDate(iso: "2026-10-31"))
        #expect(day.adding(days: Int.max) > day.adding(days: 1_000_000))
        #expect(day.adding(days: Int.min) < day.adding(days: -1_000_000))
        #expect(day.adding(days: 106_751_991_146_524) == day.adding(days: Int.max))
    }

    @Test("an absurd evidence.max_age_days compiles: the record never expires, nothing crashes")
    func absurdMaximumAge() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Org\nevidence:\n  max_age_days: {record: 106751991146524, register: 1}\n")
        try repository.write("log.md", "---\nid: REC-1\ntitle: Log\ntype: record\nstatus: approved\nowner: Alice\n---\n# Log\n")
        try repository.write("risks.md", "---\nid: REG-1\ntitle: Risks\ntype: register\nstatus: approved\nowner: Alice\n---\n# Risks\n")
        try repository.commit("Add the log and the register", date: "2026-01-10T12:00:00Z")
        let compilation = try Compiler().compile(.init(path: repository.path, asOf: CalendarDate(iso: "2026-11-20")))
        let expired = compilation.diagnostics.filter { $0.ruleID == "AIMS032" }
        // The register's one-day limit still works beside the absurd one.
        #expect(expired.map { $0.location?.path } == ["risks.md"], "\(expired.map(\.summary))")
    }
}

extension HostileInputTests {
    @Test("a literal ~ in --out names a folder here, never the home directory")
    func literalTildeIsAFolderHere() throws {
        #expect(CommandLinePath.url("~/x", currentDirectory: "/work/repo").path == "/work/repo/~/x")
        #expect(CommandLinePath.url("~", currentDirectory: "/work/repo").path == "/work/repo/~")
        #expect(CommandLinePath.url("../pack", currentDirectory: "/work/repo").path == "/work/pack")
        #expect(CommandLinePath.url("/tmp/pack", currentDirectory: "/work/repo").path == "/tmp/pack")
    }
}
