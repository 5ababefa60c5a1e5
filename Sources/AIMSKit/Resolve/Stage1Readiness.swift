/// The Stage 1 bundle item by item (`Stage1Bundle`): which live documents provide each, and
/// whether the item is ready for the auditor. Decided here from the resolved facts (clauses,
/// controls, mandatory items, document states); the readiness page only shows it.
public struct Stage1Readiness: Sendable {
    public enum State: String, Sendable {
        /// Provided by a document that counts as approved, every mandatory item of it current.
        case ready
        /// Provided, but not (yet) by approved and current documents, or not for every
        /// applicable control.
        case incomplete
        case missing
    }

    public struct Item: Sendable {
        public var expected: Stage1Bundle.Item
        public var documents: [Document]
        public var state: State
        /// For the item made of every applicable control: those no live document implements.
        public var unimplementedControls: [String]
        /// Mandatory items of the item's clauses that are not current, by title.
        public var itemsNotCurrent: [String]
    }

    public var items: [Item]

    init(bundle: Stage1Bundle, clauses: [ClauseFacts], controls: [ControlFacts], mandatory: [MandatoryFacts], states: [String: DocumentState]) {
        func covers(_ reference: String, _ clause: String) -> Bool { clause == reference || clause.hasPrefix(reference + ".") }
        items = bundle.items.map { expected in
            var documents: [Document] = []
            var seen = Set<String>()
            func add(_ list: [Document]) {
                for document in list where seen.insert(document.path).inserted { documents.append(document) }
            }
            var relevant: [MandatoryFacts] = []
            for reference in expected.clauses {
                for facts in clauses where covers(reference, facts.clause.id) { add(facts.documents) }
                for facts in mandatory where covers(reference, facts.item.clause) {
                    relevant.append(facts)
                    add(facts.providers.map(\.document))
                }
            }
            for id in expected.controls {
                if let facts = controls.first(where: { $0.id == id }) { add(facts.implementers) }
            }
            var unimplemented: [String] = []
            if expected.applicableControls {
                for facts in controls where facts.applicable == true {
                    if facts.implementers.isEmpty { unimplemented.append(facts.id) } else { add(facts.implementers) }
                }
            }
            documents.sort { ($0.displayID, $0.path) < ($1.displayID, $1.path) }
            let notCurrent = relevant.filter { facts in
                switch facts.state {
                case .current, .derived: return false
                case .notCurrent, .missing: return true
                }
            }.map { "\($0.item.title) (\($0.item.clause))" }
            let approved = documents.contains { (states[$0.path] ?? .unknown).countsAsApproved }
            let state: State
            if documents.isEmpty {
                state = .missing
            } else if approved, notCurrent.isEmpty, unimplemented.isEmpty {
                state = .ready
            } else {
                state = .incomplete
            }
            return Item(expected: expected, documents: documents, state: state, unimplementedControls: unimplemented, itemsNotCurrent: notCurrent)
        }
    }
}
