import AIMSKit
import AIMSMarkdown
import Foundation
import Testing

/// Every output format on the same comparison, against golden files, and each format's
/// own promises: SARIF valid against the official schema with UTF-16 columns and stable
/// fingerprints, GitHub commands escaped, JUnit well-formed, Markdown inert.
struct ReportFormatTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func changeReport() throws -> DiagnosticReport {
        let repository = try ChangeScenario.make()
        return DiagnosticReport(compilation: try Compiler().compile(Compiler.Request(path: repository.path, base: "main")))
    }

    /// `AIMS_UPDATE_GOLDEN=1 swift test --filter ReportFormatTests` rewrites the files; the
    /// diff then shows what a change did to each format.
    @Test("each format matches its golden output", arguments: ReportFormat.allCases)
    func golden(format: ReportFormat) throws {
        let output = format.writer().write(try Self.changeReport())
        let file = Self.fixtures.appendingPathComponent("golden/change.\(format.rawValue)")
        if ProcessInfo.processInfo.environment["AIMS_UPDATE_GOLDEN"] == "1" {
            try Data(output.utf8).write(to: file)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(output == expected, "\(format.rawValue) output differs from \(file.path); rerun with AIMS_UPDATE_GOLDEN=1 to accept")
    }

    @Test("SARIF validates against the official SARIF 2.1.0 schema")
    func sarifSchema() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aims-sarif-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("aims.sarif")
        try Data(SARIFWriter().write(try Self.changeReport()).utf8).write(to: log)
        let schema = Self.fixtures.appendingPathComponent("sarif/sarif-schema-2.1.0.json").path
        let result = ChildProcess.run(["check-jsonschema", "--schemafile", schema, log.path], environment: ProcessInfo.processInfo.environment)
        #expect(result.status == 0, "check-jsonschema (pip install check-jsonschema): \(result.output)\(result.error)")
    }

    @Test("SARIF: every rule in the driver, result indices point at their rule, columns in UTF-16 code units")
    func sarifContent() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [policies]\n")
        // "Größe" is 7 bytes and 5 UTF-16 units: the link starts two columns earlier in UTF-16.
        try repository.write("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\n# P\n\nGröße [x](missing.md)\n")
        try repository.commit("P", date: "2026-01-10T10:00:00Z")
        let report = DiagnosticReport(compilation: try Compiler().compile(Compiler.Request(path: repository.path)))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(SARIFWriter().write(report).utf8)) as? [String: Any])
        let run = try #require((json["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "utf16CodeUnits")
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == RuleRegistry.all.map { type(of: $0).description.id })
        let results = try #require(run["results"] as? [[String: Any]])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
        let broken = try #require(results.first { $0["ruleId"] as? String == "AIMS013" })
        let region = try #require(((broken["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        let byteColumn = try #require(report.diagnostics.first { $0.ruleID == "AIMS013" }?.location?.column)
        #expect(byteColumn == 9)
        #expect(region["startColumn"] as? Int == 7)
    }

    @Test("SARIF fingerprints survive an edit above the finding; the line does not")
    func fingerprintsAreStable() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [policies]\n")
        let document = { (intro: String) in "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\ncontrols: [A.11.1]\n---\n# P\n\n\(intro)See [x](missing.md).\n" }
        try repository.write("policies/p.md", document(""))
        let first = try repository.commit("P", date: "2026-01-10T10:00:00Z")
        try repository.write("policies/p.md", document("A new paragraph.\n\nAnd another.\n\n"))
        try repository.commit("More text", date: "2026-01-11T10:00:00Z")
        let before = try Compiler().compile(Compiler.Request(path: repository.path, revision: first)).diagnostics
        let after = try Compiler().compile(Compiler.Request(path: repository.path)).diagnostics
        #expect(before.map(\.location?.line) != after.map(\.location?.line))
        #expect(FindingFingerprint.fingerprints(before) == FindingFingerprint.fingerprints(after))
    }

    @Test("GitHub commands escape %, newlines, colons and commas as the Actions toolkit does")
    func githubEscaping() {
        #expect(GitHubAnnotationWriter.escapeData("50% done\r\nnext") == "50%25 done%0D%0Anext")
        #expect(GitHubAnnotationWriter.escapeProperty("a:b,c%") == "a%3Ab%2Cc%25")
    }

    @Test("GitHub annotations in a comparison are only the new findings")
    func githubOnlyNew() throws {
        let report = try Self.changeReport()
        let output = GitHubAnnotationWriter().write(report)
        let commands = output.split(separator: "\n").filter { $0.hasPrefix("::") }
        #expect(commands.count == report.change?.newCount)
        #expect(!output.contains("AIMS004"), "the unknown control was in the base")
        #expect(output.contains("::error file=policies/artificial-intelligence-policy.md,line="))
    }

    @Test("JUnit is well-formed XML with a case per rule and document")
    func junitWellFormed() throws {
        let report = try Self.changeReport()
        let xml = JUnitWriter().write(report)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aims-junit-\(UUID().uuidString).xml")
        try Data(xml.utf8).write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = "import sys, xml.etree.ElementTree as E; r = E.parse(sys.argv[1]).getroot(); print(len(r.findall('.//testcase')), len(r.findall('.//failure')))"
        let result = ChildProcess.run(["python3", "-c", script, folder.path], environment: ProcessInfo.processInfo.environment)
        #expect(result.status == 0, "\(result.error)")
        let numbers = result.output.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        #expect(numbers.first == report.rules.count * (report.documentCount + 1))
        #expect(numbers.last == report.diagnostics.indices.filter(report.fails).count)
    }

    @Test("JUnit escapes what XML cannot carry")
    func junitEscaping() {
        #expect(JUnitWriter.escape("a<b & \"c\"\u{1}") == "a&lt;b &amp; &quot;c&quot;\u{FFFD}")
    }

    @Test("Markdown shows a crafted title as text: rendered by cmark-gfm, no link, image or HTML comes of it")
    func markdownInert() {
        let crafted = "![x](https://evil.example/t.png) <img src=x> [a](javascript:x) <https://evil.example> www.evil.example a@evil.example | `code` *bold*"
        let html = Markdown.renderHTML("| Finding |\n|---|\n| " + MarkdownReportWriter.escape(crafted) + " |\n", rewriteLink: { $0 })
        #expect(!html.contains("<img"))
        #expect(!html.contains("<a "))
        #expect(!html.contains("<code>"))
        #expect(!html.contains("<em>"))
        #expect(html.components(separatedBy: "<td>").count == 2, "the text stays in one cell: \(html)")
        // A carriage return in a file name must not end the table row either.
        let path = MarkdownReportWriter.code("docs/p\r<img src=x> **pwn**\r.md")
        let row = Markdown.renderHTML("| Where |\n|---|\n| " + path + " |\n", rewriteLink: { $0 })
        #expect(!row.contains("<img") && !row.contains("<strong>"), "\(row)")
    }
}
