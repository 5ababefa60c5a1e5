import AIMSMarkdown
import Foundation
import Testing
@testable import AIMSKit

/// The render stage: the audit pack's structure, its safety for the auditor who opens
/// it, its determinism, its templates and the writer that puts it on disk.
struct PackTests {
    // MARK: Structure

    @Test("the pack has the top-level pages, the stylesheet and one page per document")
    func expectedFiles() throws {
        let pack = try PackFixture.rich.pack()
        for path in ["index.html", "documents.html", "soa.html", "coverage.html", "checklist.html", "findings.html", "assets/aims.css"] {
            #expect(pack[path] != nil, "missing \(path)")
        }
        let documentPages = pack.paths.filter { $0.hasPrefix("documents/") }
        #expect(documentPages == [
            "documents/OLD-001.html", "documents/POL-001.html", "documents/SCOPE-001.html", "documents/SOA-001.html",
            "documents/docs-dup-a-md.html", "documents/docs-dup-b-md.html", "documents/docs-notes-md.html",
        ])
        #expect(pack.paths == pack.paths.sorted())
    }

    @Test("each document page shows its title, metadata and body")
    func documentPages() throws {
        let fixture = PackFixture.rich
        let compilation = try fixture.compile()
        let pack = try fixture.pack(compilation)
        let pages = DocumentPages(index: compilation.index)
        for document in compilation.index.documents {
            let path = try #require(pages.pagePath(document.path))
            let html = try #require(pack.text(path))
            let title = document.fields.title ?? document.displayID
            #expect(html.contains("<h1>\(HTML.escape(title)) "), "\(path) lacks its title")
            #expect(html.contains(HTML.escape(document.path)))
        }
        let policy = try #require(pack.text("documents/POL-001.html"))
        #expect(policy.contains("AI Policy &amp; Principles"))
        #expect(policy.contains("<a href=\"../coverage.html#clause-5.2\">5.2</a> AI policy"))
        #expect(policy.contains("<a href=\"../soa.html#control-A.2.2\">A.2.2</a> AI policy"))
        #expect(policy.contains("<a href=\"https://example.org/board-minutes\" rel=\"noreferrer\">"))
        #expect(policy.contains("<code>evidence/board.pdf</code>"))
        #expect(policy.contains("Head of AI"))
        #expect(policy.contains("2027-01-10"))
        #expect(policy.contains("Kestrel keeps people in charge."))
        let notes = try #require(pack.text("documents/docs-notes-md.html"))
        #expect(notes.contains("could not be read as an AIMS document"))
    }

    @Test("the SoA page lists all 38 controls and derives implementing documents from the documents")
    func statementOfApplicability() throws {
        let pack = try PackFixture.rich.pack()
        let soa = try #require(pack.text("soa.html"))
        let controls = ClauseModel.bundled.controls
        #expect(controls.count == 38)
        for control in controls {
            #expect(soa.contains("<tr id=\"control-\(control.id)\">"), "\(control.id) missing")
        }
        func row(_ id: String) throws -> String {
            let start = try #require(soa.range(of: "<tr id=\"control-\(id)\">"))
            let end = try #require(soa.range(of: "</tr>", range: start.upperBound..<soa.endIndex))
            return String(soa[start.lowerBound..<end.upperBound])
        }
        // A.2.2: in the SoA and named by the policy (and the retired policy).
        let policyRow = try row("A.2.2")
        #expect(policyRow.contains("Applicable") && policyRow.contains("Implemented"))
        #expect(policyRow.contains("href=\"documents/POL-001.html\""))
        #expect(policyRow.contains("href=\"documents/OLD-001.html\""))
        // A.3.2: named only by the policy, not in the SoA table.
        let rolesRow = try row("A.3.2")
        #expect(rolesRow.contains("Not in SoA"))
        #expect(rolesRow.contains("href=\"documents/POL-001.html\""))
        // A.2.3: excluded, with its justification, and nobody implements it.
        let excludedRow = try row("A.2.3")
        #expect(excludedRow.contains("Excluded") && excludedRow.contains("No other policies exist"))
        #expect(!excludedRow.contains("documents/"))
        // The SoA's own text mentions POL-001 for A.4.2, but no document lists A.4.2.
        #expect(!(try row("A.4.2")).contains("documents/"))
        // KC-01 is the organization's own control.
        #expect(soa.contains("Other rows of the SoA") && soa.contains("KC-01"))
    }

    @Test("coverage lists the 43 clauses; the checklist lists each mandatory item with its providers")
    func coverageAndChecklist() throws {
        let pack = try PackFixture.rich.pack()
        let coverage = try #require(pack.text("coverage.html"))
        let model = ClauseModel.bundled
        #expect(model.clauses.count == 43)
        for clause in model.clauses {
            #expect(coverage.contains("id=\"clause-\(clause.id)\""), "\(clause.id) missing")
        }
        #expect(coverage.matches(of: /badge-mandatory/).count == model.clauses.filter { $0.documentedInformation != "none" && !model.isHeading($0) }.count)
        let checklist = try #require(pack.text("checklist.html"))
        #expect(checklist.matches(of: /<tr class="state-/).count == model.mandatoryDocuments.count)
        // The scope (4.3) is provided by the draft scope and the approved policy: approved.
        // The retired policy never counts.
        let scopeRow = try #require(checklist.firstMatch(of: /<tr class="state-approved">\s*<td class="nowrap"><a href="coverage.html#clause-4.3">4.3<\/a>[\s\S]*?<\/tr>/))
        #expect(scopeRow.output.contains("SCOPE-001") && scopeRow.output.contains("POL-001"))
        // The retired policy never counts, and the page says why where it lists the clause.
        #expect(scopeRow.output.contains("<code>OLD-001</code> lists the clause but does not count: it is retired"))
        #expect(!scopeRow.output.contains("href=\"documents/OLD-001.html\""))
    }

    @Test("findings are grouped by severity with location, rule, hint and notes")
    func findings() throws {
        let fixture = PackFixture.rich
        let compilation = try fixture.compile()
        let pack = try fixture.pack(compilation)
        let findings = try #require(pack.text("findings.html"))
        #expect(!compilation.diagnostics.isEmpty)
        for diagnostic in compilation.diagnostics {
            #expect(findings.contains(HTML.escape(diagnostic.summary)), "\(diagnostic.ruleID) missing")
            #expect(findings.contains(diagnostic.ruleID))
        }
        let errorAt = try #require(findings.range(of: "badge-error\">Errors"))
        let warningAt = try #require(findings.range(of: "badge-warning\">Warnings"))
        let noteAt = try #require(findings.range(of: "badge-note\">Notes"))
        #expect(errorAt.lowerBound < warningAt.lowerBound && warningAt.lowerBound < noteAt.lowerBound)
        #expect(findings.contains("<a href=\"documents/docs-dup-b-md.html\">docs/dup-b.md:2:5</a>"))
    }

    // MARK: Safety

    @Test("javascript:, raw HTML, paths out of the repository and remote images never reach a page")
    func unsafeContentIsDropped() throws {
        let pack = try PackFixture.rich.pack()
        for path in pack.paths where path.hasSuffix(".html") {
            let html = try #require(pack.text(path))
            let lower = html.lowercased()
            #expect(!lower.contains("<script"), "\(path) has a script element")
            #expect(!lower.contains("<iframe") && !lower.contains("<object") && !lower.contains("<embed"))
            #expect(lower.firstMatch(of: /<[a-z][^>]*\son[a-z]+\s*=/) == nil, "\(path) has an event handler attribute")
            for url in PackFixture.attributeURLs(in: html) {
                let scheme = LinkTarget.scheme(of: url)
                #expect(scheme == nil || ["http", "https", "mailto"].contains(scheme ?? ""), "\(path): \(url)")
                #expect(!url.contains("passwd") && !url.hasPrefix("/") && !url.contains("tracker.example"), "\(path): \(url)")
            }
        }
        let policy = try #require(pack.text("documents/POL-001.html"))
        #expect(policy.contains("<!-- raw HTML omitted -->"))
        #expect(policy.contains("<a href=\"https://example.org/page?q=1&amp;r=2\">web</a>"))
        #expect(policy.contains("<a href=\"mailto:ai@example.org\">mail</a>"))
        #expect(policy.contains("<a class=\"link-removed\">evil</a>"))
        #expect(policy.contains("<a class=\"link-removed\">passwd</a>"))
        #expect(policy.contains("<a class=\"link-removed\">ftp</a>"))
        #expect(policy.contains("<a class=\"link-removed\">proto</a>"))
        #expect(policy.contains("<a class=\"link-removed\">readme</a>"))
        #expect(policy.contains("[image: pixel]"))
    }

    @Test("every page forbids scripts and remote loads, and links only to the pack itself")
    func pagesAreSelfContained() throws {
        let pack = try PackFixture.rich.pack()
        for path in pack.paths where path.hasSuffix(".html") {
            let html = try #require(pack.text(path))
            #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"), "\(path)")
            let folder = RepositoryPath.folder(of: path)
            for url in PackFixture.attributeURLs(in: html) where LinkTarget.scheme(of: url) == nil {
                let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = parts[0].isEmpty ? path : RepositoryPath.resolve(String(parts[0]), from: folder)
                let target = try #require(file, "\(path): \(url) leaves the pack")
                let page = try #require(pack.text(target), "\(path): \(url) names no file of the pack")
                if parts.count == 2, !parts[1].isEmpty {
                    let anchor = String(parts[1]).removingPercentEncoding ?? String(parts[1])
                    #expect(page.contains("id=\"\(HTML.escape(anchor))\""), "\(path): \(url) names no anchor")
                }
            }
        }
    }

    @Test("links between documents become links between pages, and headings carry GitHub anchors")
    func documentLinksAndAnchors() throws {
        let pack = try PackFixture.rich.pack()
        let policy = try #require(pack.text("documents/POL-001.html"))
        #expect(policy.contains("<a href=\"SCOPE-001.html#purpose\">scope</a>"))
        #expect(policy.contains("<a href=\"SCOPE-001.html\">the scope again</a>"))
        #expect(policy.contains("<a href=\"SCOPE-001.html#purpose\">encoded</a>"))
        #expect(policy.contains("<a href=\"#purpose--scope\">top</a>"))
        #expect(policy.contains("<h2 id=\"purpose--scope\">Purpose &amp; Scope</h2>"))
        #expect(policy.contains("<h2 id=\"purpose--scope-1\">Purpose &amp; Scope</h2>"))
        let scope = try #require(pack.text("documents/SCOPE-001.html"))
        #expect(scope.contains("<a href=\"POL-001.html#purpose--scope\">policy</a>"))
    }

    @Test("heading ids are added only when the headings agree with the outline")
    func headingIDsFallBack() {
        let outline = Markdown.outline(of: "# Intro\n\n## ---?\n\ntext\n")
        let html = "<h1>Intro</h1>\n<h2>---?</h2>\n<p>text</p>\n"
        #expect(BodyRenderer.addHeadingIDs(html, headings: outline.headings) == "<h1 id=\"intro\">Intro</h1>\n<h2 id=\"---\">---?</h2>\n<p>text</p>\n")
        let punctuation = Markdown.outline(of: "## ?!\n")
        #expect(BodyRenderer.addHeadingIDs("<h2>?!</h2>\n", headings: punctuation.headings) == "<h2>?!</h2>\n")
        #expect(BodyRenderer.addHeadingIDs("<h1>Intro</h1>\n", headings: outline.headings) == "<h1>Intro</h1>\n")
        #expect(BodyRenderer.addHeadingIDs("<h3>Intro</h3>\n<h2>x</h2>", headings: outline.headings) == "<h3>Intro</h3>\n<h2>x</h2>")
    }

    @Test("the footer names what was read and the as-of date, and no page shows a time of day")
    func provenanceWithoutClock() throws {
        let pack = try PackFixture.rich.pack()
        for path in pack.paths where path.hasSuffix(".html") {
            let html = try #require(pack.text(path))
            #expect(html.contains("read from <code>memory</code> · as of 2026-11-20 · generated by aims"), "\(path)")
            #expect(html.firstMatch(of: /\b\d{2}:\d{2}:\d{2}\b|T\d{2}:\d{2}|\b\d{1,2}:\d{2}\s*(?:am|pm|AM|PM|UTC)/) == nil, "\(path) shows a time")
        }
    }

    // MARK: Determinism

    @Test("the same input gives a byte-identical pack")
    func deterministic() throws {
        let first = try PackFixture.rich.pack()
        let second = try PackFixture.rich.pack()
        #expect(first == second)
        for fixture in PackFixture.variants {
            #expect(try fixture.pack() == fixture.pack())
        }
    }

    @Test("page names: unique ids, else path slugs; no two names differ only in case")
    func pageNames() throws {
        let compilation = try PackFixture(files: [
            "aims.yaml": "documents: [docs]\n",
            "docs/a.md": PackFixture.document(id: "POL-1", title: "A"),
            "docs/b.md": PackFixture.document(id: "pol-1", title: "B"),
            "docs/c.md": PackFixture.document(id: "REC-1", title: "C"),
            "docs/d.md": PackFixture.document(id: "docs-e-md", title: "D"),
            "docs/e.md": PackFixture.document(id: "REC-1", title: "E"),
            "docs/Über Plan.md": PackFixture.document(id: "PLAN 1", title: "F"),
        ]).compile()
        let pages = DocumentPages(index: compilation.index)
        #expect(pages.fileNames == [
            "docs/a.md": "docs-a-md.html",
            "docs/b.md": "docs-b-md.html",
            "docs/c.md": "docs-c-md.html",
            "docs/d.md": "docs-e-md.html",
            "docs/e.md": "docs-e-md-2.html",
            "docs/Über Plan.md": "docs-ber-plan-md.html",
        ])
    }

    // MARK: Templates

    @Test("every name a template uses is provided when it renders, never empty, and every name is exercised")
    func templateKeysAreProvided() throws {
        let templates = try TemplateSet.bundled()
        var check = TemplateKeyCheck(templates: templates.templates.mapValues(\.text))
        for fixture in [PackFixture.rich] + PackFixture.variants {
            let compilation = try fixture.compile()
            for page in PackBuilder(compilation: compilation, templates: templates).pages() {
                check.walk(template: page.template, context: page.context, page: page.path)
            }
        }
        let git = try TestRepository.committing(PackFixture.rich.files)
        for request in [Compiler.Request(path: git.path), Compiler.Request(path: git.path, worktree: true)] {
            let compilation = try Compiler().compile(request)
            for page in PackBuilder(compilation: compilation, templates: templates).pages() {
                check.walk(template: page.template, context: page.context, page: page.path)
            }
        }
        // History and evidence: approvals current, stale and hidden by a shallow clone,
        // renames, other committers, trailers from another repository, uncommitted changes.
        let story = try HistoryStory()
        let shallow = try TestRepository(cloning: story.repository, depth: 1)
        for compilation in [try story.compilation(), try story.worktreeCompilation(), try Compiler().compile(.init(path: shallow.path))] {
            for page in PackBuilder(compilation: compilation, templates: templates).pages() {
                check.walk(template: page.template, context: page.context, page: page.path)
            }
        }
        // A repository in another team's style: owner updates, an editorial change, a retired
        // policy with a successor, SoA justifications from front matter, derived approval.
        let (_, harbourLane) = try OtherStyleFixtureTests.compile()
        // An approval by someone who may not approve: shown as one that does not count.
        let (outsider, _) = try DocumentControlTests.approvalByOutsider()
        // Waived findings, one waiver committed and one only in the working tree.
        let waivers = try WaiverTests.repository()
        try waivers.write("policies/ai-policy.md", try waivers.read("policies/ai-policy.md").replacingOccurrences(
            of: "And [the wiki]", with: "<!-- aims-waive AIMS013: the wiki is being moved -->\nAnd [the wiki]"))
        let waived = try Compiler().compile(.init(path: waivers.path, worktree: true))
        // Figures, copied evidence, an oversized file and a Git LFS pointer.
        let carriedRepository = try CarriedFilesTests().repository()
        let carried = try Compiler().compile(.init(path: carriedRepository.path))
        for compilation in [harbourLane, try Compiler().compile(.init(path: outsider.path)), waived, carried] {
            for page in PackBuilder(compilation: compilation, templates: templates).pages() {
                check.walk(template: page.template, context: page.context, page: page.path)
            }
        }
        #expect(check.problems.isEmpty, "\(check.problems.sorted().joined(separator: "\n"))")
        #expect(check.unexercised.isEmpty, "never rendered: \(check.unexercised.sorted())")
    }

    @Test("only the sanitized document body is inserted unescaped")
    func onlyBodyIsUnescaped() throws {
        for (name, file) in try TemplateSet.bundled().templates {
            for match in file.text.matches(of: /\{\{(\{|&)\s*([^}\s]+)/) {
                #expect(name == "document" && match.output.2 == "body", "\(name) inserts \(match.output.2) unescaped")
            }
        }
    }

    @Test("a commit's full SHA and date are on the overview; a working tree is flagged")
    func provenanceFromGit() throws {
        let git = try TestRepository.committing(PackFixture.rich.files)
        let compilation = try Compiler().compile(Compiler.Request(path: git.path))
        let commit = try #require(compilation.origin.commit)
        let pack = try PackBuilder(compilation: compilation, templates: TemplateSet(compilation: compilation)).build()
        let index = try #require(pack.text("index.html"))
        #expect(index.contains("<code class=\"sha\">\(commit.id.hex)</code>"))
        #expect(index.contains("Build date</th><td>\(compilation.asOf?.description ?? "?")"))
        #expect(index.contains(compilation.origin.label) && !compilation.origin.label.hasPrefix("HEAD"))
        let worktree = try Compiler().compile(Compiler.Request(path: git.path, worktree: true))
        let worktreePack = try PackBuilder(compilation: worktree, templates: TemplateSet(compilation: worktree)).build()
        #expect(try #require(worktreePack.text("index.html")).contains("built from the working tree"))
    }

    @Test("templates/ at the AIMS root overrides bundled templates and the stylesheet")
    func overrides() throws {
        var files = PackFixture.rich.files
        files["templates/findings.mustache"] = "{{> layout-head}}<p>Custom findings: {{total}}</p>{{> layout-foot}}"
        files["templates/aims.css"] = "body { color: black; }\n"
        files["templates/notes.txt"] = "not a template"
        files["docs/templates/index.mustache"] = "not at the AIMS root: ignored"
        let fixture = PackFixture(files: files)
        let compilation = try fixture.compile()
        let templates = try TemplateSet(compilation: compilation)
        #expect(templates.templates["findings"]?.origin == "templates/findings.mustache")
        #expect(templates.templates["index"]?.origin == "bundled index.mustache")
        let pack = try PackBuilder(compilation: compilation, templates: templates).build()
        #expect(try #require(pack.text("findings.html")).contains("<p>Custom findings: "))
        #expect(pack.text("assets/aims.css") == "body { color: black; }\n")
        #expect(try #require(pack.text("index.html")).contains("Audit pack overview"))
    }

    @Test("a template that does not parse is an error naming file, line and column")
    func templateParseError() throws {
        var files = PackFixture.rich.files
        files["templates/soa.mustache"] = "<h1>SoA</h1>\n<p>{{#groups}}{{title}}\n{{/controls}}</p>\n"
        let compilation = try PackFixture(files: files).compile()
        let error = try #require(throws: TemplateError.self) { try TemplateSet(compilation: compilation) }
        #expect(error.file == "templates/soa.mustache")
        #expect(error.line == 3)
        #expect(error.column == 4)
        #expect(error.description.hasPrefix("templates/soa.mustache:3:4: "))

        files["templates/soa.mustache"] = "<h1>SoA</h1>\n  {{> no-such-partial}}\n"
        let missing = try #require(throws: TemplateError.self) { try TemplateSet(compilation: PackFixture(files: files).compile()) }
        #expect(missing.description == "templates/soa.mustache:2:3: partial 'no-such-partial' names no template")
    }

    // MARK: Writing

    @Test("the writer creates the pack, and replaces an earlier pack as a whole")
    func writerReplacesPack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let destination = folder.url.appendingPathComponent("pack")
        let first = try PackFixture.rich.pack()
        try PackWriter.write(first, to: destination)
        #expect(FileManager.default.fileExists(atPath: destination.appendingPathComponent(PackWriter.markerName).path))
        #expect(try folder.read("pack/index.html") == first.text("index.html"))
        try Data("stale".utf8).write(to: destination.appendingPathComponent("stale.html"))

        let second = try PackFixture.variants[0].pack()
        try PackWriter.write(second, to: destination)
        #expect(try folder.read("pack/index.html") == second.text("index.html"))
        #expect(!FileManager.default.fileExists(atPath: destination.appendingPathComponent("stale.html").path))
        #expect(try folder.entries() == ["pack"], "temporary folders left behind")
        #expect(try Set(folder.files(under: "pack")) == Set(second.paths + [PackWriter.markerName]))
    }

    @Test("the writer refuses a folder that is not a pack, and a file")
    func writerRefusesForeignFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let pack = try PackFixture.variants[0].pack()
        let foreign = folder.url.appendingPathComponent("thesis")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: foreign.appendingPathComponent("chapter1.md"))
        let error = try #require(throws: PackWriteError.self) { try PackWriter.write(pack, to: foreign) }
        #expect(error.description.contains("not an aims pack"))
        #expect(try folder.files(under: "thesis") == ["chapter1.md"])

        let file = folder.url.appendingPathComponent("notes.txt")
        try Data("x".utf8).write(to: file)
        #expect(throws: PackWriteError.self) { try PackWriter.write(pack, to: file) }
        #expect(try folder.entries() == ["notes.txt", "thesis"], "temporary folders left behind")

        // An empty folder is fine, and so is one that does not exist yet (with its parents).
        let empty = folder.url.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try PackWriter.write(pack, to: empty)
        try PackWriter.write(pack, to: folder.url.appendingPathComponent("new/deeper/pack"))
        #expect(try folder.read("new/deeper/pack/index.html") == pack.text("index.html"))
    }

    @Test("a failed write leaves the earlier pack untouched and no temporary folder")
    func writerFailureLeavesOldPack() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let destination = folder.url.appendingPathComponent("pack")
        let good = try PackFixture.variants[0].pack()
        try PackWriter.write(good, to: destination)
        var bad = good
        bad.add("../escape.html", text: "no")
        #expect(throws: PackWriteError.self) { try PackWriter.write(bad, to: destination) }
        #expect(try folder.entries() == ["pack"])
        #expect(try folder.read("pack/index.html") == good.text("index.html"))
    }
}

// MARK: - Fixtures

/// A small AIMS in memory, compiled as of 2026-11-20.
struct PackFixture {
    var files: [String: String]

    func compile() throws -> Compilation {
        try Compiler().compile(source: MemorySource(files: files), origin: .memory, startingAt: "", asOf: CalendarDate(iso: "2026-11-20"))
    }

    func pack(_ compilation: Compilation? = nil) throws -> Pack {
        let compilation = try compilation ?? compile()
        return try PackBuilder(compilation: compilation, templates: TemplateSet(compilation: compilation)).build()
    }

    static func document(id: String, title: String, type: String = "record", status: String = "draft", extra: String = "", body: String = "Text.\n") -> String {
        "---\nid: \(id)\ntitle: \(title)\ntype: \(type)\nstatus: \(status)\nversion: \"1\"\nowner: Owner\n\(extra)---\n\n\(body)"
    }

    /// Exercises every part of every page: all statuses, all severities, every link kind.
    static let rich = PackFixture(files: [
        "aims.yaml": """
        organization: Example Freight & Co <Ltd>
        scope: AI systems "RouteWise" & 'DemandCast' at the Rotterdam office.
        documents: [docs]
        rules:
          AIMS022: note

        """,
        "docs/policy.md": """
        ---
        id: POL-001
        title: AI Policy & Principles
        type: policy
        status: approved
        version: "1.0"
        owner: Head of AI
        approver: CEO
        effective: 2026-01-10
        next_review: 2027-01-10
        clauses: ["5.2", "4.3"]
        controls: [A.2.2, A.3.2]
        evidence:
          - url: https://example.org/board-minutes
            title: Board minutes
          - path: evidence/board.pdf
            valid_until: 2027-01-01
        colour: blue
        ---

        # AI Policy

        Kestrel keeps people in charge. See the [scope](scope.md#purpose), [the scope again](./scope.md),
        [encoded](../docs/scope%2Emd#purpose) and [top](#purpose--scope).

        ## Purpose & Scope

        [evil](javascript:alert(1)) [evil2](JaVaScRiPt:alert(2)) [data](data:text/html;base64,PHNjcmlwdD4=)
        [passwd](../../etc/passwd) [abs](/etc/passwd) [vb](vbscript:msgbox) [file](file:///etc/passwd)
        [proto](//evil.example/x) [web](https://example.org/page?q=1&r=2) [mail](mailto:ai@example.org)
        [readme](../README.md) [ftp](ftp://example.org/x) [tab](java&#9;script:alert(3))

        <script>alert("x")</script>

        Inline <img src=x onerror=alert(1)> HTML.

        ![pixel](https://tracker.example/pixel.png)

        ## Purpose & Scope

        Repeated heading.

        """,
        "docs/scope.md": document(
            id: "SCOPE-001", title: "AIMS Scope", type: "scope", status: "draft",
            extra: "clauses: [\"4.3\"]\n",
            body: "# Scope\n\n## Purpose\n\nBack to the [policy](policy.md#purpose--scope).\n"
        ),
        "docs/retired.md": document(
            id: "OLD-001", title: "Old AI Policy", type: "policy", status: "retired",
            extra: "clauses: [\"5.2\", \"4.3\"]\ncontrols: [A.2.2]\n"
        ),
        "docs/soa.md": document(
            id: "SOA-001", title: "Statement of Applicability", type: "soa", status: "in-review",
            extra: "clauses: [\"6.1.3\", \"99.9\"]\ncontrols: [Z.1]\n",
            body: """
            # Statement of Applicability

            | Control | Applicable | Status | Justification |
            |---|---|---|---|
            | A.2.2 AI policy | Yes | Implemented | Needed for all AI work |
            | A.2.3 | No | - | No other policies exist |
            | A.4.2 | Yes | Planned | See POL-001 |
            | A.4.3 | maybe | unsure | |
            | KC-01 Driving time validator | Yes | Planned | Own control |

            """
        ),
        "docs/notes.md": "Just notes, no front matter.\n",
        "docs/dup-a.md": document(id: "DUP-001", title: "Duplicate A"),
        "docs/dup-b.md": document(id: "DUP-001", title: "Duplicate B"),
    ])

    /// Degenerate AIMSes: none of them may break a page.
    static let variants: [PackFixture] = [
        // Nothing at all: no organization, no scope, no documents.
        PackFixture(files: ["aims.yaml": "documents: [docs]\n"]),
        // Two SoAs, the first without a table.
        PackFixture(files: [
            "aims.yaml": "organization: Org\ndocuments: [docs]\n",
            "docs/a-soa.md": document(id: "SOA-A", title: "SoA A", type: "soa", body: "No table.\n"),
            "docs/b-soa.md": document(id: "SOA-B", title: "SoA B", type: "soa", body: "| Control | Applicable |\n|---|---|\n| A.2.2 | Yes |\n"),
        ]),
        // A SoA table without the Status and Justification columns, with evidence of its own
        // (inherited by its controls, never counted as theirs) and a policy implementing A.2.2.
        PackFixture(files: [
            "aims.yaml": "organization: Org\ndocuments: [docs]\n",
            "docs/soa.md": document(
                id: "SOA", title: "SoA", type: "soa", status: "approved",
                extra: "controls: [A.2.2]\nevidence:\n  - path: evidence/controls-overview.txt\n",
                body: "| Control | Applicable |\n|---|---|\n| A.2.2 | Yes |\n"
            ),
            "docs/policy.md": document(id: "POL", title: "Policy", type: "policy", extra: "controls: [A.2.2]\n"),
            "evidence/controls-overview.txt": "One overview of every control.\n",
        ]),
    ]

    /// Every href and src value in `html`, with the entities the templates and cmark use decoded.
    static func attributeURLs(in html: String) -> [String] {
        html.matches(of: /\s(?:href|src)="([^"]*)"/).map { match in
            String(match.output.1).replacingOccurrences(of: "&amp;", with: "&")
        }
    }
}

/// The rich fixture as a git repository with one commit, for the commit and worktree origins.
extension TestRepository {
    /// A repository whose one commit holds `files`, made by Alice on a fixed date.
    static func committing(_ files: [String: String]) throws -> TestRepository {
        let repository = try TestRepository()
        for (path, text) in files { try repository.write(path, text) }
        try repository.commit("Initial AIMS", date: "2026-03-01T10:00:00Z")
        return repository
    }
}

struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("aims-pack-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func read(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: url.appendingPathComponent(path)), as: UTF8.self)
    }

    /// Names directly in the folder, hidden ones included, sorted.
    func entries() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
    }

    /// Files below `folder`, as relative paths.
    func files(under folder: String) throws -> [String] {
        let base = url.appendingPathComponent(folder)
        var result: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: base.path)
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result.append(path)
            }
        }
        return result.sorted()
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

// MARK: - Template key check

/// Walks templates the way swift-mustache renders them, against the real page contexts,
/// and reports every name that would render as nothing: missing keys, empty strings and
/// dictionaries printed as text. Missing keys render silently in Mustache, so this is
/// the only guard against a template and its context drifting apart.
struct TemplateKeyCheck {
    indirect enum Node {
        case variable(String)
        case section(String, inverted: Bool, [Node])
        case partial(String)
    }

    var templates: [String: [Node]] = [:]
    var problems: Set<String> = []
    private var exercised: Set<String> = []
    private var used: Set<String> = []

    init(templates texts: [String: String]) {
        for (name, text) in texts {
            let nodes = Self.parse(text)
            templates[name] = nodes
            Self.names(in: nodes) { used.insert("\(name): \($0)") }
        }
    }

    var unexercised: Set<String> { used.subtracting(exercised) }

    mutating func walk(template: String, context: [String: Any], page: String) {
        guard let nodes = templates[template] else {
            problems.insert("\(page): no template \(template)")
            return
        }
        walk(nodes, template: template, stack: [context], page: page)
    }

    private mutating func walk(_ nodes: [Node], template: String, stack: [Any], page: String) {
        for node in nodes {
            switch node {
            case let .variable(name):
                exercised.insert("\(template): \(name)")
                guard let value = Self.resolve(name, in: stack) else {
                    problems.insert("\(template): {{\(name)}} is not provided (\(page))")
                    continue
                }
                if value is [String: Any] || value is [Any] {
                    problems.insert("\(template): {{\(name)}} renders a dictionary or list as text (\(page))")
                } else if "\(value)".isEmpty {
                    problems.insert("\(template): {{\(name)}} renders empty (\(page))")
                }
            case let .section(name, inverted, children):
                exercised.insert("\(template): \(name)")
                guard let value = Self.resolve(name, in: stack) else {
                    problems.insert("\(template): section \(name) is not provided (\(page))")
                    continue
                }
                if let flag = value as? Bool {
                    if flag != inverted { walk(children, template: template, stack: stack, page: page) }
                } else if let items = value as? [Any] {
                    if inverted {
                        if items.isEmpty { walk(children, template: template, stack: stack, page: page) }
                    } else {
                        for item in items { walk(children, template: template, stack: stack + [item], page: page) }
                    }
                } else if value is [String: Any] {
                    if !inverted { walk(children, template: template, stack: stack + [value], page: page) }
                } else {
                    problems.insert("\(template): section \(name) is neither a flag, a list nor a dictionary (\(page))")
                }
            case let .partial(name):
                guard let nodes = templates[name] else {
                    problems.insert("\(template): partial \(name) does not exist")
                    continue
                }
                walk(nodes, template: name, stack: stack, page: page)
            }
        }
    }

    /// Mustache lookup: the first name from the innermost context that has it, the rest
    /// of a dotted name from there.
    static func resolve(_ name: String, in stack: [Any]) -> Any? {
        if name == "." { return stack.last }
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        for frame in stack.reversed() {
            guard let dictionary = frame as? [String: Any], var value = dictionary[first] else { continue }
            for part in parts.dropFirst() {
                guard let next = (value as? [String: Any])?[part] else { return nil }
                value = next
            }
            return value
        }
        return nil
    }

    static func parse(_ text: String) -> [Node] {
        var stack: [(name: String, inverted: Bool, nodes: [Node])] = [("", false, [])]
        for match in text.matches(of: /\{\{(\{?)([#^\/>!&]?)\s*([^}]*?)\s*\}\}(\}?)/) {
            let name = String(match.output.3)
            switch match.output.2 {
            case "#", "^": stack.append((name, match.output.2 == "^", []))
            case "/":
                guard stack.count > 1, let closed = stack.popLast() else { continue }
                stack[stack.count - 1].nodes.append(.section(closed.name, inverted: closed.inverted, closed.nodes))
            case ">": stack[stack.count - 1].nodes.append(.partial(name))
            case "!": continue
            default: stack[stack.count - 1].nodes.append(.variable(name))
            }
        }
        return stack[0].nodes
    }

    static func names(in nodes: [Node], _ found: (String) -> Void) {
        for node in nodes {
            switch node {
            case let .variable(name): found(name)
            case let .section(name, _, children):
                found(name)
                names(in: children, found)
            case .partial: continue
            }
        }
    }
}
