import Foundation
import Testing
@testable import AIMSKit

// MARK: - Small random repositories

/// A small random AIMS (at most 15 documents, at most 30 commits): documents of every usual
/// type and status, random clauses and controls, approvals by people who may and may not
/// approve, later edits, registers updated by their owner and by others, retired documents
/// superseded by live ones, and an SoA table with random rows.
struct ConsistencyRepositoryGenerator {
    static let dana = DocumentControlTests.dana
    static let eve = DocumentControlTests.eve
    /// The document-control tests' roles and editorial pattern, reading the documents under docs/.
    static let configuration = DocumentControlTests.configuration + "documents: [docs]\n"

    struct Spec {
        var path: String
        var id: String
        var type: String
        var status: String
        var owner: String
        var clauses: [String]
        var controls: [String]
        var supersededBy: String?
        var evidence: String?
        var revision = 0
        var soaRows: [String] = []
    }

    private var random: SeededRandom
    private var specs: [Spec] = []
    private var commits = 0
    private let start = Date(timeIntervalSince1970: 1_767_600_000)

    init(seed: UInt64) { random = SeededRandom(seed: seed &* 7919 &+ 17) }

    private mutating func roll(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
    private mutating func pick<T>(_ values: [T]) -> T { values[Int.random(in: 0..<values.count, using: &random)] }
    private mutating func some(_ values: [String], upTo count: Int) -> [String] {
        Array(values.shuffled(using: &random).prefix(Int.random(in: 0...count, using: &random)))
    }

    mutating func generate() throws -> TestRepository {
        let repository = try TestRepository()
        try repository.write("aims.yaml", Self.configuration)
        let model = ClauseModel.bundled
        let clauseIDs = model.clauses.map(\.id)
        let controlIDs = model.controls.map(\.id)
        let count = Int.random(in: 6...15, using: &random)
        let types = ["policy", "procedure", "register", "record", "plan", "policy", "procedure", "register"]
        var hasSoA = false
        for position in 0..<count {
            var type = pick(types)
            if !hasSoA, roll(position == count - 1 ? 100 : 15) { type = "soa"; hasSoA = true } else if type == "soa" { type = "policy" }
            let status = pick(["approved", "approved", "approved", "draft", "in-review", "retired"])
            // Now and then two documents share an id: their pages are named from their paths.
            let id = position > 0 && roll(7) ? specs[position - 1].id : "D-\(position + 1)"
            var spec = Spec(
                path: "docs/\(type)-\(position + 1).md", id: id, type: type, status: status,
                owner: roll(60) ? "Risk Officer" : "Bob Example",
                clauses: some(clauseIDs, upTo: 4), controls: some(controlIDs, upTo: 4),
                evidence: roll(25) ? "evidence/e\(position + 1).txt" : nil
            )
            if type == "soa" {
                var rows: [String] = []
                for control in some(controlIDs, upTo: 14) + (roll(30) ? ["KC-01"] : []) {
                    let applicable = pick(["Yes", "Yes", "No", "yes", ""])
                    let state = applicable.lowercased() == "no" ? "" : pick(["Implemented", "Partial", "Planned", "", "implemented"])
                    let why = pick(["Needed for our AI systems", "", "No such activity", "Required by risk R-\(rows.count)"])
                    rows.append("| \(control) | \(applicable) | \(state) | \(why) |")
                }
                spec.soaRows = rows
                if roll(50) { spec.controls = [] }
            }
            if let evidence = spec.evidence { try repository.write(evidence, "evidence \(position)\n") }
            specs.append(spec)
        }
        // Retired documents point at a live id, or at none.
        let live = specs.filter { $0.status != "retired" }.map(\.id)
        for position in specs.indices where specs[position].status == "retired" && !live.isEmpty && roll(80) {
            specs[position].supersededBy = pick(live)
        }

        // Half the documents arrive in one commit, the others one by one; then random edits.
        let first = specs.count / 2
        for position in 0..<first { try repository.write(specs[position].path, text(specs[position])) }
        try commitRandomly(repository, message: "Add the first documents")
        for position in first..<specs.count {
            try repository.write(specs[position].path, text(specs[position]))
            try commitRandomly(repository, message: "Add \(specs[position].id)")
        }
        while commits < 30, roll(92) {
            let position = Int.random(in: 0..<specs.count, using: &random)
            specs[position].revision += 1
            if roll(15) { specs[position].status = pick(["approved", "draft", "in-review"]) }
            if roll(10) { specs[position].controls = some(controlIDs, upTo: 3) }
            if roll(10) { specs[position].clauses = some(clauseIDs, upTo: 3) }
            try repository.write(specs[position].path, text(specs[position]))
            let isRegister = specs[position].type == "register"
            try commitRandomly(repository, message: roll(15) ? "Editorial correction of a typo" : "Revise \(specs[position].id)",
                               author: isRegister && roll(60) ? .carol : nil)
        }
        return repository
    }

    /// Commits by a random author, with an approval by someone who may approve (Dana), by
    /// someone who may not (Eve), or none; sometimes with a trailer naming a control.
    private mutating func commitRandomly(_ repository: TestRepository, message: String, author: TestRepository.Person? = nil) throws {
        var trailers: [String] = []
        let approval = Int.random(in: 0..<100, using: &random)
        if approval < 45 {
            trailers.append("Approved-by: Dana Whitfield <dana@example.org>")
        } else if approval < 60 {
            trailers.append("Approved-by: Eve Outsider <eve@elsewhere.example>")
        }
        if roll(15) { trailers.append("AIMS-Control: \(pick(ClauseModel.bundled.controls.map(\.id)))") }
        let who = author ?? pick([.alice, .bob, .carol, Self.dana])
        let date = ISO8601DateFormatter().string(from: start.addingTimeInterval(Double(commits) * 86_400 + 3_600))
        try repository.commit(message + (trailers.isEmpty ? "" : "\n\n" + trailers.joined(separator: "\n")), author: who, date: date)
        commits += 1
    }

    private func text(_ spec: Spec) -> String {
        var lines = [
            "---", "id: \(spec.id)", "title: Document \(spec.path)", "type: \(spec.type)", "status: \(spec.status)",
            "owner: \(spec.owner)", "approver: Chief Executive Officer", "effective: 2026-02-01", "next_review: 2027-02-01",
        ]
        if !spec.clauses.isEmpty { lines.append("clauses: [\(spec.clauses.map { "\"\($0)\"" }.joined(separator: ", "))]") }
        if !spec.controls.isEmpty { lines.append("controls: [\(spec.controls.joined(separator: ", "))]") }
        if let successor = spec.supersededBy { lines.append("superseded_by: \(successor)") }
        if let evidence = spec.evidence { lines += ["evidence:", "  - path: \(evidence)"] }
        lines += ["---", "# \(spec.id)", "", "Revision \(spec.revision) of \(spec.path)."]
        if !spec.soaRows.isEmpty {
            lines += ["", "| Control | Applicable | Status | Justification |", "|---|---|---|---|"] + spec.soaRows
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
