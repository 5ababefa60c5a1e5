/// Building blocks for rule examples too long to write out by hand: a Statement of
/// Applicability with a row for each Annex A control, a document implementing the controls,
/// and a compact set of documents providing every mandatory document. They are built from
/// the bundled model, so they follow it when it changes.
enum ExampleFixtures {
    static let soaPath = "soa/statement-of-applicability.md"
    static let controlsPath = "procedures/controls.md"
    static let columns = "| Control | Applicable | Status | Justification |"

    private static var model: ClauseModel { .bundled }

    /// The SoA document. Every control is applicable and implemented, except that a row
    /// given in `rows` (by control id) is written exactly as given (so it may carry `↓`), the
    /// controls in `omitting` have no row, and `appending` rows follow the last control.
    static func statementOfApplicability(
        header: String = columns,
        rows: [String: String] = [:],
        omitting: Set<String> = [],
        appending extraRows: [String] = [],
        status: String = "approved",
        frontMatter extraFields: [String] = []
    ) -> String {
        var lines = frontMatter(id: "SOA-1", title: "Statement of Applicability", type: .soa, status: status, fields: ["clauses: [\"6.1.3\"]"] + extraFields)
        lines += ["# Statement of Applicability", "", header, "|---|---|---|---|"]
        for control in model.controls where !omitting.contains(control.id) {
            lines.append(rows[control.id] ?? "| \(control.id) | yes | implemented | Treats risks in RR-1 |")
        }
        lines += extraRows
        return lines.joined(separator: "\n") + "\n"
    }

    /// An approved procedure whose `controls:` lists every Annex A control but those in `except`.
    static func controlsDocument(except: Set<String> = []) -> String {
        let controls = model.controls.map(\.id).filter { !except.contains($0) }
        let lines = frontMatter(id: "PRO-CTL", title: "Control procedures", type: .procedure, status: "approved", fields: ["controls: [\(controls.joined(separator: ", "))]"])
        return (lines + ["# Control procedures", ""]).joined(separator: "\n")
    }

    /// As few documents as cover every mandatory document of the model, each carrying the
    /// clauses of the items its type can provide, all with `status`. Documents in `replacing`
    /// take the place of (or join) the generated ones.
    static func mandatoryDocuments(status: String = "approved", replacing: [String: String] = [:]) -> [String: String] {
        var files: [String: String] = [:]
        for (type, items) in documentSet() {
            let name = name(of: type)
            var clauses: [String] = []
            for item in items where !clauses.contains(item.clause) { clauses.append(item.clause) }
            let list = "clauses: [" + clauses.map { "\"\($0)\"" }.joined(separator: ", ") + "]"
            var body = ["# \(name.title)", ""]
            if type == .soa { body += ["The table of Annex A controls is left out of this example.", ""] }
            files[name.path] = (frontMatter(id: name.id, title: name.title, type: type, status: status, fields: [list]) + body).joined(separator: "\n")
        }
        return files.merging(replacing) { $1 }
    }

    /// Greedy cover: repeatedly the type that can carry the most items still uncovered
    /// (ties go to the type listed first), so the set stays small and always the same.
    private static func documentSet() -> [(DocumentType, [ClauseModel.MandatoryDocument])] {
        var open = model.mandatoryDocuments
        var chosen: [(DocumentType, [ClauseModel.MandatoryDocument])] = []
        while !open.isEmpty {
            var best: (DocumentType, [ClauseModel.MandatoryDocument])?
            for type in DocumentType.allCases {
                let carried = open.filter { $0.usualTypes.contains(type) }
                if carried.count > (best?.1.count ?? 0) { best = (type, carried) }
            }
            guard let found = best else { break }
            chosen.append(found)
            open.removeAll { found.1.contains($0) }
        }
        return chosen
    }

    private static func frontMatter(id: String, title: String, type: DocumentType, status: String, fields: [String]) -> [String] {
        var lines = ["---", "id: \(id)", "title: \(title)", "type: \(type.rawValue)", "status: \(status)"]
        if status == "approved" { lines += ["approver: Management board", "effective: 2026-01-15"] }
        return lines + fields + ["---"]
    }

    private static func name(of type: DocumentType) -> (path: String, id: String, title: String) {
        switch type {
        case .manual: return ("manual/aims-manual.md", "MAN-1", "AIMS manual")
        case .scope: return ("manual/aims-scope.md", "SCO-1", "AIMS scope")
        case .policy: return ("policies/ai-policy.md", "POL-1", "AI policy")
        case .procedure: return ("procedures/procedures.md", "PRO-1", "AIMS procedures")
        case .process: return ("procedures/processes.md", "PRC-1", "AIMS processes")
        case .plan: return ("plans/plans.md", "PLN-1", "AIMS plans")
        case .register: return ("registers/registers.md", "REG-1", "AIMS registers")
        case .record: return ("records/records.md", "REC-1", "AIMS records")
        case .report: return ("reports/reports.md", "RPT-1", "AIMS reports")
        case .assessment: return ("assessments/assessments.md", "ASM-1", "AI assessments")
        case .soa: return (soaPath, "SOA-1", "Statement of Applicability")
        }
    }
}
