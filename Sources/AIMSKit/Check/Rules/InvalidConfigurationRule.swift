/// AIMS023: a setting of aims.yaml that aims cannot use.
public struct InvalidConfigurationRule: Rule {
    public static let description = RuleDescription(
        id: "AIMS023",
        name: "invalid-configuration",
        title: "aims.yaml has an invalid setting",
        clause: "aims",
        severity: .error,
        explanation: """
        aims.yaml marks the AIMS root and says how to compile it: `organization` (required: \
        the audit pack is issued in its name), `scope`, `documents` (the folders, relative to \
        the root, whose Markdown files are documents; the root itself by default) and `rules` \
        (a rule id mapped to error, warning, note or off), plus `approvals` and `evidence`, \
        which say how history is read, and `pack` (`max_file_size`, `paper`, a `logo` image of \
        the repository for the cover, an `accent_color` legible on white). Invalid YAML, unknown settings or rule ids, severities that do not exist and folders that are absent from the tree that \
        was read are reported where they are written; the defaults stand in for what cannot \
        be used, so the documents are still checked.
        """,
        triggeringExamples: [
            RuleExample("aims.yaml", "organization: Example Ltd\n↓owner: CISO\nrules:\n  ↓AIMS999: off\n  AIMS018: ↓sometimes\n"),
            RuleExample([
                "aims.yaml": "organization: Example Ltd\ndocuments:\n  - policies\n  - ↓procedure\n",
                "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\n---\n# AI policy\n",
                "procedures/risk.md": "---\nid: PRO-1\ntitle: Risk management\ntype: procedure\nstatus: draft\n---\n# Risk management\n",
            ]),
            RuleExample("aims.yaml", "↓scope: All AI products of the company\n"),
            RuleExample([
                "aims.yaml": "organization: Example Ltd\npack:\n  logo: ↓brand/logo.ai\n  accent_color: ↓\"#f5c518\"\n  paper: ↓B5\n",
                "brand/logo.ai": "%!PS-Adobe-3.0",
            ]),
        ],
        nonTriggeringExamples: [
            RuleExample([
                "aims.yaml": "organization: Example Ltd\nscope: AI products sold in the EU\ndocuments: [policies, procedures]\nrules:\n  AIMS018: off\n  AIMS012: note\n",
                "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\n---\n# AI policy\n",
                "procedures/risk.md": "---\nid: PRO-1\ntitle: Risk management\ntype: procedure\nstatus: draft\n---\n# Risk management\n",
            ]),
            RuleExample([
                "aims.yaml": "organization: Example Ltd\npack:\n  logo: brand/logo.svg\n  accent_color: \"#5b2a86\"\n  max_file_size: 2 MB\n",
                "brand/logo.svg": "<svg xmlns='http://www.w3.org/2000/svg' width='80' height='20'/>",
            ]),
            RuleExample([
                "aims.yaml": "organization: \"Example Ltd: AI division\"\ndocuments: ./policies/\n",
                "policies/ai-policy.md": "---\nid: POL-1\ntitle: AI policy\ntype: policy\nstatus: draft\n---\n# AI policy\n",
            ]),
        ]
    )

    public init() {}

    public func check(_ context: CheckContext) -> [Diagnostic] {
        let configuration = context.configuration
        var diagnostics = configuration.issues.map { issue in
            diagnostic(issue.message, at: SourceLocation(path: configuration.path, line: issue.line, column: issue.column), hint: issue.hint)
        }
        // The root itself always exists: it holds aims.yaml.
        for folder in configuration.documentFolders where !folder.value.isEmpty {
            let path = RepositoryPath.join(configuration.root, folder.value)
            guard ((try? context.source.entries(under: path)) ?? []).isEmpty else { continue }
            diagnostics.append(diagnostic(
                "document folder '\(folder.value)' does not exist in \(EvidencePath.label(of: context.source))",
                at: SourceLocation(path: configuration.path, line: folder.line, column: folder.column),
                hint: Self.folderHint(folder.value, context: context)
            ))
        }
        if let logo = configuration.pack.logo, context.resolved.files.logoPath == nil {
            diagnostics.append(diagnostic(
                "pack.logo '\(logo.value)' is not a PNG, JPEG, GIF, WebP or SVG image of \(EvidencePath.label(of: context.source)) within the pack's size limit",
                at: SourceLocation(path: configuration.path, line: logo.line, column: logo.column),
                hint: "the path is relative to the AIMS root (the folder of aims.yaml); the cover shows the organization's name without a logo"
            ))
        }
        if configuration.isReadable, !Self.names(configuration.organization),
           !configuration.issues.contains(where: { $0.message.hasPrefix("'organization'") }) {
            diagnostics.append(diagnostic(
                "aims.yaml does not name the organization",
                at: context.configurationLocation,
                hint: "add `organization: Example Ltd` with your organization's name; the audit pack is issued in it"
            ))
        }
        return diagnostics
    }

    /// True when the value names something: not absent, blank or a YAML null.
    private static func names(_ value: String?) -> Bool {
        guard let text = value?.trimmingCharacters(in: .whitespaces) else { return false }
        return !["", "~", "null", "Null", "NULL"].contains(text)
    }

    private static func folderHint(_ folder: String, context: CheckContext) -> String {
        let root = context.configuration.root
        let entries = (try? context.source.entries(under: root)) ?? []
        var folders = Set<String>()
        for entry in entries {
            var parent = RepositoryPath.folder(of: RepositoryPath.relative(entry.path, to: root))
            while !parent.isEmpty, folders.insert(parent).inserted { parent = RepositoryPath.folder(of: parent) }
        }
        if let suggestion = Suggestion.closest(to: folder, among: folders.sorted()) {
            return "did you mean '\(suggestion)'? folders are relative to the AIMS root (the folder of aims.yaml)"
        }
        return "folders are relative to the AIMS root (the folder of aims.yaml); create the folder or remove it from `documents:`"
    }
}
