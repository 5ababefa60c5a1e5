import CGit2

/// An annotated tag, copied out of libgit2.
public struct AnnotatedTag: Hashable, Sendable {
    public let name: String
    /// The commit the tag points at (through any chain of tags).
    public let commit: ObjectID
    public let tagger: Signature?
    public let message: String

    /// Whether the tag is signed as git writes a signature: an armoured block (OpenPGP, SSH
    /// or X.509) that begins on a line of its own and ends the tag object, its body nothing
    /// but armour headers and base64. Text that merely quotes a signature does not count.
    /// aims does not verify signatures: that needs the signers' keys, which `git tag -v` has
    /// and aims does not; the pack says so.
    public var isSigned: Bool {
        let armours = [
            ("-----BEGIN PGP SIGNATURE-----", "-----END PGP SIGNATURE-----"),
            ("-----BEGIN SSH SIGNATURE-----", "-----END SSH SIGNATURE-----"),
            ("-----BEGIN SIGNED MESSAGE-----", "-----END SIGNED MESSAGE-----"),
        ]
        let lines = message.split(separator: "\n", omittingEmptySubsequences: false)
        var last = lines.count - 1
        while last >= 0, lines[last].isEmpty { last -= 1 }
        guard last > 0 else { return false }
        for (begin, end) in armours where lines[last] == end {
            guard let start = lines[..<last].lastIndex(where: { $0 == begin }) else { continue }
            let body = lines[(start + 1)..<last]
            guard body.contains(where: { !$0.isEmpty }) else { return false }
            return body.allSatisfy(Self.isArmourLine)
        }
        return false
    }

    /// A line inside an armoured block: a header ("Version: …"), the blank line after the
    /// headers, base64, or the OpenPGP checksum ("=AbCd").
    private static func isArmourLine(_ line: Substring) -> Bool {
        if line.isEmpty { return true }
        if let colon = line.firstIndex(of: ":"), line[..<colon].allSatisfy({ $0.isLetter || $0 == "-" }) { return true }
        return line.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "/" || $0 == "=") }
    }
}

extension Repository {
    /// Annotated tags whose names match a glob `pattern` (`approved/*`), sorted by name.
    /// Lightweight tags have no tagger and no signature, so they are left out.
    public func annotatedTags(matching pattern: String) -> [AnnotatedTag] {
        var names = git_strarray()
        guard git_tag_list_match(&names, pattern, handle) == 0 else { return [] }
        defer { git_strarray_dispose(&names) }
        var tags: [AnnotatedTag] = []
        for index in 0..<names.count {
            guard let raw = names.strings[index] else { continue }
            let name = String(cString: raw)
            if let tag = annotatedTag(named: name) { tags.append(tag) }
        }
        return tags.sorted { $0.name < $1.name }
    }

    private func annotatedTag(named name: String) -> AnnotatedTag? {
        var reference: OpaquePointer?
        guard git_reference_lookup(&reference, handle, "refs/tags/" + name) == 0, let reference else { return nil }
        defer { git_reference_free(reference) }
        guard let target = git_reference_target(reference) else { return nil }
        var tag: OpaquePointer?
        guard git_tag_lookup(&tag, handle, target) == 0, let tag else { return nil }
        defer { git_tag_free(tag) }
        var peeled: OpaquePointer?
        guard git_tag_peel(&peeled, tag) == 0, let peeled else { return nil }
        defer { git_object_free(peeled) }
        guard git_object_type(peeled) == GIT_OBJECT_COMMIT else { return nil }
        return AnnotatedTag(
            name: name,
            commit: ObjectID(git_object_id(peeled).pointee),
            tagger: git_tag_tagger(tag).map(Signature.init),
            message: git_tag_message(tag).map { String(cString: $0) } ?? ""
        )
    }

    /// The blob at `path` in the tree of `commit`, or nil when there is no file there.
    public func blobID(at path: String, in commit: ObjectID) -> ObjectID? {
        var oid = commit.oid
        var commitObject: OpaquePointer?
        guard git_commit_lookup(&commitObject, handle, &oid) == 0, let commitObject else { return nil }
        defer { git_commit_free(commitObject) }
        var tree: OpaquePointer?
        guard git_commit_tree(&tree, commitObject) == 0, let tree else { return nil }
        defer { git_tree_free(tree) }
        var entry: OpaquePointer?
        guard git_tree_entry_bypath(&entry, tree, path) == 0, let entry else { return nil }
        defer { git_tree_entry_free(entry) }
        guard git_tree_entry_type(entry) == GIT_OBJECT_BLOB else { return nil }
        return ObjectID(git_tree_entry_id(entry).pointee)
    }
}
