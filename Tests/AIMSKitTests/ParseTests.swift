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

/// Columns are UTF-8 byte columns (1-based) in front matter and body alike, and link columns
/// point at the link even where cmark-gfm misplaces autolinks.
extension ParseTests {
    /// The 1-based byte column of `needle` on 1-based `line` of `text`.
    private func byteColumn(of needle: String, line: Int, in text: String, occurrence: Int = 1) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { return nil }
        let bytes = Array(lines[line - 1].utf8)
        let pattern = Array(needle.utf8)
        var found = 0
        for start in 0...max(0, bytes.count - pattern.count) where bytes[start...].starts(with: pattern) {
            found += 1
            if found == occurrence { return start + 1 }
        }
        return nil
    }

    private func lineLength(_ line: Int, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return line >= 1 && line <= lines.count ? lines[line - 1].utf8.count : 0
    }

    @Test func frontMatterColumnsCountBytesAfterNonASCIIValues() {
        let text = "---\nid: D-1\ntitle: Zoë's policy\ncontrols: [\"🚀Ü\", A.11.1]\nclauses: [6.1, 5.2]\n---\n"
        let document = DocumentParser.parse(path: "d.md", bytes: Array(text.utf8))
        #expect(document.problem == nil)
        let controls = document.fields.controls
        #expect(controls.map(\.value) == ["🚀Ü", "A.11.1"])
        #expect(controls.map(\.line) == [4, 4])
        // libyaml counts code points: it says 18 for A.11.1; the caret must go to byte 22.
        #expect(controls.map(\.column) == [12, 22])
        #expect(controls.last?.column == byteColumn(of: "A.11.1", line: 4, in: text))
        #expect(document.fields.clauses.map(\.column) == [11, 16])
    }

    @Test func frontMatterLinesIgnoreLineSeparatorsInsideValues() {
        // libyaml breaks lines at U+2028 and NEL too; editors and diagnostics do not.
        let text = "---\nid: D-1\ntitle: \"Zoë\u{2028}Ünïcødé\u{85}x\"\nclauses: [ü, 5.2]\n---\n"
        let document = DocumentParser.parse(path: "d.md", bytes: Array(text.utf8))
        #expect(document.problem == nil)
        #expect(document.fields.clauses.map(\.line) == [4, 4])
        #expect(document.fields.clauses.map(\.column) == [11, 15])
    }

    @Test func unclosedQuoteAfterNonASCIITextIsLocatedInBytes() {
        let text = "---\nid: D-1\nowner: Zoë\ncontrols: [Ünïcødé, \"A.11.1]\ntype: policy\n---\n"
        let document = DocumentParser.parse(path: "d.md", bytes: Array(text.utf8))
        guard case let .invalidFrontMatter(failure)? = document.problem else {
            Issue.record("expected invalid front matter, got \(String(describing: document.problem))")
            return
        }
        #expect(failure.message.contains("never closed"))
        #expect(failure.line == 4)
        #expect(failure.column == byteColumn(of: "\"A.11", line: 4, in: text))
        #expect(failure.column == 25)
    }

    @Test func duplicateKeyAndControlCharacterAreLocated() {
        let duplicate = DocumentParser.parse(path: "d.md", bytes: Array("---\nid: D-1\ntitle: Zoë\nmeta: {ü: 1, ü: 2}\n---\n".utf8))
        guard case let .invalidFrontMatter(failure)? = duplicate.problem else {
            Issue.record("expected invalid front matter")
            return
        }
        #expect(failure.message == "duplicate key 'ü'")
        #expect(failure.line == 4)
        #expect(failure.column == 8)
        let control = DocumentParser.parse(path: "d.md", bytes: Array("---\nid: D-1\ntitle: Zoë \u{1} x\n---\n".utf8))
        guard case let .invalidFrontMatter(failure)? = control.problem else {
            Issue.record("expected invalid front matter")
            return
        }
        #expect(failure.line == 3)
        #expect(failure.column == 13)
    }

    @Test func autolinksOnContinuationLinesAreLocated() {
        let body = """
            Para line one with [first](https://a.example) link
            and <https://b.example> then https://c.example and <mailto:d@example.org> here
            line three
            line four ÜÜ
            fifth https://e.example, <https://f.example> and www.g.example [h](https://h.example) i@example.org.
            """
        let text = "---\nid: D-1\n---\n" + body + "\n"
        let document = DocumentParser.parse(path: "d.md", bytes: Array(text.utf8))
        let expected: [(String, Int, String)] = [
            ("https://a.example", 4, "[first]"),
            ("https://b.example", 5, "<https://b"),
            ("https://c.example", 5, "https://c"),
            ("mailto:d@example.org", 5, "<mailto:"),
            ("https://e.example", 8, "https://e"),
            ("https://f.example", 8, "<https://f"),
            ("http://www.g.example", 8, "www.g"),
            ("https://h.example", 8, "[h]"),
            ("mailto:i@example.org", 8, "i@example"),
        ]
        #expect(document.outline.links.map(\.destination) == expected.map(\.0))
        for (link, (destination, line, needle)) in zip(document.outline.links, expected) {
            #expect(link.position.line == line, "\(destination)")
            #expect(link.position.column == byteColumn(of: needle, line: line, in: text), "\(destination)")
        }
        let repro = DocumentParser.parse(path: "d.md", bytes: Array("---\nid: D-1\n---\nPara line one\nand <data:text/html,x> on line two\n".utf8))
        #expect(repro.outline.links.map(\.position) == [.init(line: 5, column: 5)])
    }

    @Test func linkColumnsAreBytesAndNeverPastTheLine() {
        let text = """
            ---
            id: D-1
            ---
            Ünïcødé [x](https://x.example) and <https://y.example>
            ÜÜ [a](https://a.example) <https://b.example> or https://a.example
            > quoted line
            > more <https://q.example> and https://r.example

            | a | b |
            |---|---|
            | ü | <https://t.example> and https://u.example [v](https://v.example) |

            - item one
              cont [q](https://q.example) *and <https://w.example?x&amp;y>*
            Use `https://z.example` or https://z.example here.

            """
        let document = DocumentParser.parse(path: "d.md", bytes: Array(text.utf8))
        // (line, text the link starts with, which occurrence on the line)
        let expected: [(Int, String, Int)] = [
            (4, "[x]", 1), (4, "<https://y", 1),
            (5, "[a]", 1), (5, "<https://b", 1), (5, "https://a.example", 2),
            (7, "<https://q", 1), (7, "https://r", 1),
            (11, "<https://t", 1), (11, "https://u", 1), (11, "[v]", 1),
            (14, "[q]", 1), (14, "<https://w", 1),
            (15, "https://z.example", 2),
        ]
        #expect(document.outline.links.count == expected.count)
        for (link, (line, needle, occurrence)) in zip(document.outline.links, expected) {
            #expect(link.position.line == line, "\(link.destination)")
            #expect(link.position.column == byteColumn(of: needle, line: line, in: text, occurrence: occurrence), "\(link.destination)")
        }
        // A plain link after multibyte text: byte column 13, not character column 9.
        #expect(document.outline.links.first?.position.column == 13)
        for link in document.outline.links {
            #expect(link.position.column >= 1 && link.position.column <= lineLength(link.position.line, in: text), "\(link.destination)")
        }
    }
}

/// `pack:` settings are range-checked where they are read; a bad value keeps the default.
extension ParseTests {
    @Test func packSettingsAreReadAndRangeChecked() {
        let good = Configuration(path: "aims.yaml", root: "", text: """
        pack:
          max_file_size: 25 MB
          paper: letter
          logo: assets/logo.svg
          accent_color: "#1D4E89"
        """)
        #expect(good.issues.isEmpty)
        #expect(good.pack.maximumFileBytes == 25 * 1024 * 1024)
        #expect(good.pack.paper == .letter)
        #expect(good.pack.logo?.value == "assets/logo.svg")
        #expect(good.pack.accentColor == "#1d4e89")

        let bad = Configuration(path: "aims.yaml", root: "", text: """
        pack:
          max_file_size: 99999999999999 GB
          paper: B5
          accent_color: blue
          colour: red
        """)
        #expect(bad.issues.map(\.line) == [2, 3, 4, 5])
        #expect(bad.issues.first?.message.contains("from 0 to 512 MB") == true)
        #expect(bad.pack == PackSettings())
        #expect(Configuration.byteCount("0") == 0)
        #expect(Configuration.byteCount("1.5 MB") == nil)
        #expect(Configuration.byteCount("12 parsecs") == nil)
    }
}
