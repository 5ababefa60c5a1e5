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

    /// An item of documented information a clause demands, and which document types can carry it.
    public struct MandatoryDocument: Sendable, Codable, Hashable {
        public var id: String
        public var clause: String
        public var kind: String
        public var title: String
        public var typical: String
        public var acceptedTypes: [DocumentType]
    }

    public var standard: String
    public var clauses: [Clause]
    public var controlGroups: [ControlGroup]
    public var controls: [Control]
    public var mandatoryDocuments: [MandatoryDocument]

    private enum CodingKeys: String, CodingKey {
        case standard, clauses, controlGroups = "control_groups", controls, mandatoryDocuments = "mandatory_documents"
    }

    public func clause(_ id: String) -> Clause? { clauseIndex[id].map { clauses[$0] } }
    public func control(_ id: String) -> Control? { controlIndex[id].map { controls[$0] } }

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
        case id, clause, kind, title, typical, acceptedTypes = "accepted_types"
    }
}
