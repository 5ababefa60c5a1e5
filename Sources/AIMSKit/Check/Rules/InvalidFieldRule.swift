/// AIMS007: a known front-matter field whose value has the wrong shape or is not allowed.
public struct InvalidFieldRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS007",
        name: "invalid-field",
        title: "Front-matter field has an invalid value",
        clause: "7.5.2",
        severity: .error,
        explanation: """
        A field that is present must hold what the field reference says, or the compiler would \
        have to guess: `id` is letters, digits, '.', '_' and '-'; `title`, `version`, `owner` and \
        `approver` are single values, not lists; `type` and `status` come from closed lists; \
        `effective`, `next_review` and an evidence item's `valid_until` are real dates written \
        YYYY-MM-DD; `clauses` and `controls` are lists of ids (or one id). Each `evidence` item is \
        a mapping with exactly one of `path`, `commit`, `tag` or `url`, and optionally `title`, \
        `description` and `valid_until`; a `url` is an absolute http:// or https:// address \
        with a host, since the pack lists it as a web link (javascript:, data: and the like \
        could run or carry unreviewed content). A field with an invalid value is left out of the document's \
        record (an approval without a valid date does not count), so each problem is reported at the value.
        """,
        triggeringExamples: [
            RuleExample("policies/p.md", "---\nid: ↓POL 1\ntitle: ↓[AI, policy]\ntype: ↓polcy\nstatus: ↓Approved\n---\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\neffective: ↓2026-02-30\nnext_review: ↓next week\n---\n"),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\nclauses: ↓{5.2: yes}\ncontrols: [A.2.2, ↓[A.2.3]]\n---\n"),
            RuleExample("policies/p.md", """
            ---
            id: POL-1
            title: P
            type: policy
            status: draft
            evidence:
              - path: evidence/a.csv
                ↓url: https://example.org
              - ↓title: no target
              - ↓evidence/b.csv
              - tag: v1
                ↓pth: x
                valid_until: ↓2026-13-01
            ---
            """),
            RuleExample("policies/p.md", """
            ---
            id: POL-1
            title: P
            type: policy
            status: draft
            evidence:
              - url: ↓"javascript:alert(3)"
              - url: ↓data:text/html;base64,PHNjcmlwdD4=
              - url: ↓VBScript:msgbox
              - url: ↓example.org/report
              - url: ↓https:///report
              - url: ↓ftp://files.example.org/report.pdf
              - url: ↓https://example.org/annual report.pdf
            ---
            """),
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: policy\nstatus: draft\nevidence: ↓evidence/a.csv\n---\n"),
        ],
        nonTriggeringExamples: [
            RuleExample("policies/p.md", """
            ---
            id: KFS-POL_001.v2
            title: "AI policy: scope"
            type: policy
            status: in-review
            version: 1.10
            owner: Head of AI Governance
            effective: 2028-02-29
            next_review: "2027-03-01"
            clauses: 5.2
            controls: [A.2.2, A.2.3]
            evidence:
              - path: evidence/a.csv
                title: Attendance
                description: Q1 training
                valid_until: 2026-12-31
              - commit: 1a2b3c4
              - url: https://example.org/reference
            ---
            """),
            // Any case of the scheme; user, port and IPv6 hosts are hosts too.
            RuleExample("policies/p.md", """
            ---
            id: POL-1
            title: P
            type: policy
            status: draft
            evidence:
              - url: HTTPS://Example.org
              - url: http://reports.example.org:8080/q1?format=pdf#page=2
              - url: "https://auditor@example.org/minutes"
              - url: http://[2001:db8::1]/report
            ---
            """),
            // Empty optional fields count as absent; missing required ones are AIMS006's.
            RuleExample("policies/p.md", "---\nid: POL-1\ntitle: P\ntype: soa\nstatus: retired\nversion:\napprover: ~\neffective: \"\"\nclauses: []\nevidence: []\n---\n"),
        ]
    )

    public init() {}

    /// One thing wrong with a value, and the node it is about.
    struct Problem {
        var summary: String
        var node: YAMLNode
        var hint: String?
    }

    public func check(_ context: CheckContext) -> [Diagnostic] {
        context.documents.flatMap { document in
            (document.frontMatter?.mapping ?? []).flatMap { pair -> [Diagnostic] in
                guard let name = pair.key.scalar, let field = FieldSchema.byName[name], !pair.value.isBlank else { return [] }
                return Self.problems(field, pair.value).map { problem in
                    diagnostic(problem.summary, at: document.location(line: problem.node.line, column: problem.node.column), hint: problem.hint)
                }
            }
        }
    }

    static func problems(_ field: FieldSpec, _ value: YAMLNode) -> [Problem] {
        switch field.kind {
        case .text, .identifier, .choice, .date:
            return singleValueProblem(field, value).map { [$0] } ?? []
        case .list:
            return listProblems(field.name, value)
        case .evidence:
            return evidenceProblems(value)
        case .exclusions:
            return exclusionProblems(value)
        case .waivers:
            // AIMS045 says what is wrong with a waiver.
            return []
        }
    }

    /// Problems of a field that takes one value (blank values are absent, not invalid).
    /// `context` places the field, e.g. " of an evidence item".
    static func singleValueProblem(_ field: FieldSpec, _ value: YAMLNode, in context: String = "") -> Problem? {
        let name = field.name
        guard let text = value.trimmedScalar else {
            return Problem(summary: "\(name)\(context) must be a single value, not \(value.kindDescription)", node: value,
                           hint: "write it on one line, e.g. `\(name): \(field.example)`")
        }
        switch field.kind {
        case .identifier where !FieldSchema.isValidIdentifier(text):
            return Problem(summary: "\(name) '\(text)'\(context) is not a valid identifier", node: value,
                           hint: "use letters, digits, '.', '_' and '-', starting with a letter or digit (at most 128 characters), e.g. \(field.example)")
        case let .choice(allowed) where !allowed.contains(text):
            let suggestion = Suggestion.closest(to: text, among: allowed).map { "did you mean '\($0)'? " } ?? ""
            return Problem(summary: "\(name) '\(text)'\(context) is not one of the allowed values", node: value,
                           hint: suggestion + "allowed: " + allowed.joined(separator: ", "))
        case .date where CalendarDate(iso: text) == nil:
            let isDateShaped = text.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil
            let summary = isDateShaped
                ? "\(name) \(text)\(context) is not a date in the calendar"
                : "\(name) '\(text)'\(context) is not a date written YYYY-MM-DD"
            return Problem(summary: summary, node: value, hint: "write a real date as YYYY-MM-DD, e.g. \(field.example)")
        default:
            return nil
        }
    }

    static func listProblems(_ name: String, _ value: YAMLNode) -> [Problem] {
        let hint = "write a list of ids, e.g. `\(name): \(FieldSchema.byName[name]?.example ?? "[]")`"
        if value.mapping != nil {
            return [Problem(summary: "\(name) must be a list of ids, not a mapping", node: value, hint: hint)]
        }
        return (value.sequence ?? []).compactMap { item in
            if item.isBlank {
                return Problem(summary: "empty item in \(name)", node: item, hint: "remove the empty item")
            }
            guard item.scalar == nil else { return nil }
            return Problem(summary: "each item of \(name) must be a single id, not \(item.kindDescription)", node: item, hint: hint)
        }
    }

    static func exclusionProblems(_ value: YAMLNode) -> [Problem] {
        let hint = "write each exclusion as `- control: A.10.4` with `justification: why it does not apply`"
        guard let items = value.sequence else {
            return [Problem(summary: "excluded must be a list of controls, not \(value.kindDescription)", node: value, hint: hint)]
        }
        return items.compactMap { item in
            if item.scalar != nil { return nil }
            guard let pairs = item.mapping else {
                return Problem(summary: "each item of excluded must be a control or a mapping, not \(item.kindDescription)", node: item, hint: hint)
            }
            if let unknown = pairs.first(where: { $0.key.scalar != "control" && $0.key.scalar != "justification" }) {
                return Problem(summary: "unknown key '\(unknown.key.scalar ?? "")' in an exclusion", node: unknown.key, hint: "an exclusion has control and justification")
            }
            guard let control = item["control"], control.scalar != nil, !control.isBlank else {
                return Problem(summary: "an exclusion names no control", node: item, hint: hint)
            }
            if let justification = item["justification"], justification.scalar == nil {
                return Problem(summary: "justification must be text, not \(justification.kindDescription)", node: justification, hint: hint)
            }
            return nil
        }
    }

    static func evidenceProblems(_ value: YAMLNode) -> [Problem] {
        guard let items = value.sequence else {
            return [Problem(summary: "evidence must be a list of items, not \(value.kindDescription)", node: value,
                            hint: "write each item on its own line, e.g.\nevidence:\n  - path: evidence/report.pdf")]
        }
        return items.flatMap(evidenceItemProblems)
    }

    static func evidenceItemProblems(_ item: YAMLNode) -> [Problem] {
        let targets = FieldSchema.evidenceTargetNames
        let targetList = targets.map { "\($0):" }.joined(separator: ", ")
        guard let pairs = item.mapping else {
            let summary = item.isBlank ? "empty evidence item" : "an evidence item must be a mapping with one of \(targetList), not \(item.kindDescription)"
            return [Problem(summary: summary, node: item, hint: "write the item as e.g. `- path: evidence/report.pdf`")]
        }
        var problems: [Problem] = []
        var targetKeys: [YAMLNode] = []
        for pair in pairs {
            guard let key = pair.key.scalar, let field = FieldSchema.evidenceFieldsByName[key] else {
                let written = pair.key.scalar.map { "'\($0)'" } ?? pair.key.kindDescription
                let suggestion = pair.key.scalar.flatMap { Suggestion.closest(to: $0, among: FieldSchema.evidenceFields.map(\.name)) }
                problems.append(Problem(summary: "unknown key \(written) in an evidence item", node: pair.key,
                                        hint: (suggestion.map { "did you mean '\($0)'? " } ?? "") + "allowed: " + FieldSchema.evidenceFields.map(\.name).joined(separator: ", ")))
                continue
            }
            if targets.contains(key) { targetKeys.append(pair.key) }
            if pair.value.isBlank {
                if targets.contains(key) {
                    problems.append(Problem(summary: "\(key) of an evidence item is empty", node: pair.value, hint: "say where the evidence is, e.g. `\(key): \(field.example)`"))
                }
            } else if let problem = singleValueProblem(field, pair.value, in: " of an evidence item") {
                problems.append(problem)
            } else if key == "url", let problem = urlProblem(pair.value) {
                problems.append(problem)
            }
        }
        if targetKeys.isEmpty {
            problems.append(Problem(summary: "evidence item has none of \(targetList)", node: item,
                                    hint: "say where the evidence is, e.g. `path: evidence/report.pdf` or `url: https://…`"))
        } else if targetKeys.count > 1 {
            let names = targetKeys.compactMap(\.scalar).map { "\($0):" }.joined(separator: ", ")
            problems.append(Problem(summary: "evidence item has more than one target (\(names)); it takes exactly one", node: targetKeys[1],
                                    hint: "split it into one item per target"))
        }
        return problems
    }

    /// The register lists a `url:` as a web address, so anything else (javascript:, data:,
    /// a bare host) must not pass as one.
    static func urlProblem(_ value: YAMLNode) -> Problem? {
        guard let text = value.trimmedScalar, !PackLink.isWebAddress(text) else { return nil }
        let shown = LinkTarget.abbreviated(text)
        let hint = PackLink.isPlain(text)
            ? "give the web address of the evidence, e.g. `url: https://example.org/report`; for a file, commit it and use `path:`"
            : "write spaces as %20 and remove control characters"
        return Problem(summary: "url '\(shown)' of an evidence item is not an absolute http:// or https:// address", node: value, hint: hint)
    }
}
