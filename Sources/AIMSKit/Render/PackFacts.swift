/// What several pages of the pack show, worked out once from the compilation.
struct PackFacts {
    let compilation: Compilation
    let pages: DocumentPages
    /// Most severe first, then in file order.
    let diagnostics: [Diagnostic]
    let diagnosticsByPath: [String: [Diagnostic]]
    let checklist: [ChecklistItem]
    /// The SoA row of each control id (the first, when a control has several).
    let soaEntries: [String: StatementOfApplicability.Entry]
    let evidenceRegister: EvidenceRegister

    /// One item of mandatory documented information and the documents that provide it.
    struct ChecklistItem {
        enum State: String {
            case approved, notApproved = "not-approved", missing
        }

        var requirement: ClauseModel.MandatoryDocument
        /// Live documents listing the clause, of a type that can carry the item.
        var providers: [Document]

        var state: State {
            if providers.isEmpty { return .missing }
            return providers.contains { $0.fields.status == .approved } ? .approved : .notApproved
        }
    }

    init(compilation: Compilation) {
        self.compilation = compilation
        pages = DocumentPages(index: compilation.index)
        diagnostics = compilation.diagnostics.sorted { a, b in
            a.severity != b.severity ? a.severity < b.severity : a < b
        }
        diagnosticsByPath = Dictionary(grouping: diagnostics.filter { $0.location != nil }) { $0.location?.path ?? "" }
        let live = compilation.index.liveDocuments
        checklist = compilation.model.mandatoryDocuments.map { requirement in
            let accepted = Set(requirement.acceptedTypes)
            let providers = live.filter { document in
                guard let type = document.fields.type, accepted.contains(type) else { return false }
                return document.fields.clauses.contains { $0.value == requirement.clause }
            }
            return ChecklistItem(requirement: requirement, providers: providers)
        }
        var entries: [String: StatementOfApplicability.Entry] = [:]
        for entry in compilation.index.soa?.entries ?? [] where entries[entry.controlID] == nil {
            entries[entry.controlID] = entry
        }
        soaEntries = entries
        evidenceRegister = EvidenceRegister(compilation: compilation)
    }

    var index: AIMSIndex { compilation.index }
    var model: ClauseModel { compilation.model }

    /// The SoA document the table was read from, when there is one.
    var soaDocument: Document? {
        compilation.index.soa.flatMap { compilation.index.byPath[$0.documentPath] }
    }
}
