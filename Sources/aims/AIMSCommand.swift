import AIMSKit
import ArgumentParser
import Foundation

/// The `aims` command line: parses arguments, calls AIMSKit, maps outcomes to exit codes
/// (0 no errors, 1 errors found, 2 could not run).
@main
struct AIMSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aims",
        abstract: "Compile an ISO/IEC 42001 AI management system kept in git into a checked Stage 1 audit pack.",
        version: AIMSVersion.current,
        subcommands: [Check.self, Build.self, Verify.self, Explain.self, Model.self]
    )

    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            // Usage mistakes are "could not run", like a missing repository.
            Foundation.exit(2)
        }
    }
}

/// Options shared by the commands that compile.
struct InputOptions: ParsableArguments {
    @Argument(help: "A folder inside the repository: the AIMS root (holding aims.yaml) or below it.")
    var path: String = "."

    @Option(name: .long, help: "The revision to read: a branch, tag or commit (default HEAD).")
    var ref: String?

    @Flag(name: .long, help: "Read the working tree, uncommitted edits included, instead of a commit.")
    var worktree = false

    @Flag(name: .long, help: "Read the index: exactly what the next commit would record (for pre-commit hooks).")
    var staged = false

    @Option(name: .customLong("as-of"), help: "Judge review dates and expiry on this date (YYYY-MM-DD) instead of the commit date.")
    var asOf: String?

    func validate() throws {
        if worktree, ref != nil { throw ValidationError("--worktree and --ref exclude each other") }
        if staged, ref != nil { throw ValidationError("--staged and --ref exclude each other") }
        if staged, worktree { throw ValidationError("--staged and --worktree exclude each other") }
        if let asOf, CalendarDate(iso: asOf) == nil { throw ValidationError("--as-of takes a date as YYYY-MM-DD, not '\(asOf)'") }
    }

    var request: Compiler.Request {
        Compiler.Request(path: path, revision: ref, worktree: worktree, staged: staged, asOf: asOf.flatMap(CalendarDate.init(iso:)))
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension FailurePolicy: ExpressibleByArgument {}

/// How findings are reported and which fail the run; shared by check and build.
struct ReportOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: \(ReportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: ReportFormat = .text

    @Option(name: .long, help: "Write the report to this file instead of standard output.")
    var output: String?

    @Option(name: .long, help: "Compare with this revision: findings it already had are told apart, and the change rules run.")
    var base: String?

    @Option(name: .customLong("fail-on"), help: "With --base: fail on new findings only (new, the default) or on all of them (all).")
    var failOn: FailurePolicy?

    @Flag(name: .long, help: "Fail on warnings too, not only on errors.")
    var strict = false

    @Flag(name: .long, help: "Print the time each stage took to standard error.")
    var timings = false

    func validate() throws {
        if failOn != nil, base == nil { throw ValidationError("--fail-on chooses which findings of a comparison fail the run: give --base REF too") }
    }
}

/// Compiles, or ends the process with status 2 and the reason.
func compileOrExit(_ input: InputOptions, base: String?) -> Compilation {
    do {
        var request = input.request
        request.base = base
        return try Compiler().compile(request)
    } catch {
        FileHandle.standardError.write(Data("aims: error: \(error)\n".utf8))
        Foundation.exit(2)
    }
}

/// Writes the report in the chosen format (and, for `github`, the job summary GitHub
/// shows when `$GITHUB_STEP_SUMMARY` names a file); returns the exit status: 1 when a
/// finding fails the run.
func report(_ compilation: Compilation, _ options: ReportOptions) -> ExitCode {
    var report = DiagnosticReport(compilation: compilation)
    report.failOn = options.failOn ?? .new
    report.failingSeverity = options.strict ? .warning : .error
    let environment = ProcessInfo.processInfo.environment
    let color = options.output == nil && isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil
    let paths = compilation.pathFunction(from: FileManager.default.currentDirectoryPath)
    let text = options.format.writer(useColor: color, displayPath: paths).write(report)
    if let output = options.output {
        let url = CommandLinePath.url(output)
        do {
            try Data(text.utf8).write(to: url)
        } catch {
            FileHandle.standardError.write(Data("aims: error: cannot write \(url.path): \(error.localizedDescription)\n".utf8))
            return ExitCode(2)
        }
    } else {
        writeToStandardOutput(text)
    }
    if options.format == .github, let summary = environment["GITHUB_STEP_SUMMARY"], !summary.isEmpty {
        appendJobSummary(MarkdownReportWriter().write(report), to: summary)
    }
    if options.timings {
        let lines = compilation.timings.stages.map { "  " + $0.name.padding(toLength: 20, withPad: " ", startingAt: 0) + String(format: "%9.2f ms", $0.seconds * 1000) }
        FileHandle.standardError.write(Data(("timings:\n" + lines.joined(separator: "\n") + "\n").utf8))
    }
    return report.failed ? ExitCode(1) : .success
}

/// GitHub reads the summary file after the step; several steps may append to it.
private func appendJobSummary(_ markdown: String, to path: String) {
    guard let handle = FileHandle(forWritingAtPath: path) ?? (FileManager.default.createFile(atPath: path, contents: nil) ? FileHandle(forWritingAtPath: path) : nil) else {
        FileHandle.standardError.write(Data("aims: warning: cannot write the job summary to \(path)\n".utf8))
        return
    }
    defer { try? handle.close() }
    _ = try? handle.seekToEnd()
    handle.write(Data((markdown + "\n").utf8))
}

/// Unbuffered, so the report always comes before any later line on standard error.
func writeToStandardOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
