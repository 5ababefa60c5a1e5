import AIMSKit
import ArgumentParser
import Foundation

struct Verify: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check an audit pack (folder or zip) against its MANIFEST.sha256.",
        discussion: "Exit status: 0 every file is as aims wrote it, 1 a file is changed, missing or extra, 2 not a pack."
    )

    @Argument(help: "The pack folder, or the zip `aims build --bundle` wrote.")
    var pack: String

    func run() throws {
        let files: [String: [UInt8]]
        do {
            files = try PackBundle.files(at: CommandLinePath.url(pack))
        } catch {
            FileHandle.standardError.write(Data("aims: error: \(error)\n".utf8))
            throw ExitCode(2)
        }
        let result = PackVerification(files: files)
        for path in result.changed { print("changed: \(path)") }
        for path in result.missing { print("missing: \(path)") }
        for path in result.extra { print("extra: \(path)") }
        for problem in result.problems { print("problem: \(problem)") }
        if result.isIntact {
            print("aims: pack intact: \(result.checked) files match \(PackManifest.fileName) (SHA-256 \(result.manifestHash))")
            return
        }
        print("aims: pack altered: \(result.changed.count) changed, \(result.missing.count) missing, \(result.extra.count) extra, \(result.problems.count) other problems")
        throw ExitCode(result.problems.contains { $0.hasPrefix("no \(PackManifest.fileName)") } ? 2 : 1)
    }
}
