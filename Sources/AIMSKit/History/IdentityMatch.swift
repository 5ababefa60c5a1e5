import AIMSGit

/// Whether an identity recorded in git (`Name <email>`) stands for a person or role written in
/// front matter (`approver:`, `owner:`): by name or email, or through the role's members in
/// aims.yaml (`roles:`).
struct IdentityMatch {
    var candidates: Set<String>

    init(_ roleOrName: String, configuration: Configuration) {
        candidates = Set(configuration.identities(for: roleOrName).map { $0.lowercased() })
    }

    func matches(_ identity: String) -> Bool {
        let recorded = RecordedIdentity(identity)
        return candidates.contains(identity.lowercased()) || candidates.contains(recorded.name.lowercased())
            || (recorded.email.map { candidates.contains($0.lowercased()) } ?? false)
    }

    func matches(_ signature: Signature) -> Bool {
        matches(signature.identity)
    }
}
