/// What the check of a head sees of the base it is compared with (`aims check --base`):
/// the base's documents and resolved facts and how its documents pair with the head's.
/// Change rules read it; every other rule ignores it.
public struct ChangeBase: Sendable {
    public var label: String
    public var index: AIMSIndex
    public var resolved: ResolvedModel
    public var pairing: DocumentPairing

    public init(label: String, index: AIMSIndex, resolved: ResolvedModel, pairing: DocumentPairing) {
        self.label = label
        self.index = index
        self.resolved = resolved
        self.pairing = pairing
    }

    /// The base's version of a head document, when it had one.
    public func document(pairedWith head: Document) -> Document? {
        pairing.basePath[head.path].flatMap { index.byPath[$0] }
    }
}
