import AIMSGit
import Foundation

/// The pipeline: source → parse → resolve → check. Rendering and reporting consume the
/// `Compilation` it returns.
public struct Compiler {
    public struct Request: Sendable {
        /// A folder inside the repository: the AIMS root or a folder below it.
        public var path: String
        /// The revision to read; nil means HEAD.
        public var revision: String?
        /// Read the working tree instead of a commit.
        public var worktree: Bool
        /// Read the index (what `git commit` would record) instead of a commit.
        public var staged: Bool
        /// Overrides the date reviews and evidence are judged against.
        public var asOf: CalendarDate?
        /// A revision to compare with: its findings are told apart from the head's new ones
        /// and the change rules run.
        public var base: String?

        public init(path: String = ".", revision: String? = nil, worktree: Bool = false, staged: Bool = false, asOf: CalendarDate? = nil, base: String? = nil) {
            self.path = path
            self.revision = revision
            self.worktree = worktree
            self.staged = staged
            self.asOf = asOf
            self.base = base
        }
    }

    public var model: ClauseModel
    public var checker: Checker

    public init(model: ClauseModel = .bundled, checker: Checker = Checker()) {
        self.model = model
        self.checker = checker
    }

    /// aims only reads, like `git log`, and git does not re-hash objects it reads either;
    /// the check costs a quarter to two thirds of a history walk (BENCHMARKS.md).
    private static let readsWithoutRehashing: Void = {
        try? Repository.setObjectHashVerification(false)
    }()

    /// Compiles the repository containing `request.path`.
    public func compile(_ request: Request) throws -> Compilation {
        _ = Self.readsWithoutRehashing
        let repository: Repository
        let start: String
        guard !request.path.isEmpty, FileManager.default.fileExists(atPath: request.path) else {
            throw CompileFailure("no such file or folder: '\(request.path)'")
        }
        do {
            repository = try Repository.discover(from: request.path)
            start = try Self.folder(of: request.path, in: repository)
        } catch let error as GitError {
            throw CompileFailure(error.message)
        }
        if request.worktree, request.staged { throw CompileFailure("--worktree and --staged exclude each other: one reads the files, the other the index") }
        if request.revision != nil, request.worktree || request.staged {
            throw CompileFailure("--ref names a commit to read; it cannot be combined with --worktree or --staged")
        }
        let source: SourceTree
        let origin: Origin
        do {
            let head = repository.isHeadUnborn ? nil : try? repository.commit(for: "HEAD")
            if request.worktree {
                source = try WorktreeSource(repository: repository)
                origin = .worktree(head: head)
            } else if request.staged {
                source = try IndexSource(repository: repository)
                origin = .index(head: head)
            } else {
                let revision = request.revision ?? "HEAD"
                let commit = try repository.commit(for: revision)
                source = GitTreeSource(repository: repository, commit: commit)
                // "HEAD" says little in a pack; the branch it names says what was built.
                let branch = repository.headReferenceName.map { $0.replacingOccurrences(of: "refs/heads/", with: "") }
                origin = .commit(commit, revision: revision == "HEAD" ? branch ?? revision : revision)
            }
        } catch let error as GitError {
            throw CompileFailure(error.message)
        } catch let error as SourceReadError {
            throw CompileFailure(error.description)
        }
        let asOf = request.asOf ?? origin.commit.map { CalendarDate(unixTime: $0.committer.time) }
        var base: Compilation?
        if let baseRevision = request.base {
            // The base is judged on the head's date: a review that fell due meanwhile is the
            // head's finding as much as the base's, not something the change introduced.
            let baseRequest = Request(path: request.path, revision: baseRevision, asOf: asOf)
            do {
                base = try compile(baseRequest)
            } catch let failure as CompileFailure where failure.isMissingConfiguration {
                // The change adds the AIMS: compare with an empty one, so everything is new.
                base = try emptyBase(baseRevision, in: repository, startingAt: start, asOf: asOf)
            } catch let failure as CompileFailure {
                let shallow = repository.isShallow ? " (this clone is shallow: fetch the base too, e.g. actions/checkout with fetch-depth: 0)" : ""
                throw CompileFailure("cannot read the base \(baseRevision): \(failure.description)\(shallow)")
            }
        }
        var compilation = try compile(source: source, origin: origin, startingAt: start, asOf: asOf, repository: repository, base: base)
        if let base { compilation.timings.stages = base.timings.stages.map { ("base " + $0.name, $0.seconds) } + compilation.timings.stages }
        return compilation
    }

    /// The base of a change that creates the AIMS: no documents, no findings.
    private func emptyBase(_ revision: String, in repository: Repository, startingAt start: String, asOf: CalendarDate?) throws -> Compilation {
        let commit: CommitInfo
        do { commit = try repository.commit(for: revision) } catch let error as GitError { throw CompileFailure(error.message) }
        let nothing = Compiler(model: model, checker: Checker(rules: []))
        return try nothing.compile(
            source: MemorySource(files: [RepositoryPath.join(start, Configuration.fileNames[0]): "documents: []\n"]),
            origin: .commit(commit, revision: revision), startingAt: start, asOf: asOf
        )
    }

    /// Compiles any source tree; `start` is the folder to look for the configuration from.
    /// With a repository and an origin that has a commit, history and evidence are read too.
    public func compile(
        source: SourceTree, origin: Origin, startingAt start: String, asOf: CalendarDate?, repository: Repository? = nil,
        base: Compilation? = nil
    ) throws -> Compilation {
        var timings = StageTimings()
        let configuration = try timings.measure("configuration") { try Self.configuration(in: source, from: start, origin: origin) }
        var parsed: [String: Document] = [:]
        if let base {
            for document in base.index.documents {
                if let id = base.source.contentID(document.path) { parsed[DocumentLoader.key(document.path, id)] = document }
            }
        }
        let documents = try timings.measure("parse") { try DocumentLoader(source: source, configuration: configuration, parsed: parsed).load() }
        let index = timings.measure("resolve") { AIMSIndex(documents: documents, soaColumns: configuration.soaColumns) }
        var provenance: Provenance?
        if let repository, let head = origin.commit {
            provenance = try timings.measure("history") {
                do {
                    return try ProvenanceBuilder(repository: repository, head: head, configuration: configuration, index: index, source: source).build()
                } catch let error as GitError {
                    throw CompileFailure("cannot read history: \(error.message)")
                }
            }
        }
        let resolved = timings.measure("model") {
            ResolvedModel(model: model, configuration: configuration, index: index, source: source, provenance: provenance, readsWorktree: origin.isUncommitted)
        }
        let changeBase = base.map { base in
            ChangeBase(label: base.origin.label, index: base.index, resolved: base.resolved, pairing: DocumentPairing(base: base.index, head: index))
        }
        let context = CheckContext(
            model: model, configuration: configuration, index: index, source: source, asOf: asOf, provenance: provenance,
            resolved: resolved, base: changeBase
        )
        let outcome = timings.measure("check") { checker.check(context) }
        let diagnostics = outcome.diagnostics
        let attribution = WaiverAttribution(repository: repository, origin: origin, source: source)
        let waived = timings.measure("waivers") {
            outcome.waived.map { finding in
                WaivedFinding(diagnostic: finding.diagnostic, waiver: finding.waiver, addedIn: attribution.commit(adding: finding.waiver))
            }
        }
        var change: ChangeReport?
        if let base, let changeBase {
            change = timings.measure("compare") {
                ChangeReport(
                    base: base, pairing: changeBase.pairing, headDiagnostics: diagnostics,
                    summary: ChangeSummary(base: changeBase, headIndex: index, headResolved: resolved)
                )
            }
        }
        return Compilation(
            origin: origin, model: model, configuration: configuration, index: index, resolved: resolved,
            diagnostics: diagnostics, waived: waived, rules: checker.rules.map { type(of: $0).description }, change: change,
            asOf: asOf, source: source, provenance: provenance, timings: timings, repository: repository,
            describe: origin.commit.flatMap { repository?.describe($0) }
        )
    }

    /// Finds aims.yaml in `start` or the nearest folder above it, in the source being read.
    static func configuration(in source: SourceTree, from start: String, origin: Origin) throws -> Configuration {
        var folder = start
        while true {
            for name in Configuration.fileNames {
                let path = RepositoryPath.join(folder, name)
                if source.entry(at: path)?.kind == .file {
                    let bytes = (try? source.read(path)) ?? []
                    return Configuration(path: path, root: folder, bytes: bytes)
                }
            }
            if folder.isEmpty { break }
            folder = RepositoryPath.folder(of: folder)
        }
        let place = start.isEmpty ? "the repository root" : "'\(start)'"
        // Below the starting folder there may be one (a monorepo's compliance/ folder): name it.
        let below = ((try? source.entries(under: start)) ?? [])
            .filter { entry in Configuration.fileNames.contains { entry.path.hasSuffix("/" + $0) } }
            .map { RepositoryPath.folder(of: $0.path) }
        let suggestion = below.first.map { "; there is one in '\($0)': run aims on that folder" } ?? "; create one to mark the AIMS root"
        throw CompileFailure("no aims.yaml found in \(place) or any folder above it (read from \(origin.label))\(suggestion)", isMissingConfiguration: true)
    }

    /// The folder of `path` relative to the repository's working directory.
    static func folder(of path: String, in repository: Repository) throws -> String {
        guard let workdir = repository.workingDirectory else { return "" }
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let root = URL(fileURLWithPath: workdir).standardizedFileURL.resolvingSymlinksInPath().path
        if absolute == root { return "" }
        guard absolute.hasPrefix(root + "/") else { return "" }
        var isDirectory: ObjCBool = false
        let relative = String(absolute.dropFirst(root.count + 1))
        if FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory), !isDirectory.boolValue {
            return RepositoryPath.folder(of: relative)
        }
        return relative
    }
}
