/// AIMS015: no Statement of Applicability, more than one, or one aims cannot read.
public struct StatementOfApplicabilityMissingRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS015",
        name: "soa-missing",
        title: "No readable Statement of Applicability",
        clause: "6.1.3",
        severity: .error,
        explanation: """
        Clause 6.1.3 requires a Statement of Applicability: every Annex A control, whether it \
        is included or excluded, and why. aims reads it from the one document that is not \
        retired and has `type: soa`. Its body holds a table with control, applicability, \
        status and justification columns (found by meaning: Control or Ref, Applicable or \
        Applies, Status or Implementation status, Justification or Reason, …; any order, any \
        case; more columns may follow), one row per control; or its front matter lists the \
        included controls in `controls:` and the exclusions in `excluded:`. This rule reports \
        when there is no such document, when there are several (only the first, by path, is \
        read), when the document has neither a table with control and applicability columns \
        nor the front-matter lists, and when the table lacks the status or justification \
        column. The rows themselves are checked by AIMS016 to AIMS021 and AIMS035.
        """,
        triggeringExamples: [
            RuleExample([
                "aims.yaml": "↓organization: Example Ltd\n",
                "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\n---\n# AI policy\n",
            ]),
            RuleExample([
                ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(),
                "soa/updated-soa.md": "---\nid: SOA-2\ntitle: Statement of Applicability (update)\ntype: ↓soa\nstatus: draft\n---\n# Statement of Applicability\n",
            ]),
            RuleExample("soa/soa.md", "↓---\nid: SOA-1\ntitle: Statement of Applicability\ntype: soa\nstatus: draft\n---\n# Statement of Applicability\n\nAll Annex A controls apply, see the risk register.\n"),
            RuleExample("soa/soa.md", "---\nid: SOA-1\ntitle: Statement of Applicability\ntype: soa\nstatus: draft\n---\n# Statement of Applicability\n\n↓| Control | Applicable | Status |\n|---|---|---|\n| A.2.2 | yes | implemented |\n"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                ExampleFixtures.soaPath: ExampleFixtures.statementOfApplicability(),
                "soa/old-soa.md": "---\nid: SOA-0\ntitle: Statement of Applicability 2025\ntype: soa\nstatus: retired\n---\n# Statement of Applicability 2025\n",
            ]),
            RuleExample("soa/soa.md", "---\nid: SOA-1\ntitle: Statement of Applicability\ntype: soa\nstatus: draft\n---\n# Statement of Applicability\n\n| applicable | CONTROL | Owner | Justification | Status |\n|---|---|---|---|---|\n| yes | A.2.2 AI policy | CISO | Required by 5.2 | implemented |\n"),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let soaDocuments = context.index.soaDocuments
        guard let first = soaDocuments.first else {
            let retired = context.documents.filter { $0.fields.type == .soa }
            return [diagnostic(
                "there is no Statement of Applicability: no live document has `type: soa`",
                at: context.configurationLocation,
                hint: "add a document with `type: soa` whose body holds the table | Control | Applicable | Status | Justification |, one row per Annex A control",
                notes: retired.map { Diagnostic.Note("\($0.displayID) is retired and no longer counts", at: Self.typeLocation(of: $0)) }
            )]
        }
        var diagnostics = soaDocuments.dropFirst().map { extra in
            diagnostic(
                "a second Statement of Applicability; only \(first.displayID) (\(first.path)) is read",
                at: Self.typeLocation(of: extra),
                hint: "keep one SoA: merge \(extra.displayID) into \(first.displayID), or set `status: retired` on the one that is out of date",
                notes: [Diagnostic.Note("the Statement of Applicability that is read", at: Self.typeLocation(of: first))]
            )
        }
        guard let soa = context.index.soa else { return diagnostics }
        if let table = soa.tableLocation {
            let missing = ["status", "justification"].filter(soa.missingColumns.contains)
            if !missing.isEmpty {
                let names = missing.map { $0.prefix(1).uppercased() + $0.dropFirst() }
                diagnostics.append(diagnostic(
                    "the Statement of Applicability table has no \(names.joined(separator: " or ")) column",
                    at: table,
                    hint: "give the table the columns | Control | Applicable | Status | Justification |"
                ))
            }
        } else if !soa.hasFrontMatterLists {
            diagnostics.append(diagnostic(
                "\(first.displayID) has no table with Control and Applicable columns",
                at: first.location(line: 1, column: 1),
                hint: "add the table to its body:\n| Control | Applicable | Status | Justification |\n|---|---|---|---|\n| A.2.2 AI policy | yes | implemented | Required by our AI policy (5.2) |"
            ))
        }
        return diagnostics
    }

    /// The `type` value as written, or the top of the file.
    private static func typeLocation(of document: Document) -> SourceLocation {
        guard let node = document.frontMatter?["type"] else { return document.location(ofKey: "type") }
        return document.location(line: node.line, column: node.column)
    }
}
