import AIMSKit
import ArgumentParser

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Explain a rule, with examples that trigger it and that don't; without an id, list the rules.")

    @Argument(help: "A rule id such as AIMS012.")
    var rule: String?

    func run() throws {
        guard let id = rule else {
            print(RuleExplanation.list(), terminator: "")
            return
        }
        guard let found = RuleRegistry.rule(id) else {
            throw ValidationError("unknown rule '\(id)'; `aims explain` lists the rules")
        }
        print(RuleExplanation.text(for: found), terminator: "")
    }
}
