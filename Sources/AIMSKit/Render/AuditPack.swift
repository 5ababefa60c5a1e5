import Foundation

/// Render stage, whole: templates → pages → a pack written atomically at `destination`.
public enum AuditPack {
    public static func write(_ compilation: Compilation, to destination: URL) throws {
        let templates = try TemplateSet(compilation: compilation)
        let pack = try PackBuilder(compilation: compilation, templates: templates).build()
        try PackWriter.write(pack, to: destination)
    }
}
