/// The resolved model: every cross-document fact of the AIMS, decided once after source,
/// parse, resolve and history. Rules and pages read it and never decide a fact again, so the
/// pack cannot say two things about one fact.
public struct ResolvedModel: Sendable {
    /// Document path → its state under document control.
    public var states: [String: DocumentState]
    /// Document path → the policy its type follows.
    public var policies: [String: DocumentControlSettings.Policy]
    /// Retired document path → the live document that supersedes it; and the reverse.
    public var successors: [String: Document]
    public var predecessors: [String: [Document]]
    /// Annex A controls in model order, then controls of the organization's own the SoA names.
    public var controls: [ControlFacts]
    public var controlsByID: [String: Int]
    /// In model order.
    public var mandatory: [MandatoryFacts]
    public var clauses: [ClauseFacts]
    public var evidence: EvidenceRegister
    public var pages: DocumentPages
    public var links: ResolvedLinks
    /// The repository files the pack carries or lists, and how.
    public var files: CarriedFiles
    /// The Stage 1 bundle, item by item.
    public var readiness: Stage1Readiness

    public func state(of document: Document) -> DocumentState { states[document.path] ?? .unknown }
    public func control(_ id: String) -> ControlFacts? { controlsByID[id].map { controls[$0] } }
    public func mandatory(_ id: String) -> MandatoryFacts? { mandatory.first { $0.item.id == id } }

    public init(model: ClauseModel, configuration: Configuration, index: AIMSIndex, source: SourceTree, provenance: Provenance?, readsWorktree: Bool) {
        var successors: [String: Document] = [:]
        var predecessors: [String: [Document]] = [:]
        for document in index.documents where document.problem == nil && document.fields.status == .retired {
            guard let id = document.fields.supersededBy?.value,
                  let successor = index.byID[id]?.first(where: { $0.fields.status != .retired }) else { continue }
            successors[document.path] = successor
            predecessors[successor.path, default: []].append(document)
        }
        var states: [String: DocumentState] = [:]
        var policies: [String: DocumentControlSettings.Policy] = [:]
        for document in index.documents {
            let policy = configuration.documentControl.policy(for: document.fields.type)
            policies[document.path] = policy
            states[document.path] = DocumentState(
                document: document, policy: policy, history: provenance?.documents[document.path],
                isShallow: provenance?.isShallow ?? false, readsWorktree: readsWorktree,
                configuration: configuration, supersededBy: successors[document.path]?.path
            )
        }
        self.states = states
        self.policies = policies
        self.successors = successors
        self.predecessors = predecessors
        evidence = EvidenceRegister(index: index, provenance: provenance)
        (controls, controlsByID) = Self.controls(model: model, index: index, evidence: evidence)
        mandatory = Self.mandatory(model: model, index: index, states: states)
        clauses = Self.clauses(model: model, index: index, mandatory: mandatory)
        pages = DocumentPages(index: index)
        files = CarriedFiles(index: index, source: source, configuration: configuration, pages: pages)
        links = ResolvedLinks(index: index, source: source, pages: pages, files: files)
        readiness = Stage1Readiness(bundle: .bundled, clauses: clauses, controls: controls, mandatory: mandatory, states: states)
    }

    private static func controls(model: ClauseModel, index: AIMSIndex, evidence: EvidenceRegister) -> ([ControlFacts], [String: Int]) {
        var entries: [String: StatementOfApplicability.Entry] = [:]
        for entry in index.soa?.entries ?? [] where entries[entry.controlID] == nil {
            entries[entry.controlID] = entry
        }
        var ids = model.controls.map(\.id)
        let known = Set(ids)
        for entry in index.soa?.entries ?? [] where !known.contains(entry.controlID) && !ids.contains(entry.controlID) {
            ids.append(entry.controlID)
        }
        var facts: [ControlFacts] = []
        var positions: [String: Int] = [:]
        for id in ids {
            let listing = index.implementations[id] ?? []
            // The SoA lists every included control: that is its decision, not an implementation.
            let implementing = listing.filter { $0.fields.type != .soa }
            positions[id] = facts.count
            facts.append(ControlFacts(
                id: id,
                control: model.control(id),
                entry: entries[id],
                implementers: implementing.filter { $0.fields.status != .retired },
                formerImplementers: implementing.filter { $0.fields.status == .retired },
                evidenceItems: evidence.itemsByControl[id] ?? [],
                trailers: evidence.trailersByControl[id] ?? [],
                inheritedItems: evidence.inheritedByControl[id] ?? []
            ))
        }
        return (facts, positions)
    }

    private static func mandatory(model: ClauseModel, index: AIMSIndex, states: [String: DocumentState]) -> [MandatoryFacts] {
        let readable = index.documents.filter { $0.problem == nil }
        var facts: [MandatoryFacts] = model.mandatoryDocuments.map { item in
            var providers: [MandatoryFacts.Provider] = []
            var nonProviders: [MandatoryFacts.NonProvider] = []
            for document in readable {
                guard let listed = document.fields.clauses.first(where: { item.providingClauses.contains($0.value) }) else { continue }
                if document.fields.status == .retired {
                    nonProviders.append(.init(document: document, clause: listed, reason: "it is retired"))
                    continue
                }
                let type = document.fields.type
                let isUsual = type.map(item.usualTypes.contains) ?? false
                // Where one clause demands several items (6.1.4: the process and the results),
                // the type tells which one a document is; a type usual for none of them
                // provides them all.
                if !isUsual, let type, item.kind == "evidence", model.describingTypes.contains(type) {
                    nonProviders.append(.init(document: document, clause: listed, reason: "a \(type.rawValue) describes how the work is done; it is not the record of results this item asks for"))
                    continue
                }
                if !isUsual, let type, let other = Self.itemUsuallyCarrying(type, clause: listed.value, model: model, except: item) {
                    nonProviders.append(.init(document: document, clause: listed, reason: "as a \(type.rawValue) it provides \(other.title) instead"))
                    continue
                }
                providers.append(.init(document: document, clause: listed.value, isUsualType: isUsual))
            }
            let state: MandatoryFacts.State
            if providers.contains(where: { states[$0.document.path]?.countsAsApproved == true }) {
                state = .current
            } else if !providers.isEmpty {
                state = .notCurrent
            } else {
                state = .missing
            }
            return MandatoryFacts(item: item, providers: providers, nonProviders: nonProviders, state: state)
        }
        // Derived items: git already holds the evidence when the source item's provider is
        // approved, current and its approval recorded.
        for position in facts.indices {
            guard case .missing = facts[position].state, let sourceID = facts[position].item.derivedFromApprovalOf,
                  let source = facts.first(where: { $0.item.id == sourceID }) else { continue }
            for provider in source.providers {
                guard let state = states[provider.document.path], state.isCurrent, let approval = state.approval else { continue }
                facts[position].state = .derived(from: provider.document, approval: approval)
                break
            }
        }
        return facts
    }

    /// Another item demanded by `clause` whose usual types include `type`.
    private static func itemUsuallyCarrying(_ type: DocumentType, clause: String, model: ClauseModel, except item: ClauseModel.MandatoryDocument) -> ClauseModel.MandatoryDocument? {
        model.mandatoryDocuments.first { other in
            other.id != item.id && other.providingClauses.contains(clause) && other.usualTypes.contains(type)
        }
    }

    private static func clauses(model: ClauseModel, index: AIMSIndex, mandatory: [MandatoryFacts]) -> [ClauseFacts] {
        model.clauses.map { clause in
            let listing = index.coverage[clause.id] ?? []
            let items = mandatory.filter { $0.item.clause == clause.id }
            let live = listing.filter { $0.fields.status != .retired }
            return ClauseFacts(
                clause: clause,
                isHeading: model.isHeading(clause),
                documents: live,
                formerDocuments: listing.filter { $0.fields.status == .retired },
                mandatoryItems: items.map(\.item.id),
                isCovered: items.isEmpty ? !live.isEmpty : items.allSatisfy(\.isProvided)
            )
        }
    }
}
