/// Puts each file's changes in the order `git log` prints them.
///
/// git's default walk pops commits from a queue ordered by committer date, newest first, and
/// among equal dates first in, first out; a commit's parents enter the queue when it is
/// popped. The walk follows only the simplified parents of the path, so the order depends on
/// the path. When every edge of that simplified graph goes back in time (or stays at the
/// same second) the walk comes out sorted by date, and if the file's commits have distinct
/// dates, sorting them is exact. Otherwise (clock skew on an edge the file's history uses,
/// or two of its commits in the same second) the queue is replayed for that file alone.
struct HistoryOrder {
    private let walk: HistoryWalk
    // Scratch space for the replay, reused from file to file: a generation number marks
    // what belongs to the current file, so nothing needs clearing.
    private var seen: [Int]
    private var shownGeneration: [Int]
    private var shownIndex: [Int]
    private var generation = 0
    private var queue = DateQueue()

    init(walk: HistoryWalk) {
        self.walk = walk
        seen = Array(repeating: -1, count: walk.graph.count)
        shownGeneration = seen
        shownIndex = Array(repeating: 0, count: walk.graph.count)
    }

    /// One entry per commit, newest first. `replayAlways` forces the exact replay (tests use
    /// it to check the shortcut).
    mutating func changes(of lineage: Int, replayAlways: Bool = false) -> [HistoryWalk.Attribution] {
        var byCommit: [Int: HistoryWalk.Attribution] = [:]
        for attribution in walk.attributions[lineage] {
            // A commit that changed the file under two of its names is reported once, under
            // the name the walk adopted first.
            if let existing = byCommit[attribution.commit], existing.slot <= attribution.slot { continue }
            byCommit[attribution.commit] = attribution
        }
        let dates = walk.graph.dates
        let sorted = byCommit.values.sorted {
            dates[$0.commit] != dates[$1.commit] ? dates[$0.commit] > dates[$1.commit] : $0.commit < $1.commit
        }
        let distinctDates = zip(sorted, sorted.dropFirst()).allSatisfy { dates[$0.commit] != dates[$1.commit] }
        if distinctDates, !replayAlways, !usesSkewedEdge(lineage) { return sorted }
        let replayed = replay(lineage, shown: byCommit)
        guard replayed.count < sorted.count else { return replayed }
        // Unreachable in a consistent walk; never drop a change because of it.
        let listed = Set(replayed.map(\.commit))
        return replayed + sorted.filter { !listed.contains($0.commit) }
    }

    private func usesSkewedEdge(_ lineage: Int) -> Bool {
        let slots = walk.lineageSlots[lineage]
        return walk.graph.skewedEdges.contains { edge in
            let handed = walk.passed[edge.child]
            return edge.parent < handed.count && handed[edge.parent].intersects(slots)
        }
    }

    private mutating func replay(_ lineage: Int, shown: [Int: HistoryWalk.Attribution]) -> [HistoryWalk.Attribution] {
        generation += 1
        let attributions = Array(shown.values)
        for (index, attribution) in attributions.enumerated() {
            shownGeneration[attribution.commit] = generation
            shownIndex[attribution.commit] = index
        }
        let slots = walk.lineageSlots[lineage]
        let passed = walk.passed
        let parents = walk.graph.parents
        let dates = walk.graph.dates
        queue.removeAll()
        var result: [HistoryWalk.Attribution] = []
        result.reserveCapacity(attributions.count)
        seen[0] = generation
        queue.push(node: 0, date: dates[0])
        while result.count < attributions.count, let node = queue.pop() {
            if shownGeneration[node] == generation { result.append(attributions[shownIndex[node]]) }
            let handed = passed[node]
            for (position, parent) in parents[node].enumerated()
            where position < handed.count && seen[parent] != generation && handed[position].intersects(slots) {
                seen[parent] = generation
                queue.push(node: parent, date: dates[parent])
            }
        }
        return result
    }
}

/// A binary heap giving the newest date first and, among equal dates, the earliest pushed.
struct DateQueue {
    private struct Item {
        let date: Int64
        let sequence: Int
        let node: Int

        func precedes(_ other: Item) -> Bool {
            date != other.date ? date > other.date : sequence < other.sequence
        }
    }

    private var items: [Item] = []
    private var pushed = 0

    mutating func removeAll() {
        items.removeAll(keepingCapacity: true)
        pushed = 0
    }

    mutating func push(node: Int, date: Int64) {
        items.append(Item(date: date, sequence: pushed, node: node))
        pushed += 1
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child].precedes(items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Int? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1
                let right = left + 1
                var best = parent
                if left < items.count, items[left].precedes(items[best]) { best = left }
                if right < items.count, items[right].precedes(items[best]) { best = right }
                if best == parent { break }
                items.swapAt(parent, best)
                parent = best
            }
        }
        return top.node
    }
}
