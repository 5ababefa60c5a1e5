import AIMSKit
import ArgumentParser
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the AIMS and write the audit pack: static HTML for offline reading.",
        discussion: "The pack is written even when there are findings (it shows them); the exit status is check's."
    )

    @OptionGroup var input: InputOptions

    @Option(name: .long, help: "The folder to write the pack to (replaced if it holds an earlier pack).")
    var out: String

    @OptionGroup var reporting: ReportOptions

    @Flag(name: .long, help: "Also write the pack as one zip to send, beside it (DIR.zip).")
    var bundle = false

    func run() throws {
        var compilation = compileOrExit(input, base: reporting.base)
        let destination = CommandLinePath.url(out)
        do {
            var timings = compilation.timings
            let zip = try timings.measure("render") { try AuditPack.write(compilation, to: destination, bundle: bundle) }
            if let zip { FileHandle.standardError.write(Data("aims: bundle written to \(zip.path)\n".utf8)) }
            compilation.timings = timings
        } catch {
            FileHandle.standardError.write(Data("aims: error: cannot write the pack: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let status = report(compilation, reporting)
        FileHandle.standardError.write(Data("aims: audit pack written to \(destination.path)/index.html\n".utf8))
        throw status
    }
}
