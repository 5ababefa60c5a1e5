import Foundation
import Yams

/// ISO/IEC 42001:2023 as data: clauses 4–10, the Annex A controls and the mandatory
/// documented information. Loaded from the bundled `clause-model.yaml`, never written in code.
public struct ClauseModel: Sendable, Codable {
    public struct Clause: Sendable, Codable, Hashable {
        public var id: String
        public var title: String
        public var parent: String?
        public var documentedInformation: String
        public var summary: String
    }

    public struct ControlGroup: Sendable, Codable, Hashable {
        public var id: String
        public var title: String
        public var parent: String?
        public var objective: String
    }

    public struct Control: Sendable, Codable, Hashable {
        public var id: String
        public var group: String
        public var title: String
        public var documentedInformation: String
        public var clauses: [String]
        public var summary: String
    }

    /// An item of documented information a clause demands, and the document types that usually carry it.
    public struct MandatoryDocument: Sendable, Codable, Hashable {
        public var id: String
        public var clause: String
        public var kind: String
        public var title: String
        public var typical: String
        public var usualTypes: [DocumentType]
        /// Clauses whose listing provides the item, `clause` first.
        public var providingClauses: [String]
        /// The item is the recorded, current approval of the document providing this item.
        public var derivedFromApprovalOf: String?

        public init(from decoder: Decoder) throws {
            let values = try decoder.container(keyedBy: CodingKeys.self)
            id = try values.decode(String.self, forKey: .id)
            clause = try values.decode(String.self, forKey: .clause)
            kind = try values.decode(String.self, forKey: .kind)
            title = try values.decode(String.self, forKey: .title)
            typical = try values.decode(String.self, forKey: .typical)
            usualTypes = try values.decode([DocumentType].self, forKey: .usualTypes)
            providingClauses = try values.decodeIfPresent([String].self, forKey: .providingClauses) ?? [clause]
            derivedFromApprovalOf = try values.decodeIfPresent(String.self, forKey: .derivedFromApprovalOf)
        }
    }

    public var standard: String
    public var clauses: [Clause]
    public var controlGroups: [ControlGroup]
    public var controls: [Control]
    public var mandatoryDocuments: [MandatoryDocument]
    /// Types that describe how work is done; they never provide a record of results unless
    /// the item names them as usual.
    public var describingTypes: [DocumentType]

    private enum CodingKeys: String, CodingKey {
        case standard, clauses, controlGroups = "control_groups", controls, mandatoryDocuments = "mandatory_documents"
        case describingTypes = "describing_types"
    }

    public func clause(_ id: String) -> Clause? { clauseIndex[id].map { clauses[$0] } }
    public func control(_ id: String) -> Control? { controlIndex[id].map { controls[$0] } }
    /// The id, in clause-model.yaml, of the item that states the AIMS's scope: the overview shows it.
    public static let scopeItemID = "scope"

    public func mandatoryDocument(_ id: String) -> MandatoryDocument? { mandatoryDocuments.first { $0.id == id } }

    /// Clauses that only group sub-clauses (6.1 holds 6.1.1 to 6.1.4): they are headings,
    /// not requirements a document covers.
    public func isHeading(_ clause: Clause) -> Bool {
        clauses.contains { $0.parent == clause.id }
    }

    // Built once when the model loads: rules look ids up for every list item of every document.
    private var clauseIndex: [String: Int] = [:]
    private var controlIndex: [String: Int] = [:]

    private static func index(_ ids: [String]) -> [String: Int] {
        Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The YAML text of the model shipped with aims.
    public static let bundledYAML: String = {
        guard let url = Bundle.module.url(forResource: "clause-model", withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("clause-model.yaml is missing from the aims bundle; the installation is broken")
        }
        return text
    }()

    /// The model shipped with aims.
    public static let bundled: ClauseModel = {
        do {
            return try ClauseModel(yaml: bundledYAML)
        } catch {
            fatalError("clause-model.yaml does not load: \(error)")
        }
    }()

    public init(yaml: String) throws {
        let decoder = YAMLDecoder()
        self = try decoder.decode(ClauseModel.self, from: yaml, userInfo: [:])
        clauseIndex = Self.index(clauses.map(\.id))
        controlIndex = Self.index(controls.map(\.id))
    }
}

extension ClauseModel.Clause {
    private enum CodingKeys: String, CodingKey {
        case id, title, parent, documentedInformation = "documented_information", summary
    }
}

extension ClauseModel.Control {
    private enum CodingKeys: String, CodingKey {
        case id, group, title, documentedInformation = "documented_information", clauses, summary
    }
}

extension ClauseModel.MandatoryDocument {
    private enum CodingKeys: String, CodingKey {
        case id, clause, kind, title, typical, usualTypes = "usual_types", providingClauses = "provided_by_clauses"
        case derivedFromApprovalOf = "derived_from_approval_of"
    }
}
