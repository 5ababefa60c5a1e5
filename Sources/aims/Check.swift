import AIMSKit
import ArgumentParser

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the AIMS against the clause model and report diagnostics.",
        discussion: "Exit status: 0 nothing fails the check, 1 findings fail it (errors; warnings too with --strict; with --base only new ones unless --fail-on all), 2 could not run."
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var reporting: ReportOptions

    func run() throws {
        let compilation = compileOrExit(input, base: reporting.base)
        throw report(compilation, reporting)
    }
}
