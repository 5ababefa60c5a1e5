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
        reported, with a note pointing at the first. Ids that differ only in case (POL-1, pol-1) \
        clash too: they name the pack's pages, and packs are opened on disks that ignore case.
        """,
        triggeringExamples: [
            RuleExample([
                "policies/a.md": "---\nid: POL-1\ntitle: A\ntype: policy\nstatus: draft\n---\n",
                "policies/b.md": "---\nid: ↓pol-1\ntitle: B\ntype: policy\nstatus: draft\n---\n",
            ]),
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
                "policies/c.md": "---\nid: POL-1a\ntitle: C\ntype: policy\nstatus: draft\n---\n",
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
        // Ids that differ only in case collide too: they name the pack's pages, and packs are
        // opened on disks that ignore case (macOS, Windows).
        let groups = Dictionary(grouping: context.index.byID.values.joined()) { $0.fields.id?.value.lowercased() ?? "" }
        return groups.sorted { $0.key < $1.key }.flatMap { _, documents -> [Diagnostic] in
            let sorted = documents.sorted { $0.path < $1.path }
            guard let first = sorted.first, let firstID = first.fields.id else { return [] }
            let firstLocation = first.location(line: firstID.line, column: firstID.column)
            return sorted.dropFirst().compactMap { document in
                guard let located = document.fields.id else { return nil }
                let id = located.value
                let summary = id == firstID.value
                    ? "duplicate id '\(id)': \(first.path) already uses it"
                    : "id '\(id)' differs only in case from '\(firstID.value)' of \(first.path)"
                return diagnostic(
                    summary,
                    at: document.location(line: located.line, column: located.column),
                    hint: "give this document an id of its own; ids are how documents and the pack refer to it",
                    notes: [Diagnostic.Note("'\(firstID.value)' is first used here", at: firstLocation)]
                )
            }
        }
    }
}
