import AIMSGit
import Foundation

/// What keeps a document of each type current (aims.yaml `document_control`), as an
/// organization's document-control procedure says it.
public struct DocumentControlSettings: Sendable {
    public enum Policy: String, Sendable, CaseIterable {
        /// Every change needs a content-bound approval (policies, procedures, plans, the SoA).
        case approval
        /// Living documents: changes committed by the document's owner keep it current once it
        /// has been approved (registers).
        case ownerUpdate = "owner-update"
        /// Retained and corrected, never re-approved (records).
        case none
    }

    /// Types not listed follow `approval`.
    public var policies: [DocumentType: Policy] = [.register: .ownerUpdate, .record: .none]
    /// Trailer keys that mark a commit as an editorial change (`Editorial: fix a typo`).
    public var editorialTrailers = ["Editorial"]
    /// A pattern on the commit message that marks an editorial change, when set.
    public var editorialMessage: String?

    public func policy(for type: DocumentType?) -> Policy {
        type.flatMap { policies[$0] } ?? .approval
    }

    /// Why a commit is editorial ("Editorial: typo"), or nil when it is not marked so.
    public func editorialReason(of commitMessage: String, trailers: [Trailer]) -> String? {
        let keys = Set(editorialTrailers.map { $0.lowercased() })
        if let trailer = trailers.first(where: { keys.contains($0.key.lowercased()) }) {
            return trailer.value.isEmpty ? trailer.key : trailer.value
        }
        if let pattern = editorialMessage, let expression = try? NSRegularExpression(pattern: pattern, options: [.anchorsMatchLines]),
           expression.firstMatch(in: commitMessage, range: NSRange(commitMessage.startIndex..., in: commitMessage)) != nil {
            return commitMessage.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? commitMessage
        }
        return nil
    }
}

extension Configuration {
    static let soaColumnMeanings = ["control", "applicable", "justification", "status", "title", "owner", "implemented-by", "risks"]

    mutating func readDocumentControl(_ node: YAMLNode) {
        guard let pairs = node.mapping else {
            issues.append(Issue(message: "'document_control' must be a mapping (types, editorial)", line: node.line, column: node.column))
            return
        }
        for pair in pairs {
            switch pair.key.scalar {
            case "types"?:
                for entry in pair.value.mapping ?? [] {
                    guard let name = entry.key.scalar, let type = DocumentType(rawValue: name) else {
                        issues.append(Issue(message: "'\(entry.key.scalar ?? "")' is not a document type", line: entry.key.line, column: entry.key.column,
                                            hint: "types: " + DocumentType.allCases.map(\.rawValue).joined(separator: ", ")))
                        continue
                    }
                    guard let policy = entry.value.scalar.flatMap(DocumentControlSettings.Policy.init(rawValue:)) else {
                        issues.append(Issue(message: "'\(entry.value.scalar ?? "")' is not a document-control policy", line: entry.value.line, column: entry.value.column,
                                            hint: "use approval, owner-update or none"))
                        continue
                    }
                    documentControl.policies[type] = policy
                }
            case "editorial"?:
                for entry in pair.value.mapping ?? [] {
                    switch entry.key.scalar {
                    case "trailers"?: documentControl.editorialTrailers = strings(entry.value, "document_control.editorial.trailers")
                    case "message"?:
                        guard let pattern = entry.value.scalar, (try? NSRegularExpression(pattern: pattern)) != nil else {
                            issues.append(Issue(message: "'message' must be a regular expression", line: entry.value.line, column: entry.value.column))
                            continue
                        }
                        documentControl.editorialMessage = pattern
                    default:
                        issues.append(Issue(message: "unknown editorial setting '\(entry.key.scalar ?? "")'", line: entry.key.line, column: entry.key.column, hint: "known: trailers, message"))
                    }
                }
            default:
                issues.append(Issue(message: "unknown document_control setting '\(pair.key.scalar ?? "")'", line: pair.key.line, column: pair.key.column, hint: "known: types, editorial"))
            }
        }
    }

    mutating func readSoA(_ node: YAMLNode) {
        guard let pairs = node.mapping else {
            issues.append(Issue(message: "'soa' must be a mapping (columns)", line: node.line, column: node.column))
            return
        }
        for pair in pairs {
            guard pair.key.scalar == "columns", let columns = pair.value.mapping else {
                issues.append(Issue(message: "unknown soa setting '\(pair.key.scalar ?? "")'", line: pair.key.line, column: pair.key.column, hint: "known: columns (meaning: header)"))
                continue
            }
            for column in columns {
                guard let meaning = column.key.scalar, Self.soaColumnMeanings.contains(meaning) else {
                    issues.append(Issue(message: "'\(column.key.scalar ?? "")' is not a column aims reads", line: column.key.line, column: column.key.column,
                                        hint: "columns: " + Self.soaColumnMeanings.joined(separator: ", ")))
                    continue
                }
                if let header = column.value.scalar { soaColumns[meaning] = header }
            }
        }
    }
}
