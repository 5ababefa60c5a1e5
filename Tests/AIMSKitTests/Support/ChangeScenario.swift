import Foundation
import Testing

/// A small AIMS on `main` and a pull-request branch `change` that renames and edits the AI
/// policy without raising its version, retires the use policy the AI policy links to, and
/// makes an excluded control applicable under the old justification. `main` already has a
/// finding the branch keeps (an unknown control in the AI policy), so a comparison must tell
/// old findings from new ones across the rename.
enum ChangeScenario {
    static let approval = "\n\nApproved-by: Dana Whitfield <dana@example.org>"

    static func policy(id: String, title: String, version: String, status: String = "approved", controls: String, body: String) -> String {
        """
        ---
        id: \(id)
        title: \(title)
        type: policy
        status: \(status)
        version: "\(version)"
        owner: Alice Example
        approver: Dana Whitfield
        effective: 2026-02-01
        next_review: 2027-02-01
        controls: \(controls)
        ---
        # \(title)

        \(body)

        """
    }

    static func statementOfApplicability(a23: String) -> String {
        """
        ---
        id: SOA-1
        title: Statement of Applicability
        type: soa
        status: draft
        clauses: ["6.1.3"]
        ---
        # Statement of Applicability

        | Control | Applicable | Status | Justification |
        |---|---|---|---|
        | A.2.2 | yes | implemented | Our AI policy |
        | A.2.3 | \(a23) | | We keep no other policies that touch AI |

        """
    }

    /// The repository with `main` and `change` checked out.
    static func make() throws -> TestRepository {
        let repository = try TestRepository()
        try repository.write("aims.yaml", "organization: Example Ltd\ndocuments: [policies, soa]\n")
        try repository.write("policies/ai-policy.md", policy(
            id: "POL-1", title: "AI policy", version: "1.0", controls: "[A.2.2, A.11.1]",
            body: "We use AI with care. The [use policy](use.md) has the details."))
        try repository.write("policies/use.md", policy(id: "POL-2", title: "Use policy", version: "1.0", controls: "[A.2.2]", body: "How we use AI."))
        try repository.write("soa/soa.md", statementOfApplicability(a23: "no"))
        // Unchanged by the branch: parsed once for base and head.
        try repository.write("policies/data.md", policy(id: "POL-3", title: "Data policy", version: "2.0", controls: "[A.7.2, A.13.1]",
                                                         body: "Data for AI is [governed](ai-policy.md)."))
        try repository.commit("AIMS" + approval, author: .alice, date: "2026-02-01T10:00:00Z")
        repository.git("checkout", "--quiet", "-b", "change")
        try repository.move("policies/ai-policy.md", to: "policies/artificial-intelligence-policy.md")
        try repository.write("policies/artificial-intelligence-policy.md", policy(
            id: "POL-1", title: "AI policy", version: "1.0", controls: "[A.2.2, A.11.1]",
            body: "We use AI with great care. The [use policy](use.md) has the details."))
        try repository.write("policies/use.md", policy(id: "POL-2", title: "Use policy", version: "1.0", status: "retired", controls: "[A.2.2]", body: "How we use AI."))
        try repository.write("soa/soa.md", statementOfApplicability(a23: "yes"))
        try repository.commit("Rename the AI policy, retire the use policy, apply A.2.3", author: .alice, date: "2026-03-01T10:00:00Z")
        return repository
    }
}
