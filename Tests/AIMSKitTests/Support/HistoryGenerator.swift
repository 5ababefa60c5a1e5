import Foundation
import Testing

/// How a generated history dates its commits.
enum DateStyle: String, Sendable, CustomStringConvertible {
    /// Every commit a little later than the one before: git's output is sorted by date.
    case increasing
    /// Some commits in the same second as the previous one, some dated before their parent:
    /// git's queue order shows through.
    case tiesAndSkew

    var description: String { rawValue }
}

/// A deterministic pseudo-random generator (SplitMix64), so generated repositories are the
/// same on every run.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Builds a random history on a `TestRepository`: edits, additions and deletions over a fixed
/// pool of about 40 paths in a few folders, topic branches merged back (some with conflicts
/// resolved by hand, some with extra changes in the merge), merges of main into a topic,
/// and octopus merges. File contents are random, so no two versions share a blob and no
/// rename is ever detected: git log is the oracle for every file.
struct HistoryGenerator {
    let repo: TestRepository
    let dates: DateStyle
    private var random: SeededRandom
    private var time: Int64 = 1_767_348_000
    private var made = 0
    private var branches = 0
    let paths: [String] = (0..<12).map { "docs/policy-\($0).md" }
        + (0..<10).map { "docs/procedures/p\($0).md" }
        + (0..<8).map { "records/r\($0).md" }
        + (0..<6).map { "top\($0).md" }
        + (0..<4).map { "docs/annex/a\($0).md" }

    init(repo: TestRepository, dates: DateStyle, seed: UInt64) {
        self.repo = repo
        self.dates = dates
        random = SeededRandom(seed: seed)
    }

    mutating func generate(commits target: Int) throws {
        for path in paths.prefix(24) { try repo.write(path, content()) }
        try commit("Initial documents")
        while made < target {
            let roll = Int.random(in: 0..<100, using: &random)
            if roll < 55 {
                try edit(on: paths)
            } else if roll < 92 {
                try topicBranch()
            } else {
                try octopus()
            }
        }
    }

    // MARK: Shapes of history

    private mutating func topicBranch() throws {
        branches += 1
        let branch = "topic-\(branches)"
        let back = Int.random(in: 0...2, using: &random)
        let start = repo.run(["rev-parse", "--verify", "-q", "HEAD~\(back)"]).succeeded ? "HEAD~\(back)" : "HEAD"
        repo.git("checkout", "-q", "-b", branch, start)
        for _ in 0..<Int.random(in: 1...5, using: &random) { try edit(on: paths) }
        repo.git("checkout", "-q", "main")
        for _ in 0..<Int.random(in: 0...4, using: &random) { try edit(on: paths) }
        if Int.random(in: 0..<5, using: &random) == 0 {
            // Bring main into the topic first, then continue there.
            repo.git("checkout", "-q", branch)
            try mergeResolving("main")
            try edit(on: paths)
            repo.git("checkout", "-q", "main")
        }
        try mergeResolving(branch)
    }

    private mutating func octopus() throws {
        let first = Array(paths.prefix(paths.count / 2))
        let second = Array(paths.suffix(from: paths.count / 2))
        var names: [String] = []
        for half in [first, second] {
            branches += 1
            let branch = "octopus-\(branches)"
            names.append(branch)
            repo.git("checkout", "-q", "-b", branch, "main")
            for _ in 0..<Int.random(in: 1...3, using: &random) { try edit(on: half) }
            repo.git("checkout", "-q", "main")
        }
        try repo.merge(names[0], names[1], date: nextDate().author)
        made += 1
    }

    /// Merges `branch` into the current branch; conflicts get a new text, one side's text,
    /// or a deletion; a clean merge sometimes carries an extra edit (an "evil" merge).
    private mutating func mergeResolving(_ branch: String) throws {
        let clean = try repo.beginMerge(branch)
        if !clean {
            for path in try repo.conflictedPaths() {
                switch Int.random(in: 0..<4, using: &random) {
                case 0:
                    if repo.exists(path) { try repo.remove(path) }
                case 1:
                    let theirs = repo.run(["show", ":3:" + path])
                    if theirs.succeeded { try repo.write(path, theirs.output) } else { try repo.write(path, content()) }
                default:
                    try repo.write(path, content())
                }
            }
        } else if Int.random(in: 0..<6, using: &random) == 0, let path = existing(in: paths).randomElement(using: &random) {
            try repo.write(path, content())
        }
        try commit("Merge \(branch)")
    }

    /// One commit: edits to one to three files, and sometimes either an addition or a
    /// deletion (never both, so nothing looks like a rename).
    private mutating func edit(on pool: [String]) throws {
        let present = existing(in: pool)
        let absent = pool.filter { !present.contains($0) }
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            if let path = present.randomElement(using: &random) { try repo.write(path, content()) }
        }
        let roll = Int.random(in: 0..<10, using: &random)
        if roll < 2, let path = absent.randomElement(using: &random) {
            try repo.write(path, content())
        } else if roll == 2, present.count > 4, let path = present.randomElement(using: &random) {
            try repo.remove(path)
        }
        try commit("Edit")
    }

    private func existing(in pool: [String]) -> [String] {
        pool.filter { repo.exists($0) }
    }

    // MARK: Commits and dates

    private mutating func commit(_ message: String) throws {
        let date = nextDate()
        let authors: [TestRepository.Person] = [.alice, .bob, .carol]
        let author = authors[Int.random(in: 0..<authors.count, using: &random)]
        try repo.commit("\(message) \(made)", author: author, date: date.author, committerDate: date.committer)
        made += 1
    }

    /// git's internal date format, `<seconds> <offset>`: exact and clock-free.
    private mutating func nextDate() -> (author: String, committer: String) {
        var committer: Int64
        switch dates {
        case .increasing:
            time += Int64.random(in: 1...600, using: &random)
            committer = time
        case .tiesAndSkew:
            let roll = Int.random(in: 0..<100, using: &random)
            if roll < 25 {
                committer = time
            } else if roll < 33 {
                committer = time - Int64.random(in: 1...3_000, using: &random)
            } else {
                time += Int64.random(in: 1...300, using: &random)
                committer = time
            }
        }
        return ("\(time) +0000", "\(committer) +0000")
    }

    private mutating func content() -> String {
        (0..<Int.random(in: 3...8, using: &random)).map { _ in
            (0..<6).map { _ in String(UInt32.random(in: 0...UInt32.max, using: &random), radix: 16) }.joined(separator: " ")
        }.joined(separator: "\n") + "\n"
    }
}
