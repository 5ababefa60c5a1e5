import Foundation

/// Source → parse: lists the Markdown files of the document folders, follows symlinks that
/// stay inside the repository, and parses each file. A file that cannot be read becomes a
/// `Document` with a problem, never an error that stops the others.
///
/// Reading is serial (a libgit2 repository handle belongs to one thread); parsing runs on
/// every core, since front matter and Markdown of different files are independent.
struct DocumentLoader {
    var source: SourceTree
    var configuration: Configuration
    /// Documents parsed already (the base of a comparison), by path and content id: a file
    /// whose path and content are unchanged is not parsed again.
    var parsed: [String: Document] = [:]

    static func key(_ path: String, _ contentID: String) -> String { path + "\u{0}" + contentID }

    func load() throws -> [Document] {
        var seen = Set<String>()
        var inputs: [Input] = []
        for folder in configuration.documentFolders {
            let path = RepositoryPath.join(configuration.root, folder.value)
            let entries: [SourceEntry]
            do {
                entries = try source.entries(under: path)
            } catch {
                throw CompileFailure("cannot list \(path): \(error)")
            }
            for entry in entries where Self.isMarkdown(entry.path) && seen.insert(entry.path).inserted {
                inputs.append(read(entry))
            }
        }
        return Self.parseConcurrently(inputs).sorted { $0.path < $1.path }
    }

    /// A file's bytes, or the document that says why it has none.
    private enum Input {
        case bytes(path: String, [UInt8])
        case failed(Document)
        case parsed(Document)
    }

    private static func parseConcurrently(_ inputs: [Input]) -> [Document] {
        var documents = [Document?](repeating: nil, count: inputs.count)
        documents.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let output = buffer
            DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
                switch inputs[index] {
                case let .bytes(path, bytes): output[index] = DocumentParser.parse(path: path, bytes: bytes)
                case let .failed(document), let .parsed(document): output[index] = document
                }
            }
        }
        return documents.compactMap { $0 }
    }

    static func isMarkdown(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    private func read(_ entry: SourceEntry) -> Input {
        switch entry.kind {
        case .submodule:
            return .failed(unreadable(entry.path, "a submodule, not a document"))
        case .symlink:
            switch followLink(entry.path) {
            case let .success(target):
                return read(entry.path, from: target)
            case let .failure(message):
                return .failed(unreadable(entry.path, message.description))
            }
        case .file:
            if !parsed.isEmpty, let id = source.contentID(entry.path), let document = parsed[Self.key(entry.path, id)] {
                return .parsed(document)
            }
            return read(entry.path, from: entry.path)
        }
    }

    private func read(_ path: String, from file: String) -> Input {
        do {
            return .bytes(path: path, try source.read(file))
        } catch {
            return .failed(unreadable(path, "cannot be read: \(error)"))
        }
    }

    /// Resolves a chain of links to a file, refusing any step outside the repository (the
    /// same rules as evidence paths).
    private func followLink(_ path: String) -> Result<String, SourceReadError> {
        let outcome = EvidencePath(path, root: "", source: source)
        if case let .found(target) = outcome {
            return source.entry(at: target)?.kind == .file ? .success(target) : .failure(SourceReadError("symlink points to a folder, not a document"))
        }
        switch outcome {
        case let .leaves(_, target): return .failure(SourceReadError("symlink to '\(target)' points outside the repository; not followed"))
        case let .dangling(_, target): return .failure(SourceReadError("symlink to '\(target)' points to nothing in the repository"))
        case .tooManyLinks: return .failure(SourceReadError("symlink chain longer than \(EvidencePath.maximumLinkHops) links"))
        default: return .failure(SourceReadError("symlink cannot be followed"))
        }
    }

    private func unreadable(_ path: String, _ message: String) -> Document {
        var document = DocumentParser.parse(path: path, bytes: [])
        document.problem = .unreadable(message, line: 1, column: 1)
        return document
    }
}
