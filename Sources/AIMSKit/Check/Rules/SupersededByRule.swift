/// AIMS038: `superseded_by:` that names no live document.
public struct SupersededByRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS038",
        name: "superseded-by-invalid",
        title: "Superseded by a document that is not live",
        clause: "7.5.3",
        severity: .error,
        explanation: """
        A retired document may name the document that replaces it in `superseded_by:` (its \
        id), and the pack links the two pages to each other, so an auditor following an old \
        reference finds what applies now. The id must be that of a document that is not \
        retired; on a document that is not retired, `superseded_by:` says something the \
        status denies.
        """,
        triggeringExamples: [
            RuleExample("policies/old.md", "---\nid: POL-1\ntitle: Old\ntype: policy\nstatus: retired\nsuperseded_by: ↓POL-9\n---\n# Old\n"),
            RuleExample([
                "policies/old.md": "---\nid: POL-1\ntitle: Old\ntype: policy\nstatus: retired\nsuperseded_by: ↓POL-2\n---\n# Old\n",
                "policies/older.md": "---\nid: POL-2\ntitle: Also old\ntype: policy\nstatus: retired\n---\n# Also old\n",
            ]),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\nsuperseded_by: ↓POL-2\n---\n# P\n"),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "policies/old.md": "---\nid: POL-1\ntitle: Old\ntype: policy\nstatus: retired\nsuperseded_by: POL-2\n---\n# Old\n",
                "policies/new.md": "---\nid: POL-2\ntitle: New\ntype: policy\nstatus: draft\n---\n# New\n",
            ]),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.documents.compactMap { document in
            guard let successor = document.fields.supersededBy else { return nil }
            let at = document.location(line: successor.line, column: successor.column)
            guard document.fields.status == .retired else {
                return diagnostic(
                    "\(document.displayID) names a successor but is not retired",
                    at: at,
                    hint: "set `status: retired` once \(successor.value) replaces it, or remove superseded_by"
                )
            }
            guard context.resolved.successors[document.path] == nil else { return nil }
            let found = context.index.byID[successor.value] ?? []
            return diagnostic(
                found.isEmpty ? "superseded by '\(successor.value)', which is no document's id" : "superseded by \(successor.value), which is retired too",
                at: at,
                hint: found.isEmpty
                    ? (Suggestion.closest(to: successor.value, among: context.index.byID.keys.sorted()).map { "did you mean '\($0)'? " } ?? "") + "name the id of the document that replaces it"
                    : "name the document that applies now"
            )
        }
    }
}
