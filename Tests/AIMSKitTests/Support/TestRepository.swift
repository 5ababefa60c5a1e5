import Foundation
import Testing

/// A throwaway git repository in a temporary folder, driven through the `git` command.
///
/// Every command runs with fixed identities and dates and without the user's or the
/// system's git configuration, so the same script always produces the same commit ids:
///
///     let repo = try TestRepository()
///     try repo.write("a/b.md", "text")
///     try repo.commit("message", author: .alice, date: "2026-01-02T10:00:00Z")
///     repo.git("checkout", "-b", "x")
///
/// The folder is deleted when the value goes away.
final class TestRepository {
    struct Person: Sendable {
        let name: String
        let email: String

        static let alice = Person(name: "Alice Example", email: "alice@example.com")
        static let bob = Person(name: "Bob Example", email: "bob@example.com")
        static let carol = Person(name: "Carol Example", email: "carol@example.com")
    }

    /// The outcome of a git command that is allowed to fail.
    struct Result {
        let status: Int32
        let output: String
        let error: String
        var succeeded: Bool { status == 0 }
    }

    struct CommandFailed: Error, CustomStringConvertible {
        let arguments: [String]
        let result: Result
        var description: String {
            "git \(arguments.joined(separator: " ")) exited with \(result.status): \(result.error)\(result.output)"
        }
    }

    /// The working directory (absolute, no trailing slash).
    let path: String

    /// Used for commands that create commits without an explicit date (`git merge` inside
    /// `merge(_:)` gets its own); never the machine clock.
    static let defaultDate = "2026-01-01T00:00:00Z"

    /// A new repository with an empty `main` branch.
    init() throws {
        path = try Self.makeTemporaryFolder()
        try run(["init", "--quiet"]).orThrow(["init"])
    }

    /// A clone of `source` (through `file://`, so `depth` really makes a shallow clone).
    init(cloning source: TestRepository, depth: Int? = nil) throws {
        path = try Self.makeTemporaryFolder()
        var arguments = ["clone", "--quiet"]
        if let depth { arguments += ["--depth", String(depth)] }
        arguments += ["file://" + source.path, path]
        try run(arguments, in: FileManager.default.temporaryDirectory.path).orThrow(arguments)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    // MARK: Files

    /// Writes `text` to a path relative to the working directory, creating folders.
    func write(_ relativePath: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relativePath: String) throws -> String {
        try String(contentsOfFile: path + "/" + relativePath, encoding: .utf8)
    }

    func exists(_ relativePath: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/" + relativePath)
    }

    /// Deletes a file from the working directory (the next `commit` records it).
    func remove(_ relativePath: String) throws {
        try FileManager.default.removeItem(atPath: path + "/" + relativePath)
    }

    /// `git mv`, creating the destination folder.
    func move(_ from: String, to destination: String) throws {
        let folder = URL(fileURLWithPath: path).appendingPathComponent(destination).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try run(["mv", from, destination]).orThrow(["mv", from, destination])
    }

    // MARK: History

    /// Stages everything (`git add -A`) and commits it; completes a merge in progress.
    /// `date` is used for author and committer unless `committerDate` is given.
    /// Returns the new commit's id.
    @discardableResult
    func commit(_ message: String, author: Person = .alice, date: String, committerDate: String? = nil) throws -> String {
        try run(["add", "-A"]).orThrow(["add", "-A"])
        let arguments = ["commit", "--quiet", "--allow-empty", "--no-verify", "-m", message]
        try run(arguments, author: author, date: date, committerDate: committerDate).orThrow(arguments)
        return try revision()
    }

    /// `git merge --no-ff` of `branch` into the current branch; throws if it does not merge
    /// cleanly. Returns the merge commit's id.
    @discardableResult
    func merge(_ branches: String..., message: String? = nil, author: Person = .alice, date: String) throws -> String {
        let arguments = ["merge", "--no-ff", "--quiet", "-m", message ?? "Merge \(branches.joined(separator: ", "))"] + branches
        try run(arguments, author: author, date: date).orThrow(arguments)
        return try revision()
    }

    /// Starts `git merge --no-ff --no-commit`; returns false when there are conflicts. Resolve
    /// with `write`/`remove`, then finish with `commit`.
    func beginMerge(_ branch: String) throws -> Bool {
        run(["merge", "--no-ff", "--no-commit", "--quiet", branch]).succeeded
    }

    /// Paths with unresolved conflicts during a merge.
    func conflictedPaths() throws -> [String] {
        let arguments = ["diff", "--name-only", "--diff-filter=U"]
        return try run(arguments).orThrow(arguments).output.split(separator: "\n").map(String.init)
    }

    /// The commit id a revision names.
    func revision(_ name: String = "HEAD") throws -> String {
        let arguments = ["rev-parse", "--verify", name]
        return try run(arguments).orThrow(arguments).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `git log --format=%H <revision> -- :(literal)<path>`: git's own answer for one path.
    func log(_ filePath: String, from revision: String = "HEAD") throws -> [String] {
        let arguments = ["log", "--format=%H", revision, "--", ":(literal)" + filePath]
        return try run(arguments).orThrow(arguments).output.split(separator: "\n").map(String.init)
    }

    /// Files (not folders) in the tree of `revision`, optionally below a folder.
    func files(at revision: String = "HEAD", under folder: String? = nil) throws -> [String] {
        var arguments = ["ls-tree", "-r", "--name-only", "-z", revision]
        if let folder { arguments += ["--", folder] }
        return try run(arguments).orThrow(arguments).output.split(separator: "\0").map(String.init)
    }

    // MARK: Running git

    /// Runs git and returns its output; a failure is recorded as a test issue.
    @discardableResult
    func git(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) -> String {
        let result = run(arguments)
        if !result.succeeded {
            Issue.record("\(CommandFailed(arguments: arguments, result: result))", sourceLocation: sourceLocation)
        }
        return result.output
    }

    /// Runs git in this repository (or `folder`) and reports the outcome without judging it.
    func run(
        _ arguments: [String], author: Person = .alice, date: String = defaultDate, committerDate: String? = nil,
        in folder: String? = nil
    ) -> Result {
        let environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": NSTemporaryDirectory(),
            "LANG": "C",
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": "/dev/null",
            "GIT_TERMINAL_PROMPT": "0",
            "GIT_EDITOR": "true",
            "GIT_AUTHOR_NAME": author.name,
            "GIT_AUTHOR_EMAIL": author.email,
            "GIT_AUTHOR_DATE": date,
            "GIT_COMMITTER_NAME": author.name,
            "GIT_COMMITTER_EMAIL": author.email,
            "GIT_COMMITTER_DATE": committerDate ?? date,
        ]
        let options = ["-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"]
        return ChildProcess.run(["git", "-C", folder ?? path] + options + arguments, environment: environment)
    }

    private static func makeTemporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("aims-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        // Resolve symlinks (/tmp on macOS) so paths compare equal to what libgit2 reports.
        return url.resolvingSymlinksInPath().path
    }
}

extension TestRepository.Result {
    @discardableResult
    func orThrow(_ arguments: [String]) throws -> TestRepository.Result {
        guard succeeded else { throw TestRepository.CommandFailed(arguments: arguments, result: self) }
        return self
    }
}
