/// AIMS046: a valid waiver that waives no finding.
public struct WaiverUnusedRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS046",
        name: "waiver-unused",
        title: "Waiver waives nothing",
        clause: "aims",
        severity: .warning,
        explanation: """
        A waiver whose finding is gone (the link was fixed, the line moved) would silently \
        waive the next finding of that rule in its place, and tells the auditor about a \
        decision that no longer applies. Remove it. Reported by the checker once every other \
        rule has run; a waiver of a rule that is turned off is not judged.
        """,
        triggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\n# P\n\n↓<!-- aims-waive AIMS013: the page is handed over on paper -->\nSee [the register](p.md).\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\n---\n# P\n\n<!-- aims-waive AIMS013: the page is handed over on paper -->\nSee [the intranet](intranet.md).\n"),
        ],
        exampleCompanions: ["AIMS013"]
    )

    public init() {}

    /// The checker reports unused waivers after the other rules; this rule finds nothing alone.
    public func check(_ context: CheckContext) -> [Diagnostic] { [] }

    func unused(_ waiver: Waiver) -> Diagnostic {
        diagnostic("waiver of \(waiver.ruleID) waives no finding", at: waiver.location,
                   hint: "remove the waiver: the finding it was written for is gone")
    }
}
