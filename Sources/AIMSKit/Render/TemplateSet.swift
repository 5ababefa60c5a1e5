import Foundation
import Mustache

/// The templates and assets the pack is rendered with: the ones bundled with aims, replaced
/// name by name by an organization's own `templates/` folder at the AIMS root. Overrides
/// are read from the compilation's source, so a pack built from a commit uses that
/// commit's templates, never the working tree's.
public struct TemplateSet: Sendable {
    /// A template or asset and where it came from, for error messages.
    public struct File: Sendable, Hashable {
        public var text: String
        /// "bundled aims.css" or the repository path of an override.
        public var origin: String
    }

    /// Mustache templates by name (the file name without `.mustache`).
    public private(set) var templates: [String: File]
    /// Non-template files by file name, copied into the pack's `assets/` folder.
    public private(set) var assets: [String: File]
    /// The parsed templates, ready to render.
    let library: MustacheLibrary

    static let templateExtension = ".mustache"
    static let assetExtensions = [".css"]
    /// The folder below the AIMS root that holds an organization's overrides.
    public static let overrideFolder = "templates"

    public init(templates: [String: File], assets: [String: File]) throws {
        self.templates = templates
        self.assets = assets
        var library = MustacheLibrary()
        for name in templates.keys.sorted() {
            guard let file = templates[name] else { continue }
            do {
                try library.register(file.text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(
                    file: file.origin, line: error.context.lineNumber, column: error.context.columnNumber,
                    message: TemplateError.describe(error.error)
                )
            }
        }
        self.library = library
        try checkPartials()
    }

    /// The bundled templates with the AIMS's own `templates/` overrides applied.
    public init(compilation: Compilation) throws {
        let bundled = try Self.bundledFiles()
        var templates = bundled.templates
        var assets = bundled.assets
        let folder = RepositoryPath.join(compilation.configuration.root, Self.overrideFolder)
        let entries: [SourceEntry]
        do {
            entries = try compilation.source.entries(under: folder)
        } catch {
            throw TemplateError(file: folder, line: 1, column: 1, message: "cannot be listed: \(error)")
        }
        // Only files directly in templates/: a subfolder or a symlink is not an override.
        for entry in entries where entry.kind == .file && RepositoryPath.folder(of: entry.path) == folder {
            let name = String(entry.path.dropFirst(folder.count + 1))
            guard let kind = Self.kind(of: name) else { continue }
            let bytes: [UInt8]
            do {
                bytes = try compilation.source.read(entry.path)
            } catch {
                throw TemplateError(file: entry.path, line: 1, column: 1, message: "cannot be read: \(error)")
            }
            guard let text = String(bytes: bytes, encoding: .utf8) else {
                throw TemplateError(file: entry.path, line: 1, column: 1, message: "is not UTF-8 text")
            }
            let file = File(text: text, origin: entry.path)
            switch kind {
            case let .template(templateName): templates[templateName] = file
            case .asset: assets[name] = file
            }
        }
        try self.init(templates: templates, assets: assets)
    }

    /// The templates shipped with aims, without overrides.
    public static func bundled() throws -> TemplateSet {
        let files = try bundledFiles()
        return try TemplateSet(templates: files.templates, assets: files.assets)
    }

    /// Renders the template `name` with `context`.
    func render(_ context: [String: Any], template name: String) throws -> String {
        guard let html = library.render(context, withTemplate: name) else {
            throw TemplateError(file: name + Self.templateExtension, line: 1, column: 1, message: "template is missing")
        }
        return html
    }

    private enum Kind {
        case template(String)
        case asset
    }

    private static func kind(of fileName: String) -> Kind? {
        if fileName.hasSuffix(templateExtension), fileName.count > templateExtension.count {
            return .template(String(fileName.dropLast(templateExtension.count)))
        }
        if assetExtensions.contains(where: { fileName.hasSuffix($0) }) { return .asset }
        return nil
    }

    /// Reads the bundled files. SwiftPM's `.process` rule flattens the Templates folder into
    /// the bundle's top level; a `.copy` rule would keep it as a `Templates` subfolder.
    /// Both layouts are accepted so the manifest can use either.
    private static func bundledFiles() throws -> (templates: [String: File], assets: [String: File]) {
        let folders = [Bundle.module.url(forResource: "Templates", withExtension: nil), Bundle.module.resourceURL, Bundle.module.bundleURL]
        var urls: [URL] = []
        for case let folder? in folders {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            urls = names.filter { kind(of: $0) != nil }.map { folder.appendingPathComponent($0) }
            if urls.contains(where: { $0.lastPathComponent.hasSuffix(templateExtension) }) { break }
            urls = []
        }
        guard !urls.isEmpty else {
            throw TemplateError(file: "Templates", line: 1, column: 1, message: "the bundled templates are missing; the aims installation is broken")
        }
        var templates: [String: File] = [:]
        var assets: [String: File] = [:]
        for url in urls.sorted(by: { $0.lastPathComponent < $1.lastPathComponent }) {
            let name = url.lastPathComponent
            guard let kind = kind(of: name) else { continue }
            guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
                throw TemplateError(file: "bundled " + name, line: 1, column: 1, message: "cannot be read as UTF-8 text")
            }
            let file = File(text: text, origin: "bundled " + name)
            switch kind {
            case let .template(templateName): templates[templateName] = file
            case .asset: assets[name] = file
            }
        }
        return (templates, assets)
    }

    nonisolated(unsafe) private static let partialTag = /\{\{>\s*([^}\s]+)\s*\}\}/

    /// A partial that names no template renders as nothing, silently; say so instead.
    private func checkPartials() throws {
        for name in templates.keys.sorted() {
            guard let file = templates[name] else { continue }
            // A regex literal is built anew at each use; only lines with a partial need one.
            for (lineNumber, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where line.contains("{{>") {
                for match in line.matches(of: Self.partialTag) where templates[String(match.output.1)] == nil {
                    let column = line.utf8.distance(from: line.startIndex, to: match.range.lowerBound) + 1
                    throw TemplateError(file: file.origin, line: lineNumber + 1, column: column, message: "partial '\(match.output.1)' names no template")
                }
            }
        }
    }
}

/// A template that cannot be used: where it is wrong and why.
public struct TemplateError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public var description: String { "\(file):\(line):\(column): \(message)" }

    static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        switch error {
        case .sectionCloseNameIncorrect: return "closing tag does not match the open section"
        case .unfinishedName: return "unfinished tag (missing '}}' or invalid name)"
        case .expectedSectionEnd: return "section is never closed"
        case .invalidSetDelimiter: return "invalid set-delimiter tag"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "illegal tag inside an inheritance section"
        case .textInsideInheritSection: return "text inside an inheritance section"
        case .invalidConfigVariableSyntax: return "invalid configuration-variable syntax"
        case .unrecognisedConfigVariable: return "unrecognised configuration variable"
        }
    }
}
