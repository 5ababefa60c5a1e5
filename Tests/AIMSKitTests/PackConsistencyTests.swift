import Foundation
import Testing
@testable import AIMSKit

/// The audit pack never says two things about one fact: on every page, a document's badge,
/// a control's implementers, a mandatory item's providers and state, and the counts the
/// summaries print are those of the resolved model (`compilation.resolved`). Checked on the
/// scripted sample, on the Harbour Lane fixture and on small seeded random repositories.
struct PackConsistencyTests {
    @Test("the scripted sample's pack agrees with its resolved model")
    func scriptedSample() throws {
        let folder = try TestRepository()
        try PlantedDefectTests.makeSample(at: folder.path + "/sample")
        let compilation = try Compiler().compile(.init(path: folder.path + "/sample"))
        try PackAudit(compilation: compilation, label: "sample").run()
    }

    @Test("the Harbour Lane fixture's pack agrees with its resolved model")
    func harbourLane() throws {
        let (_, compilation) = try OtherStyleFixtureTests.compile()
        try PackAudit(compilation: compilation, label: "harbour lane").run()
    }

    @Test("generated repositories' packs agree with their resolved models", arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func generated(seed: UInt64) throws {
        var generator = ConsistencyRepositoryGenerator(seed: seed)
        let repository = try generator.generate()
        let compilation = try Compiler().compile(.init(path: repository.path))
        #expect(compilation.index.documents.count >= 6)
        try PackAudit(compilation: compilation, label: "seed \(seed)").run()
    }
}

// MARK: - The audit of one pack against its model

/// Reads the built pack's HTML and compares what it shows with the resolved model.
struct PackAudit {
    let compilation: Compilation
    let label: String
    var resolved: ResolvedModel { compilation.resolved }
    var model: ClauseModel { compilation.model }

    /// The badge of a state, written out here so that a wrong `stateBadge` fails too.
    static func expectedBadge(_ state: DocumentState) -> (label: String, class: String) {
        switch state {
        case .current(.approval): return ("Approved", "approved")
        case .current(.ownerUpdates): return ("Current: owner updates", "approved")
        case .current(.retained): return ("Retained record", "approved")
        case .stale: return ("Approval stale", "error")
        case .unrecorded(hiddenByShallowClone: false): return ("Approval not recorded", "error")
        case .unrecorded(hiddenByShallowClone: true): return ("Approval not in shallow history", "warning")
        case .notVerified: return ("Approved, not verified", "none")
        case .draft: return ("Draft", "draft")
        case .inReview: return ("In review", "in-review")
        case .retired(supersededBy: nil): return ("Retired", "retired")
        case .retired: return ("Superseded", "retired")
        case .unknown: return ("No valid status", "unknown")
        }
    }

    /// Labels of the states that count as approved documented information.
    static let approvedLabels: Set<String> = ["Approved", "Current: owner updates", "Retained record", "Approved, not verified", "Approval not in shallow history"]
    static let currentLabels: Set<String> = ["Approved", "Current: owner updates", "Retained record"]

    func run() throws {
        let pack = try PackBuilder(compilation: compilation, templates: TemplateSet(compilation: compilation)).build()
        let facts = PackFacts(compilation: compilation)
        // Page path → document, and the badge each document must show.
        var documentsByPage: [String: Document] = [:]
        var expected: [String: (label: String, class: String)] = [:]
        for document in compilation.index.documents {
            let page = try #require(resolved.pages.pagePath(document.path), "\(label): \(document.path) has no page")
            documentsByPage[page] = document
            let badge = Self.expectedBadge(resolved.state(of: document))
            expected[page] = badge
            let built = facts.stateBadge(document)
            #expect(built["label"] as? String == badge.label && built["class"] as? String == badge.class,
                    "\(label): stateBadge of \(document.path) is \(built), its state \(resolved.state(of: document)) gives \(badge)")
        }

        // 1. Every badge next to a document link, on every page, is the model's.
        var shown: [String: Set<String>] = [:]
        var badgeCount = 0
        func see(_ href: String, id: String, badgeClass: String, badgeLabel: String, on page: String) {
            let target = Self.target(href)
            guard let document = documentsByPage[target], let want = expected[target] else {
                Issue.record("\(label): \(page) links \(href), which is no document's page")
                return
            }
            badgeCount += 1
            shown[target, default: []].insert(badgeLabel)
            #expect(id == document.displayID, "\(label): \(page) shows \(target) as \(id), not \(document.displayID)")
            #expect(badgeLabel == want.label && badgeClass == want.class,
                    "\(label): \(page) shows \(document.displayID) (\(document.path)) as \(badgeLabel)/\(badgeClass); its state gives \(want.label)/\(want.class)")
        }
        for path in pack.paths where path.hasSuffix(".html") {
            let html = try #require(pack.text(path))
            let references = Self.documentReferences(html)
            #expect(references.count == Self.occurrences(of: "class=\"doc-ref\"", in: html),
                    "\(label): \(path) has document references the audit cannot read")
            for reference in references {
                see(reference.href, id: reference.id, badgeClass: reference.badgeClass, badgeLabel: reference.badgeLabel, on: path)
            }
        }
        // The tables of documents and the register: one row per document, its badge the first.
        for path in ["documents.html", "register.html"] {
            let html = try #require(pack.text(path))
            var rows: [String] = []
            for row in Self.chunks(html, from: "<tr>", to: "</tr>") + Self.chunks(html, from: "<tr class=\"row-problem\">", to: "</tr>") {
                guard let link = Self.matches(##"<a href="(documents/[^"#]+)"><code[^>]*>([^<]*)</code></a>"##, in: row).first,
                      let badge = Self.matches(#"<span class="badge badge-([^"]*)">([^<]*)</span>"#, in: row).first else { continue }
                rows.append(Self.target(link[1]))
                see(link[1], id: link[2], badgeClass: badge[1], badgeLabel: badge[2], on: path)
            }
            #expect(rows.sorted() == documentsByPage.keys.sorted(), "\(label): \(path) does not list each document once")
        }
        // Each document's own page: the badge in its title, and the callout naming its state.
        for (page, document) in documentsByPage {
            let html = try #require(pack.text(page), "\(label): no \(page)")
            let title = Self.matches(#"<h1>[^\n]*? <span class="badge badge-([^"]*)">([^<]*)</span></h1>"#, in: html)
            #expect(title.count == 1, "\(label): \(page) has no badge in its title")
            for badge in title { see(page, id: document.displayID, badgeClass: badge[1], badgeLabel: badge[2], on: page) }
            for callout in Self.matches(#"This document is ([^:<]*): it is outside the approved set"#, in: html) {
                #expect(callout[1] == expected[page]?.label, "\(label): \(page) says it is \(callout[1])")
            }
        }
        for (target, labels) in shown where labels.count > 1 {
            Issue.record("\(label): \(target) is shown as \(labels.sorted().joined(separator: " and "))")
        }
        #expect(badgeCount >= compilation.index.documents.count * 3, "\(label): only \(badgeCount) badges read")

        try checkIndex(pack, expected: expected)
        try checkSoA(pack)
        try checkChecklist(pack)
        try checkCoverage(pack)
        try checkRegister(pack)
    }

    // MARK: Overview

    private func checkIndex(_ pack: Pack, expected: [String: (label: String, class: String)]) throws {
        let html = try #require(pack.text("index.html"))
        // Documents: the total and the count of each badge.
        #expect(Self.int(#"<span class="stat-value">(\d+)</span><span class="stat-label">documents read</span>"#, html) == compilation.index.documents.count, "\(label): index document total")
        var counts: [String: Int] = [:]
        for badge in expected.values { counts[badge.label, default: 0] += 1 }
        let list = Self.chunks(html, from: "<ul class=\"status-counts\">", to: "</ul>").first ?? ""
        var printed: [String: Int] = [:]
        for row in Self.matches(#"<li><span class="badge badge-[^"]*">([^<]*)</span> (\d+)</li>"#, in: list) {
            printed[row[1]] = Int(row[2])
        }
        #expect(printed == counts, "\(label): index counts documents by state as \(printed), the model as \(counts)")

        // Mandatory documents.
        let mandatory = mandatoryCounts()
        let provided = Self.matches(#"<span class="stat-value">(\d+)<span class="stat-of">/(\d+)</span></span><span class="stat-label">provided</span>"#, in: html).first
        let approved = Self.matches(#"<span class="stat-value">(\d+)<span class="stat-of">/(\d+)</span></span><span class="stat-label">approved</span>"#, in: html).first
        #expect(provided.map { [Int($0[1]), Int($0[2])] } == [mandatory.provided, mandatory.total], "\(label): index mandatory provided \(provided ?? [])")
        #expect(approved.map { [Int($0[1]), Int($0[2])] } == [mandatory.approved, mandatory.total], "\(label): index mandatory approved \(approved ?? [])")
        let note = Self.matches(#"<p class="card-note">(\d+) missing, (\d+) provided but not approved\.</p>"#, in: html).first
        #expect(note.map { [Int($0[1]), Int($0[2])] } == [mandatory.missing, mandatory.provided - mandatory.approved], "\(label): index mandatory note")

        // Statement of Applicability.
        let soa = soaCounts()
        #expect(Self.int(#"<span class="stat-value">(\d+)</span><span class="stat-label">applicable</span>"#, html) == soa.applicable, "\(label): index applicable")
        #expect(Self.int(#"<span class="stat-value">(\d+)</span><span class="stat-label">excluded</span>"#, html) == soa.excluded, "\(label): index excluded")
        let undecided = Self.int(#"<span class="stat-value">(\d+)</span><span class="stat-label">undecided</span>"#, html)
        #expect(undecided == (soa.unanswered > 0 ? soa.unanswered : nil), "\(label): index undecided")
        let soaNote = Self.matches(#"Of (\d+) Annex A controls\. Applicable: (\d+) implemented, (\d+) partial, (\d+) planned\."#, in: html).first
        #expect(soaNote.map { $0.dropFirst().map { Int($0) } } == [soa.total, soa.implemented, soa.partial, soa.planned], "\(label): index SoA note")

        // Approvals in history.
        let approvals = approvalCounts()
        let current = Self.matches(#"<span class="stat-value">(\d+)<span class="stat-of">/(\d+)</span></span><span class="stat-label">current</span>"#, in: html).first
        #expect(current.map { [Int($0[1]), Int($0[2])] } == [approvals.current, approvals.marked], "\(label): index approvals current")
        #expect(Self.int(#"<span class="stat-value">(\d+)</span><span class="stat-label">stale</span>"#, html) == approvals.stale, "\(label): index stale")
        #expect(Self.int(#"<span class="stat-value">(\d+)</span><span class="stat-label">none recorded</span>"#, html) == approvals.none, "\(label): index none recorded")

        // Evidence: the controls with evidence of their own.
        let withEvidence = model.controls.filter { resolved.control($0.id)?.hasEvidence == true }.count
        let controls = Self.matches(#"give evidence for (\d+) Annex A controls?\."#, in: html).first
        #expect(controls.map { Int($0[1]) } == withEvidence, "\(label): index controls with evidence \(controls ?? [])")

        // The documents stating the scope are the scope item's providers.
        let scope = Self.chunks(html, from: "<h2>Scope of the AI management system</h2>", to: "</section>").first ?? ""
        let stated = Self.documentReferences(scope).map { Self.target($0.href) }
        #expect(stated == (resolved.mandatory(ClauseModel.scopeItemID)?.providers ?? []).map { page($0.document) }, "\(label): index scope documents")
    }

    // MARK: Statement of Applicability

    private func checkSoA(_ pack: Pack) throws {
        let html = try #require(pack.text("soa.html"))
        for control in model.controls {
            let facts = try #require(resolved.control(control.id))
            let row = try #require(Self.chunks(html, from: "<tr id=\"control-\(control.id)\">", to: "</tr>").first, "\(label): no SoA row for \(control.id)")
            let implementers = Self.documentReferences(row).map { Self.target($0.href) }
            #expect(implementers == facts.implementers.map(page), "\(label): SoA row \(control.id) shows implementers \(implementers), the model \(facts.implementers.map(\.path))")
            for document in facts.implementers {
                #expect(document.fields.type != .soa && document.fields.status != .retired, "\(label): \(document.path) implements \(control.id)")
            }
            let former = Self.matches(#"<p class="byline">Formerly: (.*?)\(retired\)</p>"#, in: row).first.map { Self.hrefs($0[1]) } ?? []
            #expect(former == facts.formerImplementers.map(page), "\(label): SoA row \(control.id) shows formerly \(former)")
            for document in facts.formerImplementers {
                #expect(document.fields.status == .retired, "\(label): \(document.path) shown as formerly implementing \(control.id)")
            }
            // Applicability and status as the entry says.
            let badges = Self.matches(#"<td><span class="badge badge-([^"]*)">([^<]*)</span>"#, in: row)
            let applicability = badges.first?[2]
            switch facts.entry?.applicable {
            case nil where facts.entry == nil: #expect(applicability == "Not in SoA", "\(label): \(control.id) \(applicability ?? "")")
            case true?: #expect(applicability == "Applicable", "\(label): \(control.id) \(applicability ?? "")")
            case false?: #expect(applicability == "Excluded", "\(label): \(control.id) \(applicability ?? "")")
            default: break
            }
            if let status = facts.entry?.status, facts.entry != nil {
                #expect(badges.dropFirst().first?[2] == ["implemented": "Implemented", "partial": "Partial", "planned": "Planned"][status.rawValue], "\(label): \(control.id) status")
            }
            // Evidence of its own: what the SoA prints, from the control's facts.
            if facts.hasEvidence {
                var parts: [String] = []
                if !facts.evidenceItems.isEmpty { parts.append(PackFacts.plural(facts.evidenceItems.count, "item")) }
                let commits = Set(facts.trailers.map { "\(resolved.evidence.trailers[$0].repository)\u{0}\(resolved.evidence.trailers[$0].commit.id.hex)" }).count
                if commits > 0 { parts.append(PackFacts.plural(commits, "commit")) }
                let printed = Self.matches(#"<span class="nowrap">(\d+ (?:items?|commits?))</span>"#, in: row).map { $0[1] }
                #expect(printed == parts, "\(label): SoA row \(control.id) prints evidence \(printed), the model has \(parts)")
            } else {
                #expect(row.contains("none of its own"), "\(label): SoA row \(control.id) shows evidence the model does not have")
            }
        }
        let soa = soaCounts()
        let summary = Self.matches(#"<span class="figure">(\d+)</span> applicable · <span class="figure">(\d+)</span> excluded(?: · <span class="figure text-error">(\d+)</span> not decided)? <span class="muted">of (\d+) Annex A controls</span> — applicable: (\d+) implemented, (\d+) partial, (\d+) planned"#, in: html).first
        #expect(summary.map { $0.dropFirst().map { Int($0) ?? 0 } } == [soa.applicable, soa.excluded, soa.unanswered, soa.total, soa.implemented, soa.partial, soa.planned],
                "\(label): SoA summary \(summary ?? [])")
        // The lede names the SoA document the entries were read from.
        if let soaPath = compilation.index.soa?.documentPath, let document = compilation.index.byPath[soaPath] {
            let lede = Self.chunks(html, from: "<p class=\"lede\">", to: "</p>").first ?? ""
            #expect(Self.documentReferences(lede).map { Self.target($0.href) } == [page(document)], "\(label): SoA lede")
        }
    }

    // MARK: Mandatory documents

    private func checkChecklist(_ pack: Pack) throws {
        let html = try #require(pack.text("checklist.html"))
        let body = Self.chunks(html, from: "<tbody>", to: "</tbody>").first ?? ""
        let rows = Self.chunks(body, from: "<tr class=\"state-", to: "</tr>")
        #expect(rows.count == resolved.mandatory.count, "\(label): checklist has \(rows.count) rows for \(resolved.mandatory.count) items")
        for (row, facts) in zip(rows, resolved.mandatory) {
            let item = facts.item.id
            #expect(row.contains("<a href=\"coverage.html#clause-\(facts.item.clause)\">\(facts.item.clause)</a>"), "\(label): checklist row for \(item) out of order")
            let list = Self.chunks(row, from: "<ul class=\"doc-list\">", to: "</ul>").first ?? ""
            let providers = Self.documentReferences(list)
            #expect(providers.map { Self.target($0.href) } == facts.providers.map { page($0.document) },
                    "\(label): checklist \(item) shows providers \(providers.map(\.href)), the model \(facts.providers.map(\.document.path))")
            let nonProviders = Self.matches(#"<li><code>([^<]*)</code> lists the clause but does not count"#, in: row).map { Self.unescape($0[1]) }
            #expect(nonProviders == facts.nonProviders.map(\.document.displayID), "\(label): checklist \(item) non-providers \(nonProviders)")
            let state = Self.matches(#"<span class="badge badge-([^"]*)">([^<]*)</span></td>\s*$"#, in: row).last
            let shownLabels = Set(providers.map(\.badgeLabel))
            let derivedSource = Self.chunks(row, from: "<p>The recorded approval of ", to: "</p>").first.map(Self.documentReferences) ?? []
            switch facts.state {
            case .current:
                #expect(state?[1] == "approved" && state?[2] == "Provided, current", "\(label): checklist \(item) shows \(state ?? [])")
                #expect(!shownLabels.isDisjoint(with: Self.approvedLabels), "\(label): \(item) is current but its providers show \(shownLabels)")
            case .notCurrent:
                #expect(state?[1] == "not-approved" && state?[2] == "Provided, not current", "\(label): checklist \(item) shows \(state ?? [])")
                #expect(!providers.isEmpty && shownLabels.isDisjoint(with: Self.approvedLabels), "\(label): \(item) is not current but its providers show \(shownLabels)")
            case let .derived(source, _):
                #expect(state?[1] == "approved" && state?[2] == "Recorded in git", "\(label): checklist \(item) shows \(state ?? [])")
                #expect(derivedSource.map { Self.target($0.href) } == [page(source)], "\(label): checklist \(item) derived from \(derivedSource.map(\.href))")
                #expect(derivedSource.allSatisfy { Self.currentLabels.contains($0.badgeLabel) }, "\(label): \(item) derived from a document shown as \(derivedSource.map(\.badgeLabel))")
            case .missing:
                #expect(state?[1] == "missing" && state?[2] == "Missing", "\(label): checklist \(item) shows \(state ?? [])")
                #expect(providers.isEmpty, "\(label): \(item) is missing but shows providers")
            }
            if case .derived = facts.state {} else {
                #expect(derivedSource.isEmpty, "\(label): checklist \(item) shows a derivation the model does not make")
            }
        }
        let counts = mandatoryCounts()
        let summary = Self.matches(#"<span class="figure">(\d+)</span> of (\d+) provided · <span class="figure">(\d+)</span> current · <span class="figure">(\d+)</span> not current · <span class="figure[^"]*">(\d+)</span> missing"#, in: html).first
        #expect(summary.map { $0.dropFirst().map { Int($0) } } == [counts.provided, counts.total, counts.approved, counts.provided - counts.approved, counts.missing],
                "\(label): checklist summary \(summary ?? [])")
    }

    // MARK: Clause coverage

    private func checkCoverage(_ pack: Pack) throws {
        let html = try #require(pack.text("coverage.html"))
        var total = 0, covered = 0, mandatoryTotal = 0, mandatoryCovered = 0
        for facts in resolved.clauses {
            let id = facts.clause.id
            let isMandatory = facts.clause.documentedInformation != "none"
            if !facts.isHeading {
                total += 1
                if facts.isCovered { covered += 1 }
                if isMandatory {
                    mandatoryTotal += 1
                    if facts.isCovered { mandatoryCovered += 1 }
                }
            }
            let row = try #require(Self.chunks(html, from: "<tr id=\"clause-\(id)\"", to: "</tr>").first, "\(label): no coverage row for \(id)")
            let shown = Self.documentReferences(row).map { Self.target($0.href) }
            var want = facts.documents.map(page)
            for provider in facts.mandatoryItems.compactMap({ resolved.mandatory($0) }).flatMap(\.providers) where !want.contains(page(provider.document)) {
                want.append(page(provider.document))
            }
            #expect(shown == want, "\(label): coverage \(id) shows \(shown), the model \(want)")
            let former = Self.matches(#"<p class="byline">Formerly: (.*?)\(retired\)</p>"#, in: row).first.map { Self.hrefs($0[1]) } ?? []
            #expect(former == facts.formerDocuments.map(page), "\(label): coverage \(id) formerly \(former)")
            let isGap = !facts.isHeading && isMandatory && !facts.isCovered
            #expect(row.contains("<span class=\"badge badge-missing\">Gap</span>") == isGap, "\(label): coverage \(id) gap should be \(isGap)")
        }
        let summary = Self.matches(#"<span class="figure">(\d+)</span> of (\d+) clauses covered · <span class="figure">(\d+)</span> of (\d+) clauses requiring documented information(?: · <span class="figure text-error">(\d+)</span> gaps)?"#, in: html).first
        let gaps = mandatoryTotal - mandatoryCovered
        #expect(summary.map { $0.dropFirst().map { Int($0) ?? 0 } } == [covered, total, mandatoryCovered, mandatoryTotal, gaps], "\(label): coverage summary \(summary ?? [])")
    }

    // MARK: Register

    private func checkRegister(_ pack: Pack) throws {
        let html = try #require(pack.text("register.html"))
        let approvals = approvalCounts()
        let line = Self.matches(#"<span class="figure">(\d+)</span> marked approved: <span class="figure">(\d+)</span> with a current approval · <span class="figure[^"]*">(\d+)</span> stale · <span class="figure[^"]*">(\d+)</span> with none recorded"#, in: html).first
        #expect(line.map { $0.dropFirst().map { Int($0) } } == [approvals.marked, approvals.current, approvals.stale, approvals.none], "\(label): register summary \(line ?? [])")
    }

    // MARK: Counts from the model

    private func mandatoryCounts() -> (total: Int, provided: Int, approved: Int, missing: Int) {
        let items = resolved.mandatory
        let approved = items.filter {
            switch $0.state {
            case .current, .derived: return true
            case .notCurrent, .missing: return false
            }
        }.count
        let provided = items.filter(\.isProvided).count
        return (items.count, provided, approved, items.count - provided)
    }

    private func soaCounts() -> (total: Int, applicable: Int, excluded: Int, unanswered: Int, implemented: Int, partial: Int, planned: Int) {
        let entries = model.controls.compactMap { resolved.control($0.id)?.entry }
        let applicable = entries.filter { $0.applicable == true }
        let excluded = entries.filter { $0.applicable == false }.count
        func count(_ status: StatementOfApplicability.ImplementationStatus) -> Int { applicable.filter { $0.status == status }.count }
        return (model.controls.count, applicable.count, excluded, model.controls.count - applicable.count - excluded,
                count(.implemented), count(.partial), count(.planned))
    }

    private func approvalCounts() -> (marked: Int, current: Int, stale: Int, none: Int) {
        let marked = compilation.index.documents.filter { $0.problem == nil && $0.fields.status == .approved }
        var current = 0, stale = 0, none = 0
        for document in marked {
            switch resolved.state(of: document) {
            case .current: current += 1
            case .stale: stale += 1
            case .unrecorded: none += 1
            default: break
            }
        }
        return (marked.count, current, stale, none)
    }

    private func page(_ document: Document) -> String { resolved.pages.pagePath(document.path) ?? "?" + document.path }

    // MARK: Reading HTML

    struct Reference {
        var href: String
        var id: String
        var badgeClass: String
        var badgeLabel: String
    }

    /// Every `document-link` partial in `html`: link, id and badge.
    static func documentReferences(_ html: String) -> [Reference] {
        matches(#"<span class="doc-ref"><a class="doc-link" href="([^"]*)"><code>([^<]*)</code></a> <span class="badge badge-([^"]*)">([^<]*)</span>"#, in: html).map {
            Reference(href: $0[1], id: unescape($0[2]), badgeClass: $0[3], badgeLabel: unescape($0[4]))
        }
    }

    /// The document page a link leads to, from any page of the pack.
    static func target(_ href: String) -> String {
        var path = unescape(href)
        if let hash = path.firstIndex(of: "#") { path = String(path[..<hash]) }
        while path.hasPrefix("../") || path.hasPrefix("./") { path = String(path.drop { $0 == "." }.dropFirst()) }
        return path
    }

    static func hrefs(_ html: String) -> [String] {
        matches(#"href="([^"]*)""#, in: html).map { target($0[1]) }
    }

    static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&#x27;", with: "'").replacingOccurrences(of: "&#x2F;", with: "/")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Capture groups of each match (group 0 is the whole match; a group that did not take part is "").
    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators, .anchorsMatchLines])
        let string = text as NSString
        return expression.matches(in: text, range: NSRange(location: 0, length: string.length)).map { match in
            (0..<match.numberOfRanges).map { group in
                let range = match.range(at: group)
                return range.location == NSNotFound ? "" : string.substring(with: range)
            }
        }
    }

    static func int(_ pattern: String, _ text: String) -> Int? {
        let found = matches(pattern, in: text)
        return found.count == 1 ? Int(found[0][1]) : nil
    }

    static func occurrences(of needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// Each piece of `text` from an occurrence of `start` up to the next `end` (both included).
    static func chunks(_ text: String, from start: String, to end: String) -> [String] {
        var result: [String] = []
        var rest = text[...]
        while let open = rest.range(of: start) {
            guard let close = rest.range(of: end, range: open.upperBound..<rest.endIndex) else { break }
            result.append(String(rest[open.lowerBound..<close.upperBound]))
            rest = rest[close.upperBound...]
        }
        return result
    }
}
