import Foundation
/// Render stage: the compilation → the Stage 1 audit pack, static HTML an auditor opens
/// offline. Every page is a template of the `TemplateSet` rendered with a context built
/// here; nothing reads the clock, so the same compilation always gives the same bytes.
public struct PackBuilder {
    public var compilation: Compilation
    public var templates: TemplateSet

    public init(compilation: Compilation, templates: TemplateSet) {
        self.compilation = compilation
        self.templates = templates
    }

    public func build() throws -> Pack {
        // Pages are independent, and building a document page (its body through cmark) and
        // rendering any page (Mustache) dominate: do both on every core. Everything shared is
        // only read while the pages are made.
        let facts = PackFacts(compilation: compilation)
        let body = BodyRenderer(links: facts.resolved.links)
        let summaries = summaryPages(facts)
        let documents = documentPages(facts)
        var rendered = [(path: String, html: Result<String, any Error>)?](repeating: nil, count: summaries.count + documents.count)
        rendered.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            nonisolated(unsafe) let shared = (summaries, documents, facts, body)
            let templates = templates
            DispatchQueue.concurrentPerform(iterations: output.count) { index in
                let (summaries, documents, facts, body) = shared
                let page = index < summaries.count
                    ? summaries[index]
                    : Self.documentPage(documents[index - summaries.count], facts: facts, body: body)
                output[index] = (page.path, Result { try templates.render(page.context, template: page.template) })
            }
        }
        var pack = Pack()
        for case let (path, html)? in rendered {
            pack.add(path, text: Self.withContentSecurityPolicy(try html.get()))
        }
        for (name, file) in templates.assets {
            pack.add(PackBuilder.assetsFolder + "/" + name, text: file.text)
        }
        let files = facts.resolved.files
        for file in files.byPath.values where file.isLinked {
            if let packPath = file.packPath, let bytes = files.bytes(of: file) { pack.add(packPath, bytes) }
        }
        return try seal(pack, facts: facts)
    }

    /// Adds the manifest of every file and the verification page that states its hash.
    private func seal(_ pack: Pack, facts: PackFacts) throws -> Pack {
        var sealed = pack
        let manifest = PackManifest.text(for: pack.files)
        sealed.add(PackManifest.fileName, text: manifest)
        let context = facts.verificationPage(manifestHash: PackManifest.sha256(Array(manifest.utf8)), fileCount: pack.files.count)
        sealed.add(PackManifest.verificationPage, text: Self.withContentSecurityPolicy(try templates.render(context, template: "verification")))
        return sealed
    }

    static let assetsFolder = "assets"

    /// One page of the pack before rendering: where it goes, and what it shows.
    struct Page {
        var path: String
        var template: String
        var context: [String: Any]
    }

    /// The top-level pages, in the order of the navigation bar.
    static let sections: [(path: String, template: String, label: String)] = [
        ("index.html", "index", "Overview"),
        ("readiness.html", "readiness", "Readiness"),
        ("documents.html", "documents", "Documents"),
        ("register.html", "register", "Register"),
        ("soa.html", "soa", "Statement of Applicability"),
        ("evidence.html", "evidence", "Evidence"),
        ("coverage.html", "coverage", "Clause coverage"),
        ("checklist.html", "checklist", "Mandatory documents"),
        ("findings.html", "findings", "Findings"),
        ("eu-ai-act.html", "eu-ai-act", "EU AI Act"),
    ]

    /// Every page with its context, in pack order (what `build` renders), and the
    /// verification page as `build` makes it once the manifest is known (here with a
    /// stand-in hash), so the template checks see every page.
    func pages() -> [Page] {
        let facts = PackFacts(compilation: compilation)
        let body = BodyRenderer(links: facts.resolved.links)
        let verification = Page(path: PackManifest.verificationPage, template: "verification",
                                context: facts.verificationPage(manifestHash: String(repeating: "0", count: 64), fileCount: 1))
        return summaryPages(facts) + documentPages(facts).map { Self.documentPage($0, facts: facts, body: body) } + [verification]
    }

    private func summaryPages(_ facts: PackFacts) -> [Page] {
        [
            Page(path: "index.html", template: "index", context: facts.indexPage()),
            Page(path: "readiness.html", template: "readiness", context: facts.readinessPage()),
            Page(path: "documents.html", template: "documents", context: facts.documentsPage()),
            Page(path: "register.html", template: "register", context: facts.registerPage()),
            Page(path: "soa.html", template: "soa", context: facts.soaPage()),
            Page(path: "evidence.html", template: "evidence", context: facts.evidencePage()),
            Page(path: "coverage.html", template: "coverage", context: facts.coveragePage()),
            Page(path: "checklist.html", template: "checklist", context: facts.checklistPage()),
            Page(path: "findings.html", template: "findings", context: facts.findingsPage()),
            Page(path: "eu-ai-act.html", template: "eu-ai-act", context: facts.aiActPage()),
        ]
    }

    /// The documents that get a page, with the page's path.
    private func documentPages(_ facts: PackFacts) -> [(document: Document, path: String)] {
        compilation.index.documents.compactMap { document in facts.pages.pagePath(document.path).map { (document, $0) } }
    }

    private static func documentPage(_ entry: (document: Document, path: String), facts: PackFacts, body: BodyRenderer) -> Page {
        Page(path: entry.path, template: "document", context: facts.documentPage(entry.document, body: body.render(entry.document)))
    }
}

extension PackFacts {
    /// What every page shows around its content: header, navigation and footer.
    /// `current` is the page's path among the top-level sections, if it is one of them.
    func layout(title: String, root: String, current: String?) -> PageContext {
        let errors = diagnostics.count(of: .error)
        let warnings = diagnostics.count(of: .warning)
        let nav: [PageContext] = PackBuilder.sections.map { section in
            // A document page lies in the Documents section without being that page.
            ["label": section.label, "href": root + section.path, "isCurrent": section.path == current, "ariaCurrent": root == "./" ? "page" : "true"]
        }
        return [
            "pageTitle": title,
            "root": root,
            "organization": compilation.configuration.organization ?? "Organization not named in aims.yaml",
            "standard": model.standard,
            "sourceLabel": compilation.origin.label,
            "asOf": compilation.asOf?.description ?? "not fixed",
            "nav": nav,
            "hasAccent": compilation.configuration.pack.accentColor != nil,
            "accent": compilation.configuration.pack.accentColor ?? "",
            "accentTint": compilation.configuration.pack.accentTint ?? "",
            "errorCount": errors,
            "warningCount": warnings,
            "hasErrors": errors > 0,
            "hasWarnings": warnings > 0,
        ]
    }

    /// The page's own values over the layout's.
    func page(_ title: String, root: String = "./", current: String?, _ values: PageContext) -> PageContext {
        layout(title: title, root: root, current: current).merging(values) { _, own in own }
    }
}

extension PackBuilder {
    /// Nothing in the pack runs or loads from elsewhere, whatever templates a repository
    /// brings: the policy is written by aims at the top of every page, before anything a
    /// template writes except the doctype.
    static let contentSecurityPolicy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self' 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">"

    static func withContentSecurityPolicy(_ html: String) -> String {
        // First in <head>: valid HTML, and still before anything a template writes there.
        if let head = html.range(of: "<head", options: .caseInsensitive),
           let end = html[head.upperBound...].firstIndex(of: ">"),
           html[head.upperBound..<end].allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) || html[head.upperBound] == " ",
           html[..<head.lowerBound].range(of: "<script", options: .caseInsensitive) == nil {
            let after = html.index(after: end)
            return String(html[..<after]) + "\n" + contentSecurityPolicy + String(html[after...])
        }
        let doctype = "<!DOCTYPE html>"
        if html.utf8.starts(with: doctype.utf8) {
            return doctype + "\n" + contentSecurityPolicy + html.dropFirst(doctype.count)
        }
        return contentSecurityPolicy + "\n" + html
    }
}
