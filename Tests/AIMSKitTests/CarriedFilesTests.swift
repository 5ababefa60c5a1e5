import AIMSKit
import Crypto
import Foundation
import Testing

/// The pack carries the repository files its documents show, link to and list as evidence:
/// images inline and inert, files copied with their SHA-256, oversized files and LFS pointers
/// listed with why they are not copied. Read from a real git repository written in a style
/// of its own (folders, names and an SVG from a drawing tool), not from SampleRepo.
struct CarriedFilesTests {
    static let png: [UInt8] = Array(Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")!)
    /// An SVG that would run a script if it were ever put into a page as markup or opened as one.
    static let hostileSVG = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!-- Drawn in Inkscape -->
    <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10"/></svg>
    """
    static let lfsPointer = "version https://git-lfs.github.com/spec/v1\noid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\nsize 48213976\n"

    func repository() throws -> TestRepository {
        let repository = try TestRepository()
        try repository.write("aims.yaml", """
        organization: Fjord Analytics AS
        documents: [governance]
        pack:
          max_file_size: 64 KB
          logo: governance/img/heatmap.png
          accent_color: "#5B2A86"
        """)
        try repository.write("governance/risk-method.md", """
        ---
        id: GOV-RISK
        title: Risk method
        type: procedure
        status: draft
        clauses: [6.1.2]
        evidence:
          - path: records/workshop-2026.html
            title: Workshop notes exported from the wiki
          - path: records/recording.mp4
          - path: records/big-export.csv
          - path: governance/policy.md
        ---
        # Risk method

        ![Risk heat map](img/heatmap.png "Heat map")

        ![Process](img/process.svg)

        See the [raw scores](../records/scores.csv) and [the recording](../records/recording.mp4).
        """)
        try repository.write("governance/policy.md", "---\nid: GOV-POL\ntitle: Policy\ntype: policy\nstatus: draft\n---\n# Policy\n")
        try repository.write("governance/img/process.svg", Self.hostileSVG)
        try repository.write("records/workshop-2026.html", "<html><body><script>alert(3)</script>Notes</body></html>\n")
        try repository.write("records/recording.mp4", Self.lfsPointer)
        try repository.write("records/scores.csv", "risk,score\nR1,12\n")
        try repository.write("records/big-export.csv", String(repeating: "row,1\n", count: 20_000))
        try Data(Self.png).write(to: URL(fileURLWithPath: repository.path + "/governance/img/heatmap.png"))
        _ = try repository.commit("Risk method with its figures and records", date: "2026-03-01T10:00:00Z")
        return repository
    }

    func pack(_ repository: TestRepository) throws -> (Compilation, Pack) {
        let compilation = try Compiler().compile(.init(path: repository.path))
        return (compilation, try PackBuilder(compilation: compilation, templates: TemplateSet(compilation: compilation)).build())
    }

    static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }

    @Test("images are shown inline from the repository; an SVG only ever as an image")
    func imagesAreInline() throws {
        let (_, pack) = try pack(try repository())
        let page = try #require(pack.text("documents/GOV-RISK.html"))
        #expect(page.contains("<img src=\"data:image/png;base64,\(Data(Self.png).base64EncodedString())\" alt=\"Risk heat map\" title=\"Heat map\" />"))
        let svg = "data:image/svg+xml;base64,\(Data(Self.hostileSVG.utf8).base64EncodedString())"
        #expect(page.contains("<img src=\"\(svg)\" alt=\"Process\" />"))
        // The SVG's markup never reaches a page, and no SVG file is in the pack to be opened.
        #expect(!page.lowercased().contains("<script"))
        #expect(!page.contains("onload"))
        #expect(!page.contains("#aims-svg-"))
        #expect(!pack.paths.contains { $0.hasSuffix(".svg") })
        #expect(!page.contains("[image:"))
    }

    @Test("linked and listed files are copied under their SHA-256; active content as text")
    func filesAreCopiedWithTheirHash() throws {
        let repository = try repository()
        let (_, pack) = try pack(repository)
        let scores = Array("risk,score\nR1,12\n".utf8)
        let scoresPath = "files/\(Self.sha256(scores))/scores.csv"
        #expect(pack[scoresPath] == scores)
        let page = try #require(pack.text("documents/GOV-RISK.html"))
        #expect(page.contains("<a href=\"../\(scoresPath)\">raw scores</a>"))

        let notes = Array(try repository.read("records/workshop-2026.html").utf8)
        let notesPath = "files/\(Self.sha256(notes))/workshop-2026.html.txt"
        #expect(pack[notesPath] == notes, "HTML evidence is carried as text, so its script cannot run")
        #expect(!pack.paths.contains { $0.hasPrefix("files/") && $0.hasSuffix(".html") })

        let evidence = try #require(pack.text("evidence.html"))
        #expect(evidence.contains("href=\"\(notesPath)\""))
        #expect(evidence.contains(Self.sha256(notes)))
        #expect(evidence.contains("shown as text"))
        // A listed path that is a document leads to its page.
        #expect(evidence.contains("a document: <a href=\"documents/GOV-POL.html\">GOV-POL</a>"))
        // The manifest covers the copies, so `aims verify` sees any change to them.
        #expect(pack.text("MANIFEST.sha256")?.contains("\(Self.sha256(notes))  \(notesPath)") == true)
    }

    @Test("files over the limit and LFS pointers are listed with their hash and why they are not copied")
    func oversizedAndLFSFilesAreExplained() throws {
        let repository = try repository()
        let (compilation, pack) = try pack(repository)
        let big = Array(String(repeating: "row,1\n", count: 20_000).utf8)
        #expect(!pack.paths.contains { $0.hasSuffix("big-export.csv") })
        #expect(!pack.paths.contains { $0.hasSuffix("recording.mp4") || $0.hasSuffix("recording.mp4.txt") })
        let evidence = try #require(pack.text("evidence.html"))
        #expect(evidence.contains("not in the pack: larger than the pack&#39;s limit of 64 KB"))
        #expect(evidence.contains(Self.sha256(big)))
        #expect(evidence.contains("a Git LFS pointer: git holds only the pointer, not the file; the LFS object is <code class=\"sha\">4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393</code> (46 MB)"))
        // The link to the LFS file is dropped and reported, with what to do.
        let dropped = compilation.diagnostics.filter { $0.ruleID == "AIMS034" }
        #expect(dropped.map(\.summary) == ["link '../records/recording.mp4' is left out of the audit pack: the file records/recording.mp4 is a Git LFS pointer: git holds only the pointer, not the file"])
        #expect(dropped.first?.location?.line == 20)
        #expect(try #require(pack.text("documents/GOV-RISK.html")).contains("<a class=\"link-removed\">the recording</a>"))
    }

    @Test("the logo is on the cover, inline; the accent colour on every page")
    func logoAndAccent() throws {
        let (compilation, pack) = try pack(try repository())
        #expect(!compilation.diagnostics.contains { $0.ruleID == "AIMS023" })
        let cover = try #require(pack.text("index.html"))
        #expect(cover.contains("<img class=\"cover-logo\" src=\"data:image/png;base64,\(Data(Self.png).base64EncodedString())\" alt=\"Fjord Analytics AS\">"))
        for path in pack.paths where path.hasSuffix(".html") {
            #expect(pack.text(path)?.contains("<style>:root { --accent: #5b2a86;") == true, "\(path)")
        }
        // Shown only inline: the logo is not copied as a file of its own.
        #expect(!pack.paths.contains { $0.hasSuffix("heatmap.png") })
    }

    @Test("carrying files keeps the pack byte-identical from build to build")
    func deterministic() throws {
        let repository = try repository()
        let (_, first) = try pack(repository)
        let (_, second) = try pack(repository)
        #expect(first == second)
    }
}
