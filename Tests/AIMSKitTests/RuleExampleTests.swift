import Foundation
import AIMSKit
import Testing

/// Every rule's examples are its tests: each triggering example must report exactly at the
/// places marked ↓, and no non-triggering example may report at all.
struct RuleExampleTests {
    static let ruleIDs = RuleRegistry.all.map { type(of: $0).description.id }

    @Test("triggering examples report at every ↓", arguments: ruleIDs)
    func triggering(ruleID: String) throws {
        let rule = try #require(RuleRegistry.rule(ruleID))
        let description = type(of: rule).description
        #expect(!description.triggeringExamples.isEmpty, "\(ruleID) has no triggering example")
        for (number, example) in description.triggeringExamples.enumerated() {
            let run = try ExampleRun(example, rule: rule)
            let found = run.diagnostics.filter { $0.ruleID == ruleID }
            #expect(!found.isEmpty, "\(ruleID) triggering example \(number + 1) did not trigger")
            if !run.expectedLocations.isEmpty {
                #expect(
                    Set(found.compactMap(\.location)) == run.expectedLocations,
                    "\(ruleID) triggering example \(number + 1): reported \(found.map { "\($0.location.map(\.description) ?? "-") \($0.summary)" }), expected \(run.expectedLocations.sorted())"
                )
            }
        }
    }

    @Test("non-triggering examples report nothing", arguments: ruleIDs)
    func nonTriggering(ruleID: String) throws {
        let rule = try #require(RuleRegistry.rule(ruleID))
        let description = type(of: rule).description
        #expect(!description.nonTriggeringExamples.isEmpty, "\(ruleID) has no non-triggering example")
        for (number, example) in description.nonTriggeringExamples.enumerated() {
            let run = try ExampleRun(example, rule: rule)
            let found = run.diagnostics.filter { $0.ruleID == ruleID }
            #expect(found.isEmpty, "\(ruleID) non-triggering example \(number + 1) reported: \(found.map { "\($0.location.map(\.description) ?? "-") \($0.summary)" })")
        }
    }

    @Test("rule descriptions are complete and ids unique")
    func descriptions() {
        let descriptions = RuleRegistry.all.map { type(of: $0).description }
        #expect(Set(descriptions.map(\.id)).count == descriptions.count)
        #expect(Set(descriptions.map(\.name)).count == descriptions.count)
        for description in descriptions {
            #expect(description.id.wholeMatch(of: /AIMS\d{3}/) != nil, "\(description.id)")
            #expect(!description.title.isEmpty && !description.explanation.isEmpty)
            #expect(description.clause == "aims" || ClauseModel.bundled.clause(description.clause) != nil,
                    "\(description.id) enforces unknown clause \(description.clause)")
        }
    }
}

/// Compiles one example with only the rule under test: in memory, or, for an example made
/// of commits, as a real git repository.
struct ExampleRun {
    var diagnostics: [Diagnostic]
    var expectedLocations: Set<AIMSKit.SourceLocation>

    init(_ example: RuleExample, rule: any Rule) throws {
        if !example.history.isEmpty {
            (diagnostics, expectedLocations) = try Self.compileHistory(example, rule: rule)
            return
        }
        var files: [String: String] = [:]
        var expected = Set<AIMSKit.SourceLocation>()
        for (path, text) in example.files {
            let (clean, markers) = Self.stripMarkers(text)
            files[path] = clean
            for (line, column) in markers { expected.insert(AIMSKit.SourceLocation(path: path, line: line, column: column)) }
        }
        if files["aims.yaml"] == nil { files["aims.yaml"] = "organization: Example Ltd\n" }
        let compiler = Compiler(checker: Checker(rules: Self.rules(for: rule)))
        let compilation = try compiler.compile(source: MemorySource(files: files), origin: .memory, startingAt: "", asOf: RuleExample.asOf)
        diagnostics = compilation.diagnostics
        expectedLocations = expected
    }

    private static func compileHistory(_ example: RuleExample, rule: any Rule) throws -> ([Diagnostic], Set<AIMSKit.SourceLocation>) {
        let repository = try TestRepository()
        var expected = Set<AIMSKit.SourceLocation>()
        let writesConfiguration = example.history.contains { $0.files.keys.contains("aims.yaml") }
        if !writesConfiguration { try repository.write("aims.yaml", "organization: Example Ltd\n") }
        var base: String?
        for (number, commit) in example.history.enumerated() {
            if number == example.baseCommitCount { base = try repository.revision() }
            for (path, text) in commit.files {
                guard let text else {
                    try repository.remove(path)
                    continue
                }
                let (clean, markers) = stripMarkers(text)
                try repository.write(path, clean)
                expected = expected.filter { $0.path != path }
                for (line, column) in markers { expected.insert(AIMSKit.SourceLocation(path: path, line: line, column: column)) }
            }
            let (name, email) = identity(commit.author)
            try repository.commit(commit.message, author: .init(name: name, email: email), date: commit.date + "T12:00:00Z")
        }
        var read = repository
        if let depth = example.shallowDepth { read = try TestRepository(cloning: repository, depth: depth) }
        let compiler = Compiler(checker: Checker(rules: rules(for: rule)))
        let diagnostics = try compiler.compile(Compiler.Request(path: read.path, asOf: RuleExample.asOf, base: base)).diagnostics
        return (diagnostics, expected)
    }

    /// The rule under test and the companions its examples need.
    static func rules(for rule: any Rule) -> [any Rule] {
        let companions = type(of: rule).description.exampleCompanions
        return [rule] + RuleRegistry.all.filter { companions.contains(type(of: $0).description.id) }
    }

    private static func identity(_ text: String) -> (String, String) {
        guard let open = text.firstIndex(of: "<"), let close = text.firstIndex(of: ">") else { return (text, "someone@example.org") }
        return (text[..<open].trimmingCharacters(in: .whitespaces), String(text[text.index(after: open)..<close]))
    }

    /// Removes each ↓ and returns where the next character was (1-based line, byte column).
    static func stripMarkers(_ text: String) -> (String, [(Int, Int)]) {
        var clean = ""
        var markers: [(Int, Int)] = []
        var line = 1
        var column = 1
        for character in text {
            if character == RuleExample.marker {
                markers.append((line, column))
                continue
            }
            clean.append(character)
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += character.utf8.count
            }
        }
        return (clean, markers)
    }
}
