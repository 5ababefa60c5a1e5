import AIMSKit
import ArgumentParser

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the AIMS and write the audit pack: static HTML for offline reading.",
        discussion: "The pack is written even when there are findings (it shows them); the exit status is check's."
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The folder to write the pack to (replaced if it holds an earlier pack).")
    var out: String

    @Option(name: .long, help: "Output format of the diagnostics: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let compilation = compileOrExit(input)
        report(compilation, format: format, timings: false)
        throw compilation.exitCode
    }
}
