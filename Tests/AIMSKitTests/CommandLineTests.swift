import AIMSKit
import Foundation
import Testing

/// The `aims` executable as a user runs it: output and exit status.
struct CommandLineTests {
    /// The executable SwiftPM built beside the test bundle.
    static let executable: URL? = {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("aims")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    struct Run {
        var status: Int32
        var output: String
        var error: String
    }

    func aims(_ arguments: String...) throws -> Run {
        let executable = try #require(Self.executable, "the aims executable is not built beside the tests")
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let errorData = DataBox()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) { errorData.data = error.fileHandleForReading.readDataToEndOfFile() }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self), error: String(decoding: errorData.data, as: UTF8.self))
    }

    private final class DataBox: @unchecked Sendable {
        var data = Data()
    }

    func repository(controls: String) throws -> TestRepository {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [policies]\n")
        try repository.write("policies/ai-policy.md", "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\ncontrols: \(controls)\n---\n")
        try repository.commit("Policy", date: "2026-01-10T10:00:00Z")
        return repository
    }

    @Test func exitStatusSaysWhetherThereAreErrors() throws {
        let bad = try repository(controls: "[A.2.2, A.11.1]")
        let run = try aims("check", bad.path)
        #expect(run.status == 1)
        #expect(run.output.contains("policies/ai-policy.md:6:19: error[AIMS004]: unknown control 'A.11.1'"))
        #expect(run.output.contains("    6 | controls: [A.2.2, A.11.1]"))
        #expect(run.output.contains("hint: "))
        #expect(run.output.split(separator: "\n").last?.hasPrefix("aims: ") == true)

        let json = try aims("check", bad.path, "--format", "json")
        #expect(json.status == 1)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let diagnostics = decoded?["diagnostics"] as? [[String: Any]]
        #expect(diagnostics?.contains { $0["ruleID"] as? String == "AIMS004" } == true)
        let rules = decoded?["rules"] as? [String: [String: String]]
        #expect(rules?["AIMS004"]?["name"] == "unknown-control")
        #expect((decoded?["read"] as? [String: Any])?["root"] as? String == "")
    }

    @Test func buildWritesThePackEvenWithFindings() throws {
        let bad = try repository(controls: "[A.2.2, A.11.1]")
        let outside = try TestRepository()
        let run = try aims("build", bad.path, "--out", outside.path + "/pack")
        #expect(run.status == 1)
        #expect(outside.exists("pack/index.html") && outside.exists("pack/findings.html"))
        #expect(try outside.read("pack/findings.html").contains("A.11.1"))
        #expect(run.error.contains("audit pack written to"))

        let inside = try aims("build", bad.path, "--out", bad.path + "/pack")
        #expect(inside.status == 2)
        #expect(!bad.exists("pack"))
    }

    @Test func couldNotRunIsTwo() throws {
        let good = try repository(controls: "[A.2.2]")
        #expect(try aims("check", good.path, "--ref", "no-such-ref").status == 2)
        #expect(try aims("check", good.path, "--as-of", "tomorrow").status == 2)
        #expect(try aims("check", good.path, "--worktree", "--ref", "HEAD").status == 2)
        #expect(try aims("check", "--no-such-flag").status == 2)
        #expect(try aims("check", "/").status == 2)
        #expect(try aims("explain", "AIMS999").status == 2)
    }

    @Test func explainAndModel() throws {
        let explain = try aims("explain", "aims012")
        #expect(explain.status == 0)
        #expect(explain.output.hasPrefix("AIMS012 review-overdue"))
        #expect(explain.output.contains("Triggers"))
        let list = try aims("explain")
        #expect(list.output.split(separator: "\n").count >= 33)
        let model = try aims("model")
        #expect(model.output.contains("A.10.4 Customers"))
        #expect(model.output.contains("6.1.4 AI system impact assessment"))
    }
}

/// Paths in text output are the ones a user can open from where aims ran.
struct DisplayPathTests {
    @Test func relativeInsideTheWorkingTreeAbsoluteOutside() throws {
        let repository = try TestRepository()
        try repository.write("aims/aims.yaml", "organization: Example Ltd\n")
        try repository.commit("Set up", date: "2026-01-10T10:00:00Z")
        let compilation = try Compiler().compile(.init(path: repository.path + "/aims"))
        #expect(compilation.pathFunction(from: repository.path)("aims/policies/p.md") == "aims/policies/p.md")
        #expect(compilation.pathFunction(from: repository.path + "/aims")("aims/policies/p.md") == "policies/p.md")
        #expect(compilation.pathFunction(from: repository.path + "/aims/records")("aims/policies/p.md") == "../policies/p.md")
        #expect(compilation.pathFunction(from: "/")("aims/policies/p.md") == repository.path + "/aims/policies/p.md")
    }
}

/// Text output never passes control characters from the repository to the terminal.
struct TerminalSafetyTests {
    @Test func controlCharactersAreShownNotSent() throws {
        let source = MemorySource(files: [
            "aims.yaml": "organization: Example Ltd\n",
            "docs/\u{1B}[31mred.md": "# no front matter\n",
            "docs/link.md": "---\nid: L-1\ntitle: Links\ntype: policy\nstatus: draft\n---\n[x](a%1B[31mRED%1B[0m.md)\n[y](java%0Ascript:x)\n",
        ])
        let compilation = try Compiler().compile(source: source, origin: .memory, startingAt: "", asOf: nil)
        let text = TextDiagnosticWriter().write(DiagnosticReport(compilation: compilation))
        #expect(!text.unicodeScalars.contains { $0.value == 0x1B })
        #expect(text.contains("docs/\\u{1B}[31mred.md:1:1: error[AIMS002]"))
        for line in text.split(separator: "\n") where line.contains("error[") || line.contains("warning[") {
            #expect(line.hasPrefix("docs/") || line.hasPrefix("aims.yaml:"), "a diagnostic line was split or forged: \(line)")
        }
    }
}
