import CGit2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every commit reachable from a head, numbered so the walk can use arrays instead of
/// dictionaries. Node 0 is the head. Owns the libgit2 commit handles it loaded.
final class CommitGraph {
    private(set) var ids: [RawOID] = []
    private(set) var handles: [OpaquePointer] = []
    /// Committer time: what git orders its output by.
    private(set) var dates: [Int64] = []
    private(set) var treeIDs: [RawOID] = []
    /// Parents as node numbers; empty for a root and for a shallow-clone boundary.
    private(set) var parents: [[Int]] = []
    /// The commit has parents that are not in the repository (shallow clone graft, or
    /// missing objects); it is treated as a root, as git does for grafted commits.
    private(set) var isBoundary: [Bool] = []
    /// How many edges lead to each node from its children inside the graph.
    private(set) var childCount: [Int] = []
    /// Edges (child, parent position) whose parent carries a later date than the child;
    /// the only places where git's date-ordered output can deviate from sorting by date.
    private(set) var skewedEdges: [(child: Int, parent: Int)] = []

    var count: Int { ids.count }

    init(repository: OpaquePointer, head: RawOID, shallow: Set<RawOID>) throws {
        var index: [RawOID: Int] = [:]
        let headHandle = try Self.lookup(head, in: repository)
        guard let headHandle else {
            throw GitError(kind: .notFound, message: "commit \(head.objectID.short) is not in the repository")
        }
        append(head, headHandle, index: &index)
        var stack = [0]
        while let node = stack.popLast() {
            let handle = handles[node]
            let parentCount = Int(git_commit_parentcount(handle))
            guard parentCount > 0 else { continue }
            if shallow.contains(ids[node]) {
                isBoundary[node] = true
                continue
            }
            var resolved: [Int] = []
            var loaded: [(RawOID, OpaquePointer)] = []
            var missing = false
            for position in 0..<parentCount {
                guard let parentOID = git_commit_parent_id(handle, UInt32(position)) else {
                    missing = true
                    break
                }
                let parentID = RawOID(parentOID)
                if let known = index[parentID] {
                    resolved.append(known)
                } else if let pending = loaded.firstIndex(where: { $0.0 == parentID }) {
                    resolved.append(count + pending)
                } else if let parentHandle = try Self.lookup(parentID, in: repository) {
                    resolved.append(count + loaded.count)
                    loaded.append((parentID, parentHandle))
                } else {
                    missing = true
                    break
                }
            }
            if missing {
                for (_, handle) in loaded { git_commit_free(handle) }
                isBoundary[node] = true
                continue
            }
            for (id, handle) in loaded {
                stack.append(count)
                append(id, handle, index: &index)
            }
            parents[node] = resolved
            for (position, parent) in resolved.enumerated() {
                childCount[parent] += 1
                if dates[parent] > dates[node] { skewedEdges.append((node, position)) }
            }
        }
    }

    deinit {
        for handle in handles { git_commit_free(handle) }
    }

    private func append(_ id: RawOID, _ handle: OpaquePointer, index: inout [RawOID: Int]) {
        index[id] = ids.count
        ids.append(id)
        handles.append(handle)
        dates.append(Int64(git_commit_time(handle)))
        treeIDs.append(RawOID(git_commit_tree_id(handle)))
        parents.append([])
        isBoundary.append(false)
        childCount.append(0)
    }

    /// The commit, or nil when its object is missing (beyond a shallow clone's boundary).
    private static func lookup(_ id: RawOID, in repository: OpaquePointer) throws -> OpaquePointer? {
        var oid = id.oid
        var commit: OpaquePointer?
        let code = git_commit_lookup(&commit, repository, &oid)
        if code == GIT_ENOTFOUND.rawValue { return nil }
        try check(code, "cannot read commit \(id.objectID.short)")
        return commit
    }
}

extension Repository {
    /// The commits a shallow clone records as grafted (their parents were not fetched).
    /// libgit2 1.5 does not read this file itself.
    func shallowBoundary() -> Set<RawOID> {
        guard let commonDirectory = git_repository_commondir(handle) else { return [] }
        var path = String(cString: commonDirectory)
        if !path.hasSuffix("/") { path += "/" }
        guard let file = fopen(path + "shallow", "r") else { return [] }
        defer { fclose(file) }
        var text: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let read = fread(&buffer, 1, buffer.count, file)
            if read <= 0 { break }
            text.append(contentsOf: buffer[0..<read])
        }
        var result: Set<RawOID> = []
        for line in text.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D || $0 == 0x20 || $0 == 0x09 }) {
            if let id = ObjectID(hex: String(decoding: line, as: UTF8.self)) { result.insert(id.raw) }
        }
        return result
    }
}
