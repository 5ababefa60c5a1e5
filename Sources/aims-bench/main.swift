import AIMSGit
import Foundation

// Measures `Repository.history(from:under:)` on a repository, for Scripts/bench-history.sh.
// usage: aims-bench <repository> [--prefix <folder>] [--revision <rev>] [--repeat <n>] [--dump <file>]
//                   [--no-hash-verification]
// --dump writes one line per file, `path<TAB>followed-a-rename(0|1)<TAB>commit ids newest first`,
// so the script can compare files against `git log`.

struct Options {
    var repository = "."
    var prefix = ""
    var revision = "HEAD"
    var repeats = 3
    var dump: String?
    var verifyHashes = true
}

func parseOptions() -> Options? {
    var options = Options()
    var arguments = CommandLine.arguments.dropFirst()
    var sawRepository = false
    while let argument = arguments.popFirst() {
        switch argument {
        case "--prefix": options.prefix = arguments.popFirst() ?? ""
        case "--revision": options.revision = arguments.popFirst() ?? "HEAD"
        case "--repeat": options.repeats = max(1, Int(arguments.popFirst() ?? "") ?? 1)
        case "--dump": options.dump = arguments.popFirst()
        case "--no-hash-verification": options.verifyHashes = false
        case "-h", "--help": return nil
        default:
            guard !sawRepository else { return nil }
            options.repository = argument
            sawRepository = true
        }
    }
    return options
}

/// Peak resident set size of this process in KiB (VmHWM), or nil off Linux.
func peakResidentKiB() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    }
    return nil
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

guard let options = parseOptions() else {
    print("usage: aims-bench <repository> [--prefix <folder>] [--revision <rev>] [--repeat <n>] [--dump <file>] [--no-hash-verification]")
    exit(2)
}

do {
    try Repository.setObjectHashVerification(options.verifyHashes)
    let clock = ContinuousClock()
    var times: [Double] = []
    var history: History?
    var shown = 0
    for _ in 0..<options.repeats {
        // Each run opens the repository afresh, as a command-line invocation would.
        let start = clock.now
        let repository = try Repository.discover(from: options.repository)
        let head = try repository.commit(for: options.revision)
        let result = try repository.history(from: head, under: options.prefix)
        times.append(seconds(clock.now - start))
        shown = result.changes.values.reduce(0) { $0 + $1.count }
        history = result
    }
    let sorted = times.sorted()
    let median = sorted[sorted.count / 2]
    let renames = history.map { $0.changes.values.joined().filter { if case .renamed = $0.kind { true } else { false } }.count } ?? 0
    print("files:            \(history?.changes.count ?? 0)")
    print("commits listed:   \(history?.commits.count ?? 0)")
    print("changes:          \(shown) (\(renames) renames followed)")
    print("truncated:        \(history?.isTruncated ?? false)")
    print("runs:             \(times.map { String(format: "%.3f", $0) }.joined(separator: " ")) s")
    print(String(format: "history wall time: %.3f s (median of %d), best %.3f s", median, times.count, sorted[0]))
    if let peak = peakResidentKiB() {
        print(String(format: "peak RSS:         %.1f MiB", Double(peak) / 1024))
    }
    if let dump = options.dump, let history {
        var lines: [String] = []
        for path in history.changes.keys.sorted() {
            let changes = history.changes[path] ?? []
            let renamed = changes.contains { if case .renamed = $0.kind { true } else { false } }
            lines.append("\(path)\t\(renamed ? 1 : 0)\t\(changes.map(\.commit.hex).joined(separator: " "))")
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: dump, atomically: true, encoding: .utf8)
    }
} catch {
    FileHandle.standardError.write(Data("aims-bench: \(error)\n".utf8))
    exit(1)
}
