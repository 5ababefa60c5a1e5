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
        subcommands: [Check.self, Build.self, Explain.self, Model.self]
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

    @Option(name: .customLong("as-of"), help: "Judge review dates and expiry on this date (YYYY-MM-DD) instead of the commit date.")
    var asOf: String?

    func validate() throws {
        if worktree, ref != nil { throw ValidationError("--worktree and --ref exclude each other") }
        if let asOf, CalendarDate(iso: asOf) == nil { throw ValidationError("--as-of takes a date as YYYY-MM-DD, not '\(asOf)'") }
    }

    var request: Compiler.Request {
        Compiler.Request(path: path, revision: ref, worktree: worktree, asOf: asOf.flatMap(CalendarDate.init(iso:)))
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Compiles, or ends the process with status 2 and the reason.
func compileOrExit(_ input: InputOptions) -> Compilation {
    do {
        return try Compiler().compile(input.request)
    } catch {
        FileHandle.standardError.write(Data("aims: error: \(error)\n".utf8))
        Foundation.exit(2)
    }
}

/// Prints the diagnostics in the chosen format.
func report(_ compilation: Compilation, format: OutputFormat, timings: Bool) {
    let report = DiagnosticReport(compilation: compilation)
    switch format {
    case .text:
        let color = isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let paths = compilation.pathFunction(from: FileManager.default.currentDirectoryPath)
        writeToStandardOutput(TextDiagnosticWriter(useColor: color, displayPath: paths).write(report))
    case .json:
        writeToStandardOutput(JSONDiagnosticWriter().write(report))
    }
    if timings {
        let lines = compilation.timings.stages.map { "  " + $0.name.padding(toLength: 14, withPad: " ", startingAt: 0) + String(format: "%9.2f ms", $0.seconds * 1000) }
        FileHandle.standardError.write(Data(("timings:\n" + lines.joined(separator: "\n") + "\n").utf8))
    }
}

/// Unbuffered, so the report always comes before any later line on standard error.
func writeToStandardOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

extension Compilation {
    var exitCode: ExitCode { diagnostics.hasErrors ? ExitCode(1) : .success }
}
