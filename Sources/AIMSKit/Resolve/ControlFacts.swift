/// What the AIMS says about one Annex A control (or a control of the organization's own that
/// the SoA lists), decided once: the SoA's entry, who implements it and its evidence.
public struct ControlFacts: Sendable {
    public var id: String
    /// Nil for a control that is not in Annex A.
    public var control: ClauseModel.Control?
    /// The SoA's entry: the first row (or front-matter item) naming the control.
    public var entry: StatementOfApplicability.Entry?
    /// Live documents other than the SoA whose `controls:` list it, in document order.
    public var implementers: [Document]
    /// Retired documents that listed it: shown apart, as "formerly".
    public var formerImplementers: [Document]
    /// Positions in the evidence register's items: the implementers' own evidence.
    public var evidenceItems: [Int]
    /// Positions in the evidence register's trailers naming the control.
    public var trailers: [Int]
    /// Positions of evidence listed by the SoA itself: generic, shown apart, never counted.
    public var inheritedItems: [Int]

    public var applicable: Bool? { entry?.applicable }

    /// Evidence of its own: an implementer's evidence item or a commit trailer naming it.
    public var hasEvidence: Bool { !evidenceItems.isEmpty || !trailers.isEmpty }
}

/// The documents that provide one item of mandatory documented information, and why others
/// that list its clauses do not count.
public struct MandatoryFacts: Sendable {
    public struct Provider: Sendable {
        public var document: Document
        /// The clause through which it provides the item (one of the item's providing clauses).
        public var clause: String
        /// Whether its type is one that usually carries the item.
        public var isUsualType: Bool
    }

    public struct NonProvider: Sendable {
        public var document: Document
        public var clause: Located<String>
        public var reason: String
    }

    public enum State: Sendable {
        /// A provider is approved and current under its policy.
        case current
        /// Provided only by documents that are not approved and current.
        case notCurrent
        /// Satisfied by the recorded, current approval of the document providing another item.
        case derived(from: Document, approval: Provenance.Approval)
        case missing
    }

    public var item: ClauseModel.MandatoryDocument
    public var providers: [Provider]
    public var nonProviders: [NonProvider]
    public var state: State

    public var isProvided: Bool {
        if case .missing = state { return false }
        return true
    }
}

/// One clause of the standard and what covers it.
public struct ClauseFacts: Sendable {
    public var clause: ClauseModel.Clause
    /// Only groups sub-clauses: not counted as covered or uncovered.
    public var isHeading: Bool
    /// Live documents whose `clauses:` list it.
    public var documents: [Document]
    /// Retired documents that listed it.
    public var formerDocuments: [Document]
    /// Ids of the mandatory items the clause demands.
    public var mandatoryItems: [String]
    /// Covered: every mandatory item it demands is provided; with none, a live document lists it.
    public var isCovered: Bool
}
