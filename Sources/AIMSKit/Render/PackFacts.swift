/// What several pages of the pack show, read from the compilation's resolved model. Pages
/// never decide a fact themselves: a document's state, a control's implementers, a mandatory
/// item's providers and a link's fate come from `compilation.resolved`.
struct PackFacts {
    let compilation: Compilation
    /// Most severe first, then in file order.
    let diagnostics: [Diagnostic]
    let diagnosticsByPath: [String: [Diagnostic]]

    init(compilation: Compilation) {
        self.compilation = compilation
        diagnostics = compilation.diagnostics.sorted { a, b in
            a.severity != b.severity ? a.severity < b.severity : a < b
        }
        diagnosticsByPath = Dictionary(grouping: diagnostics.filter { $0.location != nil }) { $0.location?.path ?? "" }
    }

    var index: AIMSIndex { compilation.index }
    var model: ClauseModel { compilation.model }
    var resolved: ResolvedModel { compilation.resolved }
    var pages: DocumentPages { resolved.pages }
    var evidenceRegister: EvidenceRegister { resolved.evidence }

    /// The SoA document the table was read from, when there is one.
    var soaDocument: Document? {
        compilation.index.soa.flatMap { compilation.index.byPath[$0.documentPath] }
    }
}
