import CGit2

extension Repository {
    /// Whether libgit2 recomputes each object's hash when reading it and rejects a mismatch.
    ///
    /// libgit2 does by default; git itself does not (only `git fsck` and transfers check).
    /// The hashing is most of the cost of `history(from:under:)` when folders are large: on a
    /// generated repository of 5,000 commits with 1,000 documents in one folder it is about
    /// two thirds of the instructions (see Scripts/bench-history.sh). The setting is
    /// process-wide and applies to every repository; it is left on unless a caller opts out.
    public static func setObjectHashVerification(_ enabled: Bool) throws {
        _ = initialized
        try check(aims_git_set_strict_hash_verification(enabled ? 1 : 0), "cannot change hash verification")
    }
}
