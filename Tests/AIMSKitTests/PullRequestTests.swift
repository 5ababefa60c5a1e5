import AIMSKit
import Foundation
import Testing

/// The command line in the places a change is checked: a pre-commit hook reading the index,
/// a CI job comparing with the base branch, GitHub's job summary; exit codes as documented.
struct PullRequestTests {
    static let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let cli = CommandLineTests()

    static func policy(controls: String) -> String {
        "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\ncontrols: \(controls)\n---\n# AI policy\n"
    }

    static func repository() throws -> TestRepository {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [policies]\nrules:\n  AIMS010: off\n  AIMS015: off\n")
        try repository.write("policies/ai-policy.md", policy(controls: "[A.2.2]"))
        try repository.commit("Policy", date: "2026-01-10T10:00:00Z")
        return repository
    }

    @Test("--staged reads the index: a staged error is found, an unstaged fix is not seen, the commit is not read")
    func stagedReadsTheIndex() throws {
        let repository = try Self.repository()
        try repository.write("policies/ai-policy.md", Self.policy(controls: "[A.2.2, A.11.1]"))
        repository.git("add", "policies/ai-policy.md")
        try repository.write("policies/ai-policy.md", Self.policy(controls: "[A.2.2]"))
        let staged = try cli.aims("check", "--staged", repository.path)
        #expect(staged.status == 1)
        #expect(staged.output.contains("unknown control 'A.11.1'"))
        #expect(staged.output.contains("staged changes (HEAD "))
        #expect(try cli.aims("check", repository.path).status == 0)
        #expect(try cli.aims("check", "--worktree", repository.path).status == 0)
    }

    @Test("--staged sees a staged new document and not an untracked one")
    func stagedNewDocument() throws {
        let repository = try Self.repository()
        try repository.write("policies/new.md", "---\nid: POL-1\ntitle: Duplicate\ntype: policy\nstatus: draft\n---\n")
        let untracked = try cli.aims("check", "--staged", "--format", "json", repository.path)
        #expect(untracked.status == 0)
        repository.git("add", "policies/new.md")
        let staged = try cli.aims("check", "--staged", repository.path)
        #expect(staged.status == 1)
        #expect(staged.output.contains("AIMS008"))
    }

    @Test("--staged leaves out a file only marked with git add -N, as git commit does")
    func intentToAdd() throws {
        let repository = try Self.repository()
        try repository.write("policies/new.md", "---\nid: POL-2\ntitle: New\ntype: policy\nstatus: draft\n---\n# New\n")
        repository.git("add", "-N", "policies/new.md")
        let staged = try cli.aims("check", "--staged", repository.path)
        #expect(staged.status == 0, "\(staged.output)")
        #expect(!staged.output.contains("AIMS002"))
    }

    @Test("the pre-commit framework runs the shipped hook on staged, uncommitted changes and blocks the commit")
    func preCommitHook() throws {
        let repository = try Self.repository()
        let executable = try #require(CommandLineTests.executable)
        try repository.write("policies/ai-policy.md", Self.policy(controls: "[A.2.2, A.11.1]"))
        repository.git("add", "policies/ai-policy.md")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("aims-pre-commit-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: home) }
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = executable.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["PRE_COMMIT_HOME"] = home
        environment["HOME"] = home
        environment["GIT_CONFIG_GLOBAL"] = "/dev/null"
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        environment["NO_COLOR"] = "1"
        // try-repo runs a hook from a hooks repository on the repository at hand; the hooks
        // repository is this project's shipped .pre-commit-hooks.yaml, committed on its own
        // (the test must not depend on this checkout's git state).
        let hooks = try TestRepository()
        try hooks.write(".pre-commit-hooks.yaml", try String(contentsOf: Self.projectRoot.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8))
        try hooks.commit("Hooks", date: "2026-01-01T00:00:00Z")
        let arguments = ["pre-commit", "try-repo", hooks.path, "aims-check"]
        let blocked = ChildProcess.run(["sh", "-c", "cd \"$0\" && exec \"$@\"", repository.path] + arguments, environment: environment)
        #expect(blocked.status == 1, "pre-commit (pip install pre-commit): \(blocked.output)\(blocked.error)")
        #expect(blocked.output.contains("unknown control 'A.11.1'"), "\(blocked.output)")
        try repository.write("policies/ai-policy.md", Self.policy(controls: "[A.2.2]"))
        repository.git("add", "policies/ai-policy.md")
        let passed = ChildProcess.run(["sh", "-c", "cd \"$0\" && exec \"$@\"", repository.path] + arguments, environment: environment)
        #expect(passed.status == 0, "\(passed.output)\(passed.error)")
    }

    @Test("exit codes: 0 clean, 1 failing findings (warnings with --strict), 2 could not run")
    func exitCodes() throws {
        let repository = try Self.repository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [policies]\nrules:\n  AIMS010: off\n  AIMS015: off\n  AIMS004: warning\n")
        try repository.write("policies/ai-policy.md", Self.policy(controls: "[A.2.2, A.11.1]"))
        try repository.commit("A warning", date: "2026-01-11T10:00:00Z")
        #expect(try cli.aims("check", repository.path).status == 0)
        #expect(try cli.aims("check", "--strict", repository.path).status == 1)
        #expect(try cli.aims("check", "--base", "no-such-ref", repository.path).status == 2)
        #expect(try cli.aims("check", "--format", "xml", repository.path).status == 2)
        #expect(try cli.aims("check", "--staged", "--worktree", repository.path).status == 2)
    }

    @Test("--base: findings the base had do not fail the run unless --fail-on all")
    func baseAndFailOn() throws {
        let repository = try Self.repository()
        try repository.write("policies/ai-policy.md", Self.policy(controls: "[A.2.2, A.11.1]"))
        try repository.commit("An error on main", date: "2026-01-11T10:00:00Z")
        repository.git("checkout", "--quiet", "-b", "change")
        try repository.write("README.md", "Not a document.\n")
        try repository.commit("Readme", date: "2026-01-12T10:00:00Z")
        let new = try cli.aims("check", "--base", "main", repository.path)
        #expect(new.status == 0, "\(new.output)")
        #expect(new.output.contains("(in the base too)"))
        #expect(try cli.aims("check", "--base", "main", "--fail-on", "all", repository.path).status == 1)
        try repository.write("policies/ai-policy.md", Self.policy(controls: "[A.2.2, A.11.1, A.12.1]"))
        try repository.commit("A new error", date: "2026-01-13T10:00:00Z")
        #expect(try cli.aims("check", "--base", "main", repository.path).status == 1)
    }

    @Test("--format github writes annotations and, when GITHUB_STEP_SUMMARY is set, the job summary")
    func githubJobSummary() throws {
        let repository = try ChangeScenario.make()
        let executable = try #require(CommandLineTests.executable)
        let summary = FileManager.default.temporaryDirectory.appendingPathComponent("aims-summary-\(UUID().uuidString).md").path
        defer { try? FileManager.default.removeItem(atPath: summary) }
        var environment = ProcessInfo.processInfo.environment
        environment["GITHUB_STEP_SUMMARY"] = summary
        let run = ChildProcess.run([executable.path, "check", "--format", "github", "--base", "main", repository.path], environment: environment)
        #expect(run.status == 1)
        #expect(run.output.contains("::error file=soa/soa.md,line=13,col=11,title=AIMS044"))
        let markdown = try String(contentsOfFile: summary, encoding: .utf8)
        #expect(markdown.contains("## AIMS check"))
        #expect(markdown.contains("### What the change does to the AIMS"))
    }

    @Test("--output writes the report to a file, standard output stays empty")
    func outputFile() throws {
        let repository = try Self.repository()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("aims-\(UUID().uuidString).sarif").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let run = try cli.aims("check", "--format", "sarif", "--output", file, repository.path)
        #expect(run.status == 0)
        #expect(run.output.isEmpty)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("\"version\" : \"2.1.0\""))
    }
}

/// The shipped GitHub Action and the README's workflow, linted against the schemas GitHub's
/// formats are published with (check-jsonschema carries them, so no network is needed).
struct ActionLintTests {
    static let root = PullRequestTests.projectRoot

    static func validate(_ file: String, schema: String) -> TestRepository.Result {
        ChildProcess.run(["check-jsonschema", "--builtin-schema", schema, file], environment: ProcessInfo.processInfo.environment)
    }

    @Test("action.yml is a valid composite action")
    func action() {
        let result = Self.validate(Self.root.appendingPathComponent("action.yml").path, schema: "vendor.github-actions")
        #expect(result.status == 0, "check-jsonschema (pip install check-jsonschema): \(result.output)\(result.error)")
    }

    @Test("the README's workflow is a valid GitHub workflow and uses the action with inputs it has")
    func readmeWorkflow() throws {
        let readme = ReadmeTests.readme
        let start = try #require(readme.range(of: "```yaml\nname: AIMS\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let workflow = String(readme[start.upperBound..<end.lowerBound])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("aims-workflow-\(UUID().uuidString).yml")
        try Data(("name: AIMS\n" + workflow).utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = Self.validate(file.path, schema: "vendor.github-workflows")
        #expect(result.status == 0, "\(result.output)\(result.error)")
        let action = try String(contentsOf: Self.root.appendingPathComponent("action.yml"), encoding: .utf8)
        for input in ["path", "fail-on", "strict", "pack"] {
            #expect(workflow.contains("\(input):"))
            #expect(action.contains("\n  \(input):\n"), "action.yml has no input \(input)")
        }
    }

    @Test("the shipped pre-commit hooks run aims on the index")
    func hooks() throws {
        let hooks = try String(contentsOf: Self.root.appendingPathComponent(".pre-commit-hooks.yaml"), encoding: .utf8)
        #expect(hooks.contains("entry: aims check --staged"))
        #expect(hooks.contains("pass_filenames: false"))
    }
}
