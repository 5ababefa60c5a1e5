/// Check stage: runs the rules, applies the configuration's severities, then the waivers:
/// a finding a valid waiver covers leaves the counts and is kept, with the waiver, for the
/// pack; a valid waiver that covers nothing is reported (AIMS046).
public struct Checker: Sendable {
    public var rules: [any Rule]

    public init(rules: [any Rule] = RuleRegistry.all) {
        self.rules = rules
    }

    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic]
        public var waived: [(diagnostic: Diagnostic, waiver: Waiver)]
    }

    public func check(_ context: CheckContext) -> Outcome {
        var diagnostics: [Diagnostic] = []
        var ran = Set<String>()
        for rule in rules {
            let description = type(of: rule).description
            let setting = context.configuration.rules[description.id]
            if setting == .off { continue }
            ran.insert(description.id)
            for var diagnostic in rule.check(context) {
                if case let .severity(severity)? = setting { diagnostic.severity = severity }
                diagnostic.explanation = description.explanation
                diagnostics.append(diagnostic)
            }
        }
        return applyWaivers(diagnostics.sorted(), context: context, ran: ran)
    }

    private func applyWaivers(_ diagnostics: [Diagnostic], context: CheckContext, ran: Set<String>) -> Outcome {
        let known = Set(RuleRegistry.all.map { type(of: $0).description.id })
        let waivers = context.index.documents.flatMap(\.waivers).filter { $0.problem(knownRules: known) == nil }
        guard !waivers.isEmpty else { return Outcome(diagnostics: diagnostics, waived: []) }
        var kept: [Diagnostic] = []
        var waived: [(diagnostic: Diagnostic, waiver: Waiver)] = []
        var used = Set<Int>()
        let byPath = Dictionary(grouping: waivers.indices, by: { waivers[$0].path })
        for diagnostic in diagnostics {
            let candidates = diagnostic.location.flatMap { byPath[$0.path] } ?? []
            if !Waiver.unwaivableRules.contains(diagnostic.ruleID), let index = candidates.first(where: { waivers[$0].covers(diagnostic) }) {
                used.insert(index)
                waived.append((diagnostic, waivers[index]))
            } else {
                kept.append(diagnostic)
            }
        }
        // A waiver of a rule that did not run (turned off, or not in this checker) is not judged.
        let unusedRule = WaiverUnusedRule.description.id
        if ran.contains(unusedRule) {
            let setting = context.configuration.rules[unusedRule]
            for (index, waiver) in waivers.enumerated() where !used.contains(index) && ran.contains(waiver.ruleID) {
                var diagnostic = WaiverUnusedRule().unused(waiver)
                if case let .severity(severity)? = setting { diagnostic.severity = severity }
                diagnostic.explanation = WaiverUnusedRule.description.explanation
                kept.append(diagnostic)
            }
        }
        return Outcome(diagnostics: kept.sorted(), waived: waived)
    }
}
