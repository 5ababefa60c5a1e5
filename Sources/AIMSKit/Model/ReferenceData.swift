import Foundation
import Yams

/// What a Stage 1 auditor expects to receive, as data (`stage1-bundle.yaml`, from §4.2 of the
/// reference model): each item with the clauses and controls whose documents provide it.
public struct Stage1Bundle: Decodable, Sendable {
    public struct Item: Decodable, Sendable {
        public var number: Int
        public var item: String
        /// The reference as the model writes it ("5.3, A.3.2").
        public var reference: String
        public var mandatory: Bool
        public var clauses: [String]
        public var controls: [String]
        /// Provided by the implementations of every applicable control ("Annex A").
        public var applicableControls: Bool

        private enum CodingKeys: String, CodingKey {
            case number, item, reference, mandatory, clauses, controls, applicableControls = "applicable_controls"
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            number = try container.decode(Int.self, forKey: .number)
            item = try container.decode(String.self, forKey: .item)
            reference = try container.decode(String.self, forKey: .reference)
            mandatory = try container.decode(Bool.self, forKey: .mandatory)
            clauses = try container.decode([String].self, forKey: .clauses)
            controls = try container.decode([String].self, forKey: .controls)
            applicableControls = try container.decodeIfPresent(Bool.self, forKey: .applicableControls) ?? false
        }
    }

    public var basis: String
    public var note: String
    public var items: [Item]

    public static let bundled: Stage1Bundle = ReferenceData.load("stage1-bundle")
}

/// Where ISO/IEC 42001 documents can support obligations of the EU AI Act, and what the
/// standard does not cover (`eu-ai-act-crosswalk.yaml`, from §5 of the reference model).
public struct AIActCrosswalk: Decodable, Sendable {
    public struct Source: Decodable, Sendable {
        public var id: String
        public var ref: String
        public var usedFor: String
        private enum CodingKeys: String, CodingKey { case id, ref, usedFor = "used_for" }
    }

    public struct Article: Decodable, Sendable {
        public var id: String
        public var title: String
        public var clauses: [String]
        public var controls: [String]
    }

    public struct Element: Decodable, Sendable {
        public var element: String
        public var supports: [String]
    }

    public struct Gap: Decodable, Sendable {
        public var topic: String
        public var articles: [String]
        public var detail: String
    }

    public var regulation: String
    public var caveat: String
    public var sources: [Source]
    public var articles: [Article]
    public var art17Elements: [Element]
    public var notCovered: [Gap]

    private enum CodingKeys: String, CodingKey {
        case regulation, caveat, sources, articles, art17Elements = "art17_elements", notCovered = "not_covered"
    }

    public static let bundled: AIActCrosswalk = ReferenceData.load("eu-ai-act-crosswalk")
}

enum ReferenceData {
    /// A bundled YAML resource; a missing or broken one is a broken installation.
    static func load<T: Decodable>(_ name: String) -> T {
        guard let url = Bundle.module.url(forResource: name, withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            fatalError("\(name).yaml is missing from the aims bundle; the installation is broken")
        }
        do {
            return try YAMLDecoder().decode(T.self, from: text, userInfo: [:])
        } catch {
            fatalError("\(name).yaml does not load: \(error)")
        }
    }
}
