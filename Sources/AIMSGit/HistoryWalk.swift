import CGit2

/// The single pass behind `Repository.history(from:under:)`.
///
/// A *slot* is one file of the head tree followed under one name (its current name, or an
/// older one reached through a rename). Every commit carries the set of slots whose
/// simplified history (git's rules, per name) passes through it. Commits are processed
/// children first, so when a commit's turn comes its set is complete; it is compared with
/// its parents once, and the comparison serves every slot at the same time.
final class HistoryWalk {
    struct Attribution {
        let commit: Int
        let slot: Int
        let path: String
        let kind: FileChange.Kind
        let blob: RawOID?
    }

    let graph: CommitGraph
    private let repository: OpaquePointer
    private let prefix: String
    private let trees: TreeCache

    /// The head's files below the prefix, sorted; a file's number is its lineage.
    let currentPaths: [String]
    private(set) var slotLineage: [Int] = []
    private(set) var slotName: [String] = []
    private(set) var lineageSlots: [[Int]]
    private var slotByLineageAndName: [String: [Int: Int]] = [:]
    private var slotsByName: [String: [Int]] = [:]
    private var trackedNames: Set<String> = []

    /// Per commit and parent position: the slots handed to that parent.
    private(set) var passed: [[SlotSet]]
    private var present: [SlotSet]
    /// Per lineage, the commits that changed it, in processing order.
    private(set) var attributions: [[Attribution]]
    /// Shallow-clone boundary commits that some file's history reached.
    private(set) var boundaryReached: [Int] = []

    init(repository: Repository, head: CommitInfo, prefix: String, currentPaths: [String]) throws {
        self.repository = repository.handle
        self.prefix = prefix
        self.currentPaths = currentPaths
        trees = TreeCache(repository: repository.handle)
        graph = try CommitGraph(repository: repository.handle, head: head.id.raw, shallow: repository.shallowBoundary())
        lineageSlots = Array(repeating: [], count: currentPaths.count)
        attributions = Array(repeating: [], count: currentPaths.count)
        passed = Array(repeating: [], count: graph.count)
        present = Array(repeating: SlotSet(), count: graph.count)
        prefixTrees = Array(repeating: nil, count: graph.count)
        prefixTreeKnown = Array(repeating: false, count: graph.count)
        for (lineage, path) in currentPaths.enumerated() {
            _ = slot(lineage: lineage, name: path)
        }
        present[0] = SlotSet(0..<currentPaths.count)
    }

    func run() throws {
        var waiting = graph.childCount
        var stack = [0]
        while let node = stack.popLast() {
            if !present[node].isEmpty {
                try visit(node)
            }
            let parents = graph.parents[node]
            for (position, parent) in parents.enumerated() where position < passed[node].count {
                present[parent].formUnion(passed[node][position])
            }
            // Reversed, so the first parent is examined next and finds its trees cached.
            for parent in parents.reversed() {
                waiting[parent] -= 1
                if waiting[parent] == 0 { stack.append(parent) }
            }
            present[node] = SlotSet()
            trees.advance()
        }
    }

    private func slot(lineage: Int, name: String) -> Int {
        if let existing = slotByLineageAndName[name]?[lineage] { return existing }
        let slot = slotName.count
        slotName.append(name)
        slotLineage.append(lineage)
        lineageSlots[lineage].append(slot)
        slotByLineageAndName[name, default: [:]][lineage] = slot
        slotsByName[name, default: []].append(slot)
        trackedNames.insert(name)
        return slot
    }

    // MARK: One commit

    private func visit(_ node: Int) throws {
        let carried = present[node]
        let parents = graph.parents[node]
        if graph.isBoundary[node] { boundaryReached.append(node) }
        let newTree = try prefixTree(of: node)
        let diff = TreeDiff(trees: trees, trackedNames: trackedNames)

        guard !parents.isEmpty else {
            // A root (or a shallow boundary, treated as one): every carried file that
            // exists here was added here.
            for (path, change) in try diff.changes(from: nil, to: newTree, base: prefix) {
                for slot in slotsByName[path] ?? [] where carried.contains(slot) {
                    attribute(node, slot: slot, path: path, change: change, renamedFrom: nil)
                }
            }
            passed[node] = []
            return
        }

        var comparisons: [[String: PathChange]?] = Array(repeating: nil, count: parents.count)
        func comparison(_ position: Int) throws -> [String: PathChange] {
            if let known = comparisons[position] { return known }
            let changes = try diff.changes(from: prefixTree(of: parents[position]), to: newTree, base: prefix)
            comparisons[position] = changes
            return changes
        }
        var renameTables: [[String: String]?] = Array(repeating: nil, count: parents.count)
        func renameSource(of path: String, against position: Int) throws -> String? {
            if let table = renameTables[position] { return table[path] }
            let detection = RenameDetection(repository: repository, trees: trees, prefix: prefix)
            let table = try detection.renames(
                in: comparison(position), old: prefixTree(of: parents[position]), new: newTree, wanted: path
            )
            renameTables[position] = table
            return table[path]
        }

        var changedAgainstFirst: [(slot: Int, path: String)] = []
        for path in try comparison(0).keys {
            for slot in slotsByName[path] ?? [] where carried.contains(slot) {
                changedAgainstFirst.append((slot, path))
            }
        }
        var outgoing = Array(repeating: SlotSet(), count: parents.count)
        outgoing[0] = carried
        guard !changedAgainstFirst.isEmpty else {
            passed[node] = outgoing
            return
        }
        changedAgainstFirst.sort { $0.slot < $1.slot }
        for (slot, _) in changedAgainstFirst { outgoing[0].remove(slot) }

        for (slot, path) in changedAgainstFirst {
            // git's simplification: the path arrived unchanged from the first parent that
            // has it as it is here, so only that parent's history explains it.
            var sameAs: Int?
            for position in parents.indices.dropFirst() {
                if try comparison(position)[path] == nil {
                    sameAs = position
                    break
                }
            }
            if let sameAs {
                outgoing[sameAs].insert(slot)
                continue
            }
            // Different from every parent: shown here, and every parent's history counts.
            for position in parents.indices {
                guard let change = try comparison(position)[path] else { continue }
                var source: String?
                if change.isAddition {
                    source = try renameSource(of: path, against: position)
                }
                let continued = source.map { self.slot(lineage: slotLineage[slot], name: $0) } ?? slot
                outgoing[position].insert(continued)
                if position == 0 {
                    attribute(node, slot: slot, path: path, change: change, renamedFrom: source)
                }
            }
        }
        passed[node] = outgoing
    }

    private func attribute(_ node: Int, slot: Int, path: String, change: PathChange, renamedFrom source: String?) {
        let kind: FileChange.Kind
        if let source {
            kind = .renamed(from: source)
        } else if change.isAddition || (!change.isDeletion && change.old == nil) {
            kind = .added
        } else if change.isDeletion || change.new == nil {
            kind = .deleted
        } else {
            kind = .modified
        }
        attributions[slotLineage[slot]].append(
            Attribution(commit: node, slot: slot, path: path, kind: kind, blob: change.newFile?.id)
        )
    }

    // MARK: Trees

    private var prefixTrees: [RawOID?]
    private var prefixTreeKnown: [Bool]

    /// The id of the prefix folder in a commit's tree, nil when it has none.
    private func prefixTree(of node: Int) throws -> RawOID? {
        if prefixTreeKnown[node] { return prefixTrees[node] }
        var id: RawOID? = graph.treeIDs[node]
        if !prefix.isEmpty {
            for component in prefix.split(separator: "/") {
                guard let folder = id else { break }
                let tree = try trees.tree(folder)
                guard let entry = git_tree_entry_byname(tree, String(component)),
                      git_tree_entry_filemode(entry) == GIT_FILEMODE_TREE
                else {
                    id = nil
                    break
                }
                id = RawOID(git_tree_entry_id(entry))
            }
        }
        prefixTrees[node] = id
        prefixTreeKnown[node] = true
        return id
    }
}
