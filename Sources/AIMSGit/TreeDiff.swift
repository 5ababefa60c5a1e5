import CGit2

/// What git compares to decide whether a path changed: the entry's mode and object id.
struct EntryState: Equatable {
    let mode: git_filemode_t
    let id: RawOID

    init(_ entry: OpaquePointer) {
        mode = git_tree_entry_filemode(entry)
        id = RawOID(git_tree_entry_id(entry))
    }

    /// Regular files, executables and symlinks: the entries that have content of their own.
    var isFile: Bool {
        mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE || mode == GIT_FILEMODE_LINK
    }
}

/// One path whose entry differs between two trees; nil means no entry at all.
struct PathChange {
    var old: EntryState?
    var new: EntryState?

    var oldFile: EntryState? { old.flatMap { $0.isFile ? $0 : nil } }
    var newFile: EntryState? { new.flatMap { $0.isFile ? $0 : nil } }
    /// A file appears where there was none (possibly where a folder was).
    var isAddition: Bool { newFile != nil && oldFile == nil }
    var isDeletion: Bool { oldFile != nil && newFile == nil }
}

/// Compares two trees entry by entry, descending only into folders whose ids differ, so a
/// commit that edits one document reads a handful of trees however large the repository is.
struct TreeDiff {
    let trees: TreeCache
    /// Paths reported even when they are folders on both sides (git's pathspec for a path
    /// matches a folder of that name too, so a tracked name that was once a folder changed
    /// whenever that folder did).
    let trackedNames: Set<String>

    /// Every changed path below `base` between the trees `old` and `new` (nil: no tree).
    func changes(from old: RawOID?, to new: RawOID?, base: String) throws -> [String: PathChange] {
        var changes: [String: PathChange] = [:]
        if old == new { return changes }
        try compare(old.map(trees.tree), new.map(trees.tree), base: base, into: &changes)
        return changes
    }

    private func compare(_ old: OpaquePointer?, _ new: OpaquePointer?, base: String, into changes: inout [String: PathChange]) throws {
        let oldCount = old.map { git_tree_entrycount($0) } ?? 0
        let newCount = new.map { git_tree_entrycount($0) } ?? 0
        var oldIndex = 0
        var newIndex = 0
        // Both trees are sorted in git's order (folders compare as if their name ended in
        // "/"), so one merge-join pass pairs entries; a file and a folder of the same name
        // never pair and come out as a removal and an addition.
        while oldIndex < oldCount || newIndex < newCount {
            let oldEntry = oldIndex < oldCount ? old.flatMap { git_tree_entry_byindex($0, oldIndex) } : nil
            let newEntry = newIndex < newCount ? new.flatMap { git_tree_entry_byindex($0, newIndex) } : nil
            let order: Int32
            switch (oldEntry, newEntry) {
            case let (oldEntry?, newEntry?): order = git_tree_entry_cmp(oldEntry, newEntry)
            case (nil, _): order = 1
            case (_, nil): order = -1
            }
            if order < 0, let oldEntry {
                oldIndex += 1
                try record(oldEntry, base: base, side: .old, into: &changes)
            } else if order > 0, let newEntry {
                newIndex += 1
                try record(newEntry, base: base, side: .new, into: &changes)
            } else if let oldEntry, let newEntry {
                oldIndex += 1
                newIndex += 1
                let oldState = EntryState(oldEntry)
                let newState = EntryState(newEntry)
                if oldState == newState { continue }
                let path = Self.join(base, git_tree_entry_name(newEntry))
                if oldState.mode == GIT_FILEMODE_TREE, newState.mode == GIT_FILEMODE_TREE {
                    if trackedNames.contains(path) { changes[path] = PathChange(old: oldState, new: newState) }
                    try compare(trees.tree(oldState.id), trees.tree(newState.id), base: path, into: &changes)
                } else {
                    changes[path] = PathChange(old: oldState, new: newState)
                }
            } else {
                break
            }
        }
    }

    private enum Side { case old, new }

    /// An entry present on one side only; a folder is reported file by file.
    private func record(_ entry: OpaquePointer, base: String, side: Side, into changes: inout [String: PathChange]) throws {
        let state = EntryState(entry)
        let path = Self.join(base, git_tree_entry_name(entry))
        if state.mode == GIT_FILEMODE_TREE {
            if trackedNames.contains(path) { set(state, at: path, side: side, into: &changes) }
            let tree = try trees.tree(state.id)
            switch side {
            case .old: try compare(tree, nil, base: path, into: &changes)
            case .new: try compare(nil, tree, base: path, into: &changes)
            }
        } else {
            set(state, at: path, side: side, into: &changes)
        }
    }

    private func set(_ state: EntryState, at path: String, side: Side, into changes: inout [String: PathChange]) {
        // A file and a folder of the same name arrive as two events for one path.
        switch side {
        case .old: changes[path, default: PathChange()].old = state
        case .new: changes[path, default: PathChange()].new = state
        }
    }

    static func join(_ base: String, _ name: UnsafePointer<CChar>?) -> String {
        let name = name.map { String(cString: $0) } ?? ""
        return base.isEmpty ? name : base + "/" + name
    }
}
