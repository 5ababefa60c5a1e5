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

    public struct Issue: Hashable, Sendable {
        public var message: String
        public var line: Int
        public var column: Int
        public var hint: String?
    }

    public static let fileNames = ["aims.yaml", "aims.yml"]

    public init(path: String, root: String) {
        self.path = path
        self.root = root
        organization = nil
        scope = nil
        documentFolders = [Located("", line: 1, column: 1)]
        rules = [:]
        issues = []
    }

    /// Reads the configuration text; anything wrong becomes an `Issue`, and the defaults stand.
    public init(path: String, root: String, text: String) {
        self.init(path: path, root: root)
        let node: YAMLNode
        switch SourceText.decode(Array(text.utf8)) {
        case .failure:
            issues.append(Issue(message: "configuration is not UTF-8 text", line: 1, column: 1))
            return
        case .success:
            break
        }
        switch YAMLReader(firstLine: 1).read(text) {
        case let .failure(failure):
            issues.append(Issue(message: failure.message, line: failure.line, column: failure.column, hint: failure.hint))
            return
        case .success(nil):
            return
        case let .success(read?):
            node = read
        }
        guard let pairs = node.mapping else {
            issues.append(Issue(message: "configuration must be a mapping of settings", line: node.line, column: node.column))
            return
        }
        for pair in pairs {
            guard let key = pair.key.scalar else { continue }
            let value = pair.value
            switch key {
            case "organization": organization = value.scalar
            case "scope": scope = value.scalar
            case "documents": readFolders(value)
            case "rules": readRules(value)
            default:
                issues.append(Issue(message: "unknown setting '\(key)'", line: pair.key.line, column: pair.key.column, hint: "known settings: organization, scope, documents, rules"))
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
            if value == "off" {
                rules[id] = .off
            } else if let severity = Diagnostic.Severity(rawValue: value) {
                rules[id] = .severity(severity)
            } else {
                issues.append(Issue(message: "'\(value)' is not a severity", line: pair.value.line, column: pair.value.column, hint: "use error, warning, note or off"))
            }
        }
    }
}
