/// Every evidence item and every trailer naming a control, worked out once for the
/// evidence page, the SoA's evidence column and the overview.
public struct EvidenceRegister: Sendable {
    public struct Item: Sendable {
        public var document: Document
        public var reference: EvidenceReference
        public var resolvedPath: String?
        /// What git says about the item; nil when history was not read (listed, unchecked).
        public var status: Provenance.EvidenceItem.Status?

        public var isProblem: Bool {
            if case .problem? = status { return true }
            return false
        }
    }

    /// In document order, each document's items in the order it lists them.
    public let items: [Item]
    /// Newest commit first; one entry per trailer and control named.
    public let trailers: [Provenance.TrailerEvidence]
    /// Control id → positions in `items` of the evidence of live documents implementing it.
    public let itemsByControl: [String: [Int]]
    /// Control id → positions in `items` of evidence the SoA lists for the controls it
    /// includes: generic, so shown apart and never counted as a control's own.
    public let inheritedByControl: [String: [Int]]
    /// Control id → positions in `trailers` naming it.
    public let trailersByControl: [String: [Int]]

    init(index: AIMSIndex, provenance: Provenance?) {
        if let provenance {
            items = provenance.evidence.compactMap { item in
                index.byPath[item.documentPath].map {
                    Item(document: $0, reference: item.reference, resolvedPath: item.resolvedPath, status: item.status)
                }
            }
            // Newest first across repositories; ties keep the order the walks found them in.
            trailers = provenance.trailerEvidence.enumerated().sorted { a, b in
                let (timeA, timeB) = (a.element.commit.committer.time, b.element.commit.committer.time)
                return timeA != timeB ? timeA > timeB : a.offset < b.offset
            }.map(\.element)
        } else {
            items = index.documents.filter { $0.problem == nil }.flatMap { document in
                document.fields.evidence.map { Item(document: document, reference: $0, resolvedPath: nil, status: nil) }
            }
            trailers = []
        }
        var byControl: [String: [Int]] = [:]
        var inherited: [String: [Int]] = [:]
        for (position, item) in items.enumerated() where item.document.fields.status != .retired {
            let isSoA = item.document.fields.type == .soa
            for control in Set(item.document.fields.controls.map(\.value)) {
                if isSoA {
                    inherited[control, default: []].append(position)
                } else {
                    byControl[control, default: []].append(position)
                }
            }
        }
        itemsByControl = byControl
        inheritedByControl = inherited
        var trailersByControl: [String: [Int]] = [:]
        for (position, trailer) in trailers.enumerated() {
            trailersByControl[trailer.control, default: []].append(position)
        }
        self.trailersByControl = trailersByControl
    }

    /// Distinct commits (per repository) whose trailers name `control`.
    public func commitCount(for control: String) -> Int {
        Set((trailersByControl[control] ?? []).map { "\(trailers[$0].repository)\u{0}\(trailers[$0].commit.id.hex)" }).count
    }

    /// Distinct commits (per repository) with any evidence trailer.
    public var commitCount: Int {
        Set(trailers.map { "\($0.repository)\u{0}\($0.commit.id.hex)" }).count
    }

    public func hasEvidence(for control: String) -> Bool {
        !(itemsByControl[control] ?? []).isEmpty || !(trailersByControl[control] ?? []).isEmpty
    }
}
