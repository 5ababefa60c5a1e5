import AIMSKit
import ArgumentParser

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the AIMS against the clause model and report diagnostics.",
        discussion: "Exit status: 0 no errors, 1 errors found, 2 could not run."
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @Flag(name: .long, help: "Print the time each stage took to standard error.")
    var timings = false

    func run() throws {
        let compilation = compileOrExit(input)
        report(compilation, format: format, timings: timings)
        throw compilation.exitCode
    }
}
