import AIMSKit
import Foundation
import Testing

/// The README is the reference users read; it must name every rule and field aims has.
struct ReadmeTests {
    static let readme: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    @Test func listsEveryRule() {
        for rule in RuleRegistry.all {
            let description = type(of: rule).description
            #expect(Self.readme.contains("| \(description.id) | `\(description.name)` | \(description.severity.rawValue) |"), "README lacks \(description.id)")
        }
    }

    @Test func listsEveryFieldAndType() {
        for field in FieldSchema.fields {
            #expect(Self.readme.contains("| `\(field.name)` |"), "README lacks field \(field.name)")
        }
        for type in DocumentType.allCases {
            #expect(Self.readme.contains(type.rawValue))
        }
    }

    @Test func namesTheTwoCommands() {
        #expect(Self.readme.contains("Scripts/bootstrap.sh"))
        #expect(Self.readme.contains("swift test"))
    }
}
