/// Writes a compilation's diagnostics in one output format. The diagnostics themselves
/// know nothing of formats; each writer is a separate type, and each gets the rule metadata in the report.
public protocol DiagnosticWriter {
    func write(_ report: DiagnosticReport) -> String
}
