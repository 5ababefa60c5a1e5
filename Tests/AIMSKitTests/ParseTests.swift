import AIMSKit
import Testing

/// The parse stage never crashes, and says where input is wrong.
struct ParseTests {
    @Test func scalarsAreKeptAsWritten() {
        let document = DocumentParser.parse(path: "d.md", bytes: Array("---\nid: D-1\ntitle: T\ntype: policy\nstatus: draft\nversion: 1.10\nowner: yes\nclauses: [5.2, 6.1.2]\n---\n".utf8))
        #expect(document.problem == nil)
        #expect(document.fields.version == "1.10")
        #expect(document.fields.owner == "yes")
        #expect(document.fields.clauses.map(\.value) == ["5.2", "6.1.2"])
        #expect(document.fields.clauses.first?.line == 8)
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() {
        let text = "\u{FEFF}---\r\nid: D-1\r\ntitle: T\r\ntype: policy\r\nstatus: draft\r\n---\r\n# Heading\r\n\r\n[x](#heading)\r\n"
        let document = DocumentParser.parse(path: "d.md", bytes: Array(text.utf8))
        #expect(document.problem == nil)
        #expect(document.fields.id?.value == "D-1")
        #expect(document.outline.headings.first?.position.line == 7)
        #expect(document.outline.links.first?.position.line == 9)
    }

    @Test func invalidUTF8IsLocated() {
        var bytes = Array("---\nid: D-1\ntitle: caf".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\n---\n".utf8)
        let document = DocumentParser.parse(path: "d.md", bytes: bytes)
        #expect(document.problem == .unreadable("invalid UTF-8 byte sequence", line: 3, column: 11))
    }

    @Test func binaryEmptyAndHugeFilesAreProblemsNotCrashes() {
        #expect(DocumentParser.parse(path: "b.md", bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 1]).problem != nil)
        #expect(DocumentParser.parse(path: "e.md", bytes: []).problem == .missingFrontMatter)
        let huge = [UInt8](repeating: 0x61, count: SourceText.maximumBytes + 1)
        if case .unreadable? = DocumentParser.parse(path: "h.md", bytes: huge).problem {} else {
            Issue.record("a file over the size limit must be unreadable")
        }
    }

    @Test func unclosedQuoteIsReportedWhereItOpens() {
        let document = DocumentParser.parse(path: "d.md", bytes: Array("---\nid: D-1\ntitle: \"AI policy\ntype: policy\nstatus: draft\n---\n".utf8))
        guard case let .invalidFrontMatter(failure)? = document.problem else {
            Issue.record("expected invalid front matter, got \(String(describing: document.problem))")
            return
        }
        #expect(failure.line == 3)
    }

    @Test func badIndentationIsLocated() {
        let document = DocumentParser.parse(path: "d.md", bytes: Array("---\nid: D-1\ntitle: T\n  type: policy\nstatus: draft\n---\n".utf8))
        guard case let .invalidFrontMatter(failure)? = document.problem else {
            Issue.record("expected invalid front matter")
            return
        }
        #expect((3...4).contains(failure.line))
    }

    @Test func absurdNestingIsBounded() {
        let deep = String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000)
        let document = DocumentParser.parse(path: "d.md", bytes: Array("---\nid: \(deep)\n---\n".utf8))
        guard case let .invalidFrontMatter(failure)? = document.problem else {
            Issue.record("expected a nesting failure")
            return
        }
        #expect(failure.message.contains("nested"))
        let blockDeep = (0..<300).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")
        #expect(DocumentParser.parse(path: "d.md", bytes: Array("---\n\(blockDeep)\n---\n".utf8)).problem != nil)
    }

    @Test func aliasBombIsBounded() {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for (previous, name) in zip(names, names.dropFirst()) {
            yaml += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            let document = DocumentParser.parse(path: "d.md", bytes: Array("---\n\(yaml)---\n".utf8))
            #expect(document.problem != nil)
        }
        #expect(elapsed < .seconds(5))
    }

    @Test func duplicateKeysAreRejected() {
        let document = DocumentParser.parse(path: "d.md", bytes: Array("---\nid: D-1\nid: D-2\n---\n".utf8))
        if case .invalidFrontMatter? = document.problem {} else {
            Issue.record("duplicate keys must be invalid front matter")
        }
    }

    @Test func calendarDates() {
        #expect(CalendarDate(iso: "2024-02-29") != nil)
        #expect(CalendarDate(iso: "2026-02-29") == nil)
        #expect(CalendarDate(iso: "2026-13-01") == nil)
        #expect(CalendarDate(iso: "26-01-01") == nil)
        #expect(CalendarDate(unixTime: 0).description == "1970-01-01")
        #expect(CalendarDate(unixTime: 1_795_000_000).description == "2026-11-18")
        #expect(CalendarDate(unixTime: -1).description == "1969-12-31")
    }

    @Test func repositoryPathsNeverLeaveTheRepository() {
        #expect(RepositoryPath.resolve("../b.md", from: "docs/policies") == "docs/b.md")
        #expect(RepositoryPath.resolve("../../../etc/passwd", from: "docs") == nil)
        #expect(RepositoryPath.resolve("/etc/passwd", from: "docs") == nil)
        #expect(RepositoryPath.resolve("./a/./b.md", from: "") == "a/b.md")
    }

    @Test func headingSlugsFollowGitHub() {
        #expect(HeadingSlug.slugs(for: ["Risk criteria", "Risk criteria", "6.1.2 AI risk: assessment!"]) == ["risk-criteria", "risk-criteria-1", "612-ai-risk-assessment"])
    }
}

extension ParseTests {
    @Test func addingDaysCrossesMonthsYearsAndLeapDays() {
        #expect(CalendarDate(iso: "2026-01-31")?.adding(days: 1).description == "2026-02-01")
        #expect(CalendarDate(iso: "2028-02-28")?.adding(days: 1).description == "2028-02-29")
        #expect(CalendarDate(iso: "2026-12-31")?.adding(days: 400).description == "2028-02-04")
        #expect(CalendarDate(iso: "2026-03-01")?.adding(days: -1).description == "2026-02-28")
    }
}

extension ParseTests {
    @Test func configurationAcceptsBOMAndCRLFAndLocatesBadBytes() {
        let clean = Configuration(path: "aims.yaml", root: "", bytes: Array("\u{FEFF}organization: Example Ltd\r\ndocuments: [policies]\r\n".utf8))
        #expect(clean.issues.isEmpty)
        #expect(clean.organization == "Example Ltd")
        #expect(clean.documentFolders.map(\.value) == ["policies"])
        let broken = Configuration(path: "aims.yaml", root: "", bytes: Array("organization: Ex".utf8) + [0xFF] + Array("\n".utf8))
        #expect(broken.issues.map(\.line) == [1])
        #expect(broken.issues.first?.message.contains("UTF-8") == true)
    }
}
