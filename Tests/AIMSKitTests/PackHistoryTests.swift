import Foundation
import Testing
@testable import AIMSKit

/// The audit pack's history and evidence: revision histories and approvals on document
/// pages, the document control register, the evidence register and the SoA's evidence
/// column, built from real repositories with fixed authors and dates.
struct PackHistoryTests {
    @Test("a document page lists the commits that changed it, newest first, with authors and changes")
    func revisionHistory() throws {
        let story = try HistoryStory()
        let pack = try story.pack()
        let procedure = try #require(pack.text("documents/PRO-1.html"))
        let rows = procedure.matches(of: /<tr id="commit-([0-9a-f]{40})"/).map { String($0.output.1) }
        #expect(rows == [story.procedureEdit, story.approval, story.rename, story.draft])
        let history = try section(procedure, from: "id=\"pack-revision-history\"", to: "</section>")
        for (commit, author) in [(story.procedureEdit, "Carol Example"), (story.approval, "Bob Example"), (story.rename, "Alice Example"), (story.draft, "Alice Example")] {
            let row = try self.row(history, id: "commit-\(commit)")
            #expect(row.contains("<code class=\"sha\" title=\"\(commit)\">\(commit.prefix(7))</code>"))
            #expect(row.contains(">\(author)</span>"), "\(commit.prefix(7)) lacks its author")
        }
        #expect(try row(history, id: "commit-\(story.rename)").contains("renamed from</span> <code>docs/old-procedure.md</code>"))
        #expect(try row(history, id: "commit-\(story.draft)").contains("added</span><span class=\"byline\">as <code>docs/old-procedure.md</code>"))
        #expect(try row(history, id: "commit-\(story.approval)").contains("Approved by Bob Example"))
        #expect(try row(history, id: "commit-\(story.procedureEdit)").contains("After the approval"))
        #expect(history.contains("2026-02-01") && history.contains("2026-01-20"))

        // The guide was written by Carol and committed by Alice.
        let guide = try #require(pack.text("documents/GDE-1.html"))
        #expect(try row(guide, id: "commit-\(story.guideRevision)").contains("Carol Example</span><span class=\"byline\">committed by Alice Example</span>"))
    }

    @Test("the approval block names the approver, the approving commit, the date and the approved blob")
    func approvalBlock() throws {
        let story = try HistoryStory()
        let pack = try story.pack()
        let policy = try #require(pack.text("documents/POL-1.html"))
        let approval = try block(policy, class: "approval-detail")
        #expect(policy.contains("<h1>AI policy <span class=\"badge badge-approved\">Approved</span></h1>") || policy.contains("badge-approved\">Approved</span></h1>"))
        #expect(approval.contains("Document control: As a policy, every change needs a content-bound approval"))
        #expect(approval.contains("Approved in <a href=\"#commit-\(story.approval)\"><code class=\"sha\" title=\"\(story.approval)\">\(story.approval.prefix(7))</code></a>"))
        #expect(approval.contains("by <strong>Bob Example</strong> <span class=\"muted\">&lt;bob@example.com&gt;</span> <span class=\"nowrap\">on 2026-01-20</span>"))
        let blob = story.repository.git("rev-parse", "\(story.approval):docs/policy.md").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(approval.contains("blob <code title=\"\(blob)\">\(blob.prefix(12))</code>"))
        #expect(approval.contains("this version written by Bob Example and Alice Example"))
        #expect(!policy.contains("The approval is stale"))

        // The guide's approval is of an earlier version, and it no longer claims approval.
        let guide = try #require(pack.text("documents/GDE-1.html"))
        #expect(guide.contains("An earlier version was approved in"))
        #expect(guide.contains("<strong>An earlier version was approved.</strong>"))
        #expect(!guide.contains("callout-error stale-approval"))
    }

    @Test("a stale approval is flagged on the document's page and in the register, naming the later commit")
    func staleApproval() throws {
        let story = try HistoryStory()
        let pack = try story.pack()
        let edit = String(story.procedureEdit.prefix(7))
        let procedure = try #require(pack.text("documents/PRO-1.html"))
        let callout = try section(procedure, from: "<div class=\"callout callout-error stale-approval\">", to: "</div>")
        #expect(callout.contains("The approval is stale."))
        #expect(callout.contains("approved in <a href=\"#commit-\(story.approval)\"><code class=\"sha\" title=\"\(story.approval)\">\(story.approval.prefix(7))</code></a> by Bob Example on 2026-01-20"))
        #expect(callout.contains("changed since in 1 later commit"))
        #expect(callout.contains("<a href=\"#commit-\(story.procedureEdit)\"><code class=\"sha\" title=\"\(story.procedureEdit)\">\(edit)</code></a> 2026-02-01 · Carol Example · Edit the procedure after approval"))
        #expect(procedure.contains("badge-error\">Approval stale</span>"))

        let register = try #require(pack.text("register.html"))
        let staleRow = try row(register, containing: "href=\"documents/PRO-1.html\"")
        #expect(staleRow.hasPrefix("<tr class=\"row-problem\">"))
        #expect(staleRow.contains("badge-error\">Approval stale</span>"))
        #expect(staleRow.contains("changed since in <a href=\"documents/PRO-1.html#commit-\(story.procedureEdit)\"><code class=\"sha\" title=\"\(story.procedureEdit)\">\(edit)</code></a>"))
        #expect(staleRow.contains("<a href=\"documents/PRO-1.html#commit-\(story.procedureEdit)\"><code class=\"sha\" title=\"\(story.procedureEdit)\">\(edit)</code></a> <span class=\"nowrap\">on 2026-02-01</span><span class=\"byline\">by Carol Example</span>"))
        let policyRow = try row(register, containing: "href=\"documents/POL-1.html\"")
        #expect(policyRow.contains("badge-approved\">Approved</span>"))
        #expect(policyRow.contains("\(story.approval.prefix(7))</code></a> · <span class=\"nowrap\">2026-01-20</span> · <span title=\"Bob Example &lt;bob@example.com&gt;\">Bob Example</span>"))
        #expect(register.contains("<span class=\"figure\">2</span> marked approved: <span class=\"figure\">1</span> with a current approval · <span class=\"figure text-error\">1</span> stale"))
        #expect(register.matches(of: /<tr[ >]/).count == 1 + 4, "a header row and one row per document")

        let index = try #require(pack.text("index.html"))
        #expect(index.contains("<span class=\"stat-value\">1<span class=\"stat-of\">/2</span></span><span class=\"stat-label\">current</span>"))
        #expect(index.contains("<a href=\"register.html\">Document control register</a>"))
        #expect(index.contains("<a href=\"evidence.html\">Evidence register</a>"))
    }

    @Test("the evidence register lists path, commit and tag items with their commits, and trailer evidence")
    func evidenceRegister() throws {
        let story = try HistoryStory()
        let pack = try story.pack()
        let evidence = try #require(pack.text("evidence.html"))
        let items = try section(evidence, from: "<section class=\"block\" id=\"items\">", to: "</section>")
        let short = String(story.evidence.prefix(7))
        for target in ["./evidence/test-report.txt", story.evidence, "model-v1"] {
            let row = try self.row(items, containing: "<code class=\"target\">\(target)</code>")
            #expect(row.contains("badge-approved\">Resolved</span>"), "\(target)")
            #expect(row.contains("<code class=\"sha\" title=\"\(story.evidence)\">\(short)</code>"), "\(target)")
            #expect(row.contains("<td class=\"nowrap\">2026-03-01</td>"), "\(target)")
            #expect(row.contains(">Carol Example</span><span class=\"byline\">committed by Alice Example</span>"), "\(target)")
        }
        #expect(try row(items, containing: "./evidence/test-report.txt").contains("at <code>evidence/test-report.txt</code>"))
        #expect(try row(items, containing: "model-v1").contains("valid until 2026-12-31"))
        let missing = try row(items, containing: "evidence/missing.txt")
        #expect(missing.contains("badge-error\">Problem</span>") && missing.contains("does not exist in commit"))
        #expect(try row(items, containing: "https://example.org/report").contains("badge-none\">Listed</span>"))
        // What the items support: the record's controls and clauses, with titles.
        #expect(items.contains("<a href=\"soa.html#control-A.6.2.4\">A.6.2.4</a> <span>\(try #require(ClauseModel.bundled.control("A.6.2.4")).title)</span>"))
        #expect(items.contains("<span class=\"unknown-ref\">A.99.9</span>"))
        #expect(items.contains("<a href=\"coverage.html#clause-9.1\""))
        #expect(items.contains("href=\"documents/REC-1.html\""))

        let trailers = try section(evidence, from: "<section class=\"block\" id=\"trailers\">", to: "</section>")
        let group = try section(trailers, from: "<code class=\"sha\" title=\"\(story.evidence)\">", to: "</tbody>")
        #expect(group.contains("<td rowspan=\"2\" class=\"nowrap\">2026-03-01</td>"))
        #expect(group.contains("Carol Example</span><span class=\"byline\">committed by Alice Example</span>"))
        #expect(group.contains("Add the test report"))
        #expect(group.contains("<code>AIMS-Control</code>"))
        #expect(group.contains("<a class=\"control-ref\" href=\"#control-A.6.2.4\">A.6.2.4</a>"))
        #expect(group.contains("<span class=\"unknown-ref\">A.99.9</span><span class=\"byline text-error\">not an Annex A control</span>"))
        #expect(group.contains("this repository"))
        let other = try section(trailers, from: "<code class=\"sha\" title=\"\(story.otherEvidence)\">", to: "</tbody>")
        #expect(other.contains("<code>Evidence-For</code>") && other.contains("Bob Example"))
        #expect(other.contains("<code>\(story.otherRepositoryPath)</code>"))
        #expect(evidence.contains("<code>../no-such-evidence-repository</code>:"))

        // Per-control anchors, which the SoA links to.
        let byControl = try row(evidence, id: "control-A.6.2.4")
        #expect(byControl.contains("5 items · 1 commit"))
        #expect(byControl.contains(short))
    }

    @Test("the SoA counts each control's evidence items and trailer commits and links to them")
    func soaEvidenceColumn() throws {
        let story = try HistoryStory()
        let pack = try story.pack()
        let soa = try #require(pack.text("soa.html"))
        func evidence(_ control: String) throws -> String {
            let row = try self.row(soa, id: "control-\(control)")
            let cells = row.matches(of: /<td>([\s\S]*?)<\/td>/).map { String($0.output.1) }
            return try #require(cells.last).replacing(/<[^>]*>/, with: "")
        }
        #expect(try evidence("A.6.2.4") == "5 items · 1 commitwith a problem")
        #expect(try evidence("A.2.2") == "5 itemswith a problem")
        #expect(try evidence("A.6.2.6") == "1 commit")
        #expect(try evidence("A.3.2") == "none of its own")
        #expect(try row(soa, id: "control-A.6.2.4").contains("<a class=\"evidence-count\" href=\"evidence.html#control-A.6.2.4\">"))
    }

    @Test("the history pack links only to files and anchors of the pack, and is byte-identical across builds")
    func selfContainedAndDeterministic() throws {
        let story = try HistoryStory()
        let first = try story.pack()
        let second = try story.pack()
        #expect(first == second)
        for path in ["register.html", "evidence.html"] {
            #expect(first[path] != nil, "missing \(path)")
        }
        for path in first.paths where path.hasSuffix(".html") {
            let html = try #require(first.text(path))
            let root = path.hasPrefix("documents/") ? "../" : "./"
            #expect(html.contains("<a href=\"\(root)register.html\"") && html.contains("<a href=\"\(root)evidence.html\""), "\(path) lacks the navigation")
            #expect(!html.lowercased().contains("<script"))
            let folder = RepositoryPath.folder(of: path)
            for url in PackFixture.attributeURLs(in: html) where LinkTarget.scheme(of: url) == nil {
                let parts = url.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let file = parts[0].isEmpty ? path : RepositoryPath.resolve(String(parts[0]), from: folder)
                let target = try #require(file, "\(path): \(url) leaves the pack")
                let page = try #require(first.text(target), "\(path): \(url) names no file of the pack")
                if parts.count == 2, !parts[1].isEmpty {
                    #expect(page.contains("id=\"\(HTML.escape(String(parts[1])))\""), "\(path): \(url) names no anchor")
                }
            }
        }
    }

    @Test("without history, without a full history, and with uncommitted changes, pages say so")
    func historyNotReadShallowAndWorktree() throws {
        let memory = try PackFixture.rich.pack()
        #expect(try #require(memory.text("documents/POL-001.html")).contains("History was not read: this pack was built from files handed over in memory"))
        #expect(try #require(memory.text("register.html")).contains("History was not read"))
        #expect(try #require(memory.text("evidence.html")).contains("badge-none\">Not checked</span>"))

        let story = try HistoryStory()
        let shallow = try TestRepository(cloning: story.repository, depth: 1)
        let shallowPack = try HistoryStory.pack(try Compiler().compile(.init(path: shallow.path)))
        let policy = try #require(shallowPack.text("documents/POL-1.html"))
        #expect(policy.contains("The history is cut short: the repository is a shallow clone"))
        #expect(policy.contains("Approval not in shallow history"))
        #expect(try #require(shallowPack.text("register.html")).contains("The repository is a shallow clone"))

        let worktree = try HistoryStory.pack(try story.worktreeCompilation())
        let edited = try #require(worktree.text("documents/POL-1.html"))
        #expect(edited.contains("it has changes that are not committed"))
        #expect(edited.contains("The working tree has changes to it that are not committed."))
        #expect(try row(try #require(worktree.text("register.html")), containing: "href=\"documents/POL-1.html\"").contains("and uncommitted changes"))
    }

    // MARK: Helpers

    /// The text of `html` from the first `start` to the next `end` after it.
    func section(_ html: String, from start: String, to end: String) throws -> String {
        let from = try #require(html.range(of: start), "no \(start)")
        let to = try #require(html.range(of: end, range: from.upperBound..<html.endIndex), "no \(end) after \(start)")
        return String(html[from.lowerBound..<to.upperBound])
    }

    /// The table row with this id.
    func row(_ html: String, id: String) throws -> String {
        let start = try #require(html.range(of: "<tr id=\"\(id)\""), "no row \(id)")
        let end = try #require(html.range(of: "</tr>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// The table row with this class.
    func row(_ html: String, class name: String) throws -> String {
        let start = try #require(html.range(of: "<tr class=\"\(name)\">"), "no row of class \(name)")
        let end = try #require(html.range(of: "</tr>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// The `<div>` with this class (one that holds no other div).
    func block(_ html: String, class name: String) throws -> String {
        let start = try #require(html.range(of: "<div class=\"\(name)\">"), "no block of class \(name)")
        let end = try #require(html.range(of: "</div>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// The table row that contains `text`.
    func row(_ html: String, containing text: String) throws -> String {
        let at = try #require(html.range(of: text), "no \(text)")
        let start = try #require(html.range(of: "<tr", options: .backwards, range: html.startIndex..<at.lowerBound))
        let end = try #require(html.range(of: "</tr>", range: at.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }
}

/// A small AIMS with a history: drafted by Alice, approved by Bob with an `Approved-by:`
/// trailer, the procedure renamed before approval and edited by Carol afterwards (stale),
/// the guide revised after its approval and no longer marked approved, an evidence commit
/// with `AIMS-Control:` trailers (written by Carol, committed by Alice) and a tag, and a
/// second repository whose commit carries an `Evidence-For:` trailer.
final class HistoryStory {
    let repository: TestRepository
    let other: TestRepository
    var otherRepositoryPath: String
    var draft = ""
    var rename = ""
    var approval = ""
    var procedureEdit = ""
    var guideRevision = ""
    var evidence = ""
    var otherEvidence = ""

    static func document(_ id: String, title: String, status: String, extra: String = "", body: String) -> String {
        """
        ---
        id: \(id)
        title: \(title)
        type: policy
        status: \(status)
        version: "1"
        owner: Alice Example
        approver: Bob Example
        effective: 2026-01-20
        next_review: 2027-01-20
        \(extra)---
        # \(title)

        \(body)

        """
    }

    init() throws {
        other = try TestRepository()
        try other.write("monitoring.txt", "dashboards\n")
        otherEvidence = try other.commit("Deploy the monitoring dashboards\n\nEvidence-For: A.6.2.6", author: .bob, date: "2026-02-20T10:00:00Z")
        otherRepositoryPath = "../" + URL(fileURLWithPath: other.path).lastPathComponent

        repository = try TestRepository()
        let policy = { (status: String, body: String) in
            Self.document("POL-1", title: "AI policy", status: status, extra: "clauses: [\"5.2\"]\ncontrols: [A.2.2]\n", body: body)
        }
        let procedure = { (status: String, body: String) in
            Self.document("PRO-1", title: "Review procedure", status: status, extra: "controls: [A.6.2.4]\n", body: body)
        }
        let guide = { (status: String, body: String) in Self.document("GDE-1", title: "User guide", status: status, body: body) }
        try repository.write("aims.yaml", """
        organization: Example Ltd
        documents: [docs]
        evidence:
          repositories: [\(otherRepositoryPath), ../no-such-evidence-repository]

        """)
        try repository.commit("Set up the AIMS", author: .alice, date: "2026-01-05T09:00:00Z")
        try repository.write("docs/policy.md", policy("draft", "First draft."))
        try repository.write("docs/old-procedure.md", procedure("draft", "First draft."))
        try repository.write("docs/guide.md", guide("draft", "First draft."))
        draft = try repository.commit("Draft the policy, the procedure and the guide", author: .alice, date: "2026-01-10T10:00:00Z")
        try repository.move("docs/old-procedure.md", to: "docs/procedure.md")
        rename = try repository.commit("Rename the procedure", author: .alice, date: "2026-01-15T10:00:00Z")
        try repository.write("docs/policy.md", policy("approved", "Final text."))
        try repository.write("docs/procedure.md", procedure("approved", "Final text."))
        try repository.write("docs/guide.md", guide("approved", "Final text."))
        approval = try repository.commit("Approve the policy, the procedure and the guide\n\nApproved-by: Bob Example <bob@example.com>", author: .bob, date: "2026-01-20T10:00:00Z")
        try repository.write("docs/procedure.md", procedure("approved", "Edited after approval."))
        procedureEdit = try repository.commit("Edit the procedure after approval", author: .carol, date: "2026-02-01T10:00:00Z")
        try repository.write("docs/guide.md", guide("in-review", "Revised."))
        guideRevision = try commit("Revise the guide", writtenBy: .carol, committedBy: .alice, date: "2026-02-10T10:00:00Z")
        try repository.write("evidence/test-report.txt", "all tests passed\n")
        evidence = try commit("Add the test report\n\nAIMS-Control: A.6.2.4, A.99.9", writtenBy: .carol, committedBy: .alice, date: "2026-03-01T10:00:00Z")
        repository.git("tag", "-a", "model-v1", "-m", "Model v1")
        try repository.write("docs/record.md", Self.document("REC-1", title: "Test record", status: "draft", extra: """
        clauses: ["9.1", "99.9"]
        controls: [A.6.2.4, A.2.2, A.99.9]
        evidence:
          - path: ./evidence/test-report.txt
            title: Test report
          - commit: \(evidence)
          - tag: model-v1
            valid_until: 2026-12-31
          - url: https://example.org/report
          - path: evidence/missing.txt

        """, body: "Results."))
        try repository.commit("Record the evidence", author: .alice, date: "2026-03-05T10:00:00Z")
    }

    /// Commits everything with `author` as the author and `committer` as the committer.
    private func commit(_ message: String, writtenBy author: TestRepository.Person, committedBy committer: TestRepository.Person, date: String) throws -> String {
        try repository.run(["add", "-A"]).orThrow(["add", "-A"])
        let arguments = ["commit", "--quiet", "--no-verify", "--author=\(author.name) <\(author.email)>", "-m", message]
        try repository.run(arguments, author: committer, date: date).orThrow(arguments)
        return try repository.revision()
    }

    func compilation() throws -> Compilation {
        try Compiler().compile(.init(path: repository.path))
    }

    /// The working tree with an uncommitted edit to the approved policy.
    func worktreeCompilation() throws -> Compilation {
        let policy = try repository.read("docs/policy.md")
        try repository.write("docs/policy.md", policy + "\nAn uncommitted line.\n")
        defer { try? repository.write("docs/policy.md", policy) }
        return try Compiler().compile(.init(path: repository.path, worktree: true))
    }

    func pack() throws -> Pack {
        try Self.pack(compilation())
    }

    static func pack(_ compilation: Compilation) throws -> Pack {
        try PackBuilder(compilation: compilation, templates: TemplateSet(compilation: compilation)).build()
    }
}

/// A repository's own templates cannot take the pack's script protection away.
struct TemplateOverrideSafetyTests {
    @Test func policyComesFirstWhateverTheTemplates() throws {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [docs]\n")
        try repository.write("templates/layout-head.mustache", "<html><head><title>{{{pageTitle}}}</title></head><body>\n")
        try repository.write("templates/layout-foot.mustache", "</body></html>\n")
        // A template that writes a script before the head gets the policy before everything.
        try repository.write("templates/findings.mustache", "<!DOCTYPE html><html><script src=x.js></script><head></head><body>{{total}}</body></html>\n")
        try repository.write("docs/d.md", "---\nid: D-1\ntitle: \"<script>alert(1)</script>\"\ntype: policy\nstatus: draft\n---\n")
        try repository.commit("Hostile templates", date: "2026-01-10T10:00:00Z")
        let compilation = try Compiler().compile(.init(path: repository.path))
        let pack = try PackBuilder(compilation: compilation, templates: TemplateSet(compilation: compilation)).build()
        for path in pack.paths where path.hasSuffix(".html") {
            let html = try #require(pack.text(path))
            // Only the doctype and the html and head tags may come before it.
            let policy = try #require(html.range(of: PackBuilder.contentSecurityPolicy), "\(path)")
            let before = String(html[..<policy.lowerBound])
            #expect(before.wholeMatch(of: /(?i)(<!DOCTYPE html>\s*)?(<html[^<>]*>\s*)?(<head[^<>]*>\s*)?/) != nil, "\(path): \(before)")
        }
    }
}
