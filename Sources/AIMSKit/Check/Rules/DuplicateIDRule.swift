/// AIMS008: two or more documents with the same id.
public struct DuplicateIDRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS008",
        name: "duplicate-id",
        title: "Two documents share an id",
        clause: "7.5.2",
        severity: .error,
        explanation: """
        A document's id is how it is identified (7.5.2): other documents, the Statement of \
        Applicability and the pack's page names refer to it. Two documents with one id make \
        every such reference ambiguous, often because a file was copied as a template and its \
        id never changed. The first document in path order keeps the id; every later one is \
        reported, with a note pointing at the first. Ids are compared exactly, so POL-1 and pol-1 \
        are different ids.
        """,
        triggeringExamples: [
            RuleExample([
                "policies/a.md": "---\nid: POL-1\ntitle: A\ntype: policy\nstatus: draft\n---\n",
                "policies/b.md": "---\nid: ↓POL-1\ntitle: B\ntype: policy\nstatus: draft\n---\n",
            ]),
            RuleExample([
                "policies/a.md": "---\nid: POL-1\ntitle: A\ntype: policy\nstatus: draft\n---\n",
                "procedures/a.md": "---\ntitle: A copy\nid: ↓POL-1\ntype: procedure\nstatus: retired\n---\n",
                "records/r.md": "---\nid: ↓\"POL-1\"\ntitle: R\ntype: record\nstatus: draft\n---\n",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "policies/a.md": "---\nid: POL-1\ntitle: A\ntype: policy\nstatus: draft\n---\n",
                "policies/b.md": "---\nid: POL-10\ntitle: B\ntype: policy\nstatus: draft\n---\n",
                "policies/c.md": "---\nid: pol-1\ntitle: C\ntype: policy\nstatus: draft\n---\n",
            ]),
            // The same id in the body, or under another key, is no clash.
            RuleExample([
                "policies/a.md": "---\nid: POL-1\ntitle: A\ntype: policy\nstatus: draft\n---\nid: POL-2\n",
                "policies/b.md": "---\nid: POL-2\ntitle: B\ntype: policy\nstatus: draft\nversion: POL-1\n---\n",
            ]),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.index.byID.sorted { $0.key < $1.key }.flatMap { id, documents -> [Diagnostic] in
            let sorted = documents.sorted { $0.path < $1.path }
            guard let first = sorted.first, let firstID = first.fields.id else { return [] }
            let firstLocation = first.location(line: firstID.line, column: firstID.column)
            return sorted.dropFirst().compactMap { document in
                guard let located = document.fields.id else { return nil }
                return diagnostic(
                    "duplicate id '\(id)': \(first.path) already uses it",
                    at: document.location(line: located.line, column: located.column),
                    hint: "give this document an id of its own; ids are how documents and the pack refer to it",
                    notes: [Diagnostic.Note("'\(id)' is first used here", at: firstLocation)]
                )
            }
        }
    }
}
