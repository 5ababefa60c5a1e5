import AIMSKit
import ArgumentParser

struct Model: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the ISO/IEC 42001 clause model aims checks against.")

    @Flag(name: .long, help: "Print the bundled YAML data instead of the readable summary.")
    var yaml = false

    func run() throws {
        if yaml {
            print(ClauseModel.bundledYAML, terminator: "")
        } else {
            print(ClauseModelPrinter.text(.bundled), terminator: "")
        }
    }
}
