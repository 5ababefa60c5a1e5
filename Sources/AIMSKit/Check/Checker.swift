/// Check stage: runs the rules and applies the configuration's severities.
public struct Checker: Sendable {
    public var rules: [any Rule]

    public init(rules: [any Rule] = RuleRegistry.all) {
        self.rules = rules
    }

    public func check(_ context: CheckContext) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for rule in rules {
            let description = type(of: rule).description
            let setting = context.configuration.rules[description.id]
            if setting == .off { continue }
            for var diagnostic in rule.check(context) {
                if case let .severity(severity)? = setting { diagnostic.severity = severity }
                diagnostic.explanation = description.explanation
                diagnostics.append(diagnostic)
            }
        }
        return diagnostics.sorted()
    }
}
