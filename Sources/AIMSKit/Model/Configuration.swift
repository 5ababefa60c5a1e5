/// The AIMS configuration, `aims.yaml` (or `aims.yml`) at the AIMS root.
public struct Configuration: Sendable {
    public enum RuleSetting: Hashable, Sendable {
        case severity(Diagnostic.Severity)
        case off
    }

    /// Repository path of the configuration file.
    public var path: String
    /// Repository path of the AIMS root (the folder holding the configuration; "" for the top).
    public var root: String
    public var organization: String?
    public var scope: String?
    /// Folders (relative to the root) whose Markdown files are documents.
    public var documentFolders: [Located<String>]
    public var rules: [String: RuleSetting]
    /// Problems found while reading the file; reported by the configuration rule.
    public var issues: [Issue]
    /// False when the file could not be read as settings at all (so missing settings are
    /// a consequence, not a finding of their own).
    public var isReadable = true
    /// How approvals are read from history.
    public var approvals = ApprovalSettings()
    /// How evidence is collected from history.
    public var evidence = EvidenceSettings()
    /// What keeps a document current, per type, and which changes are editorial.
    public var documentControl = DocumentControlSettings()
    /// How the SoA's table is read: aims.yaml `soa.columns` maps a meaning to a header.
    public var soaColumns: [String: String] = [:]
    /// A role (as written in `approver:` or `owner:`) → the names or emails of the people who
    /// hold it. Read from `roles:`, and from `approvals.approvers`, its older name.
    public var roles: [String: [String]] = [:]
    /// What the audit pack carries and how it looks.
    public var pack = PackSettings()

    public struct ApprovalSettings: Sendable {
        /// Trailer keys that record an approval (`Approved-by: Dana Whitfield <dana@…>`).
        public var trailers = ["Approved-by"]
        /// Whether a merge into the built branch approves what it brings in, by its committer.
        public var merges = false
        /// Glob patterns of tag names (`approved/*`): a signed annotated tag matching one
        /// approves the content of every document at its commit, by its tagger.
        public var tags: [String] = []
    }

    public struct EvidenceSettings: Sendable {
        /// Trailer keys that name controls a commit is evidence for (`AIMS-Control: A.6.2.8`).
        public var trailers = ["AIMS-Control", "Evidence-For"]
        /// Further repositories (paths relative to this repository's working directory) whose
        /// commit trailers count as evidence too.
        public var repositories: [Located<String>] = []
        /// Document type → how many days after its last change a document of that type is stale.
        public var maximumAgeDays: [DocumentType: Int] = [:]
    }

    public struct Issue: Hashable, Sendable {
        public var message: String
        public var line: Int
        public var column: Int
        public var hint: String?
    }

    public static let fileNames = ["aims.yaml", "aims.yml"]
    static let settingNames = ["organization", "scope", "documents", "rules", "roles", "approvals", "document_control", "soa", "evidence", "pack"]

    /// The people a role or name stands for: the role's members, and the words themselves
    /// (a name or an email written in place of a role).
    public func identities(for roleOrName: String) -> [String] {
        [roleOrName] + (roles[roleOrName] ?? [])
    }

    public init(path: String, root: String) {
        self.path = path
        self.root = root
        organization = nil
        scope = nil
        documentFolders = [Located("", line: 1, column: 1)]
        rules = [:]
        issues = []
    }

    /// Reads the configuration file's bytes: a BOM and CRLF are accepted; text that is not
    /// UTF-8 is an `Issue`, and the defaults stand.
    public init(path: String, root: String, bytes: [UInt8]) {
        switch SourceText.decode(bytes) {
        case let .success(text):
            self.init(path: path, root: root, text: text)
        case let .failure(problem):
            self.init(path: path, root: root)
            if case let .invalidUTF8(line, column) = problem {
                issues.append(Issue(message: "configuration is not UTF-8 text", line: line, column: column))
                isReadable = false
            } else {
                issues.append(Issue(message: "configuration is not a text file", line: 1, column: 1))
                isReadable = false
            }
        }
    }

    /// Reads the configuration text; anything wrong becomes an `Issue`, and the defaults stand.
    public init(path: String, root: String, text: String) {
        self.init(path: path, root: root)
        let node: YAMLNode
        switch YAMLReader(firstLine: 1).read(text) {
        case let .failure(failure):
            issues.append(Issue(message: failure.message, line: failure.line, column: failure.column, hint: failure.hint))
            isReadable = false
            return
        case .success(nil):
            return
        case let .success(read?):
            node = read
        }
        guard let pairs = node.mapping else {
            issues.append(Issue(message: "configuration must be a mapping of settings", line: node.line, column: node.column))
            isReadable = false
            return
        }
        for pair in pairs {
            guard let key = pair.key.scalar else { continue }
            let value = pair.value
            switch key {
            case "organization": organization = singleValue(value, "organization")
            case "scope": scope = singleValue(value, "scope")
            case "documents": readFolders(value)
            case "rules": readRules(value)
            case "approvals": readApprovals(value)
            case "evidence": readEvidence(value)
            case "roles": readRoles(value, "roles")
            case "document_control": readDocumentControl(value)
            case "soa": readSoA(value)
            case "pack": readPack(value)
            default:
                issues.append(Issue(message: "unknown setting '\(key)'", line: pair.key.line, column: pair.key.column, hint: "known settings: \(Self.settingNames.joined(separator: ", "))"))
            }
        }
    }

    private mutating func readFolders(_ node: YAMLNode) {
        guard let items = node.sequence ?? node.scalar.map({ _ in [node] }) else {
            issues.append(Issue(message: "'documents' must be a list of folders", line: node.line, column: node.column))
            return
        }
        var folders: [Located<String>] = []
        for item in items {
            guard let folder = item.scalar, let resolved = RepositoryPath.resolve(folder, from: "") else {
                issues.append(Issue(message: "document folder must be a relative path inside the AIMS root", line: item.line, column: item.column))
                continue
            }
            folders.append(Located(resolved, line: item.line, column: item.column))
        }
        documentFolders = folders
    }

    private mutating func readRules(_ node: YAMLNode) {
        guard let pairs = node.mapping else {
            issues.append(Issue(message: "'rules' must map rule ids to error, warning, note or off", line: node.line, column: node.column))
            return
        }
        for pair in pairs {
            guard let id = pair.key.scalar, let value = pair.value.scalar else { continue }
            guard RuleRegistry.rule(id) != nil else {
                issues.append(Issue(message: "unknown rule '\(id)'", line: pair.key.line, column: pair.key.column, hint: "`aims explain` lists the rules"))
                continue
            }
            // Stored as the registry spells it, so `aims012: off` works too.
            let ruleID = id.uppercased()
            if value == "off" {
                rules[ruleID] = .off
            } else if let severity = Diagnostic.Severity(rawValue: value) {
                rules[ruleID] = .severity(severity)
            } else {
                issues.append(Issue(message: "'\(value)' is not a severity", line: pair.value.line, column: pair.value.column, hint: "use error, warning, note or off"))
            }
        }
    }

    private mutating func readApprovals(_ node: YAMLNode) {
        guard let pairs = node.mapping else {
            issues.append(Issue(message: "'approvals' must be a mapping (trailers, merges, tags, approvers)", line: node.line, column: node.column))
            return
        }
        for pair in pairs {
            switch pair.key.scalar {
            case "trailers"?: approvals.trailers = strings(pair.value, "approvals.trailers")
            case "tags"?: approvals.tags = strings(pair.value, "approvals.tags")
            case "merges"?:
                switch pair.value.scalar {
                case "true"?: approvals.merges = true
                case "false"?: approvals.merges = false
                default: issues.append(Issue(message: "'merges' is true or false", line: pair.value.line, column: pair.value.column))
                }
            case "approvers"?: readRoles(pair.value, "approvals.approvers")
            default:
                issues.append(Issue(message: "unknown approvals setting '\(pair.key.scalar ?? "")'", line: pair.key.line, column: pair.key.column, hint: "known: trailers, merges, tags, approvers"))
            }
        }
    }

    private mutating func readEvidence(_ node: YAMLNode) {
        guard let pairs = node.mapping else {
            issues.append(Issue(message: "'evidence' must be a mapping (trailers, repositories, max_age_days)", line: node.line, column: node.column))
            return
        }
        for pair in pairs {
            switch pair.key.scalar {
            case "trailers"?: evidence.trailers = strings(pair.value, "evidence.trailers")
            case "repositories"?:
                evidence.repositories = (pair.value.sequence ?? [pair.value]).compactMap { item in
                    item.scalar.map { Located($0, line: item.line, column: item.column) }
                }
            case "max_age_days"?:
                for entry in pair.value.mapping ?? [] {
                    guard let name = entry.key.scalar, let type = DocumentType(rawValue: name) else {
                        issues.append(Issue(message: "'\(entry.key.scalar ?? "")' is not a document type", line: entry.key.line, column: entry.key.column))
                        continue
                    }
                    guard let days = entry.value.scalar.flatMap({ Int($0) }), days > 0 else {
                        issues.append(Issue(message: "maximum age must be a whole number of days, above zero", line: entry.value.line, column: entry.value.column))
                        continue
                    }
                    evidence.maximumAgeDays[type] = days
                }
            default:
                issues.append(Issue(message: "unknown evidence setting '\(pair.key.scalar ?? "")'", line: pair.key.line, column: pair.key.column, hint: "known: trailers, repositories, max_age_days"))
            }
        }
    }

    private mutating func readRoles(_ node: YAMLNode, _ name: String) {
        guard let pairs = node.mapping else {
            issues.append(Issue(message: "'\(name)' maps a role to the names or emails of the people who hold it", line: node.line, column: node.column))
            return
        }
        for pair in pairs {
            guard let role = pair.key.scalar else { continue }
            roles[role, default: []] += strings(pair.value, "\(name).\(role)")
        }
    }

    /// A list of strings, or one string as a list of one.
    mutating func strings(_ node: YAMLNode, _ name: String) -> [String] {
        if let single = node.scalar { return [single] }
        guard let items = node.sequence else {
            issues.append(Issue(message: "'\(name)' must be a list", line: node.line, column: node.column))
            return []
        }
        return items.compactMap { item in
            if item.scalar == nil {
                issues.append(Issue(message: "each item of '\(name)' must be a single value, not \(item.kindDescription)", line: item.line, column: item.column))
            }
            return item.scalar
        }
    }

    /// A setting that takes one value; anything else is an issue where it is written.
    private mutating func singleValue(_ node: YAMLNode, _ name: String) -> String? {
        guard let value = node.scalar else {
            issues.append(Issue(message: "'\(name)' must be a single value, not \(node.kindDescription)", line: node.line, column: node.column))
            return nil
        }
        return value
    }
}
