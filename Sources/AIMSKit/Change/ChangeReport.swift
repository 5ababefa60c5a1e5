/// A head compared with its base: which of the head's findings the base already had (by
/// `FindingFingerprint`, with renamed files keyed by their head path), which of the base's
/// are gone, and the change summary.
public struct ChangeReport: Sendable {
    /// "main @ 1a2b3c4"
    public var baseLabel: String
    public var baseCommit: String?
    /// Per head diagnostic, in order: whether the base had it.
    public var inBase: [Bool]
    /// The base's findings that the head no longer has.
    public var fixed: [Diagnostic]
    public var summary: ChangeSummary

    public init(base: Compilation, pairing: DocumentPairing, headDiagnostics: [Diagnostic], summary: ChangeSummary) {
        baseLabel = base.origin.label
        baseCommit = base.origin.commit?.id.hex
        self.summary = summary
        var remaining: [String: [Int]] = [:]
        let baseKeys = FindingFingerprint.fingerprints(base.diagnostics, path: pairing.headName(of:))
        for (index, key) in baseKeys.enumerated() { remaining[key, default: []].append(index) }
        let headKeys = FindingFingerprint.fingerprints(headDiagnostics)
        inBase = headKeys.map { key in
            guard var indices = remaining[key], !indices.isEmpty else { return false }
            indices.removeFirst()
            remaining[key] = indices
            return true
        }
        fixed = remaining.values.flatMap { $0 }.sorted().map { base.diagnostics[$0] }
    }

    public func isNew(_ index: Int) -> Bool { !inBase[index] }
    public var newCount: Int { inBase.filter { !$0 }.count }
}
