/// Shared pieces of the history rules' examples: people and a minimal approved document.
enum HistoryExamples {
    static let maya = "Maya Okafor <maya@example.org>"
    static let dana = "Dana Whitfield <dana@example.org>"
    static let tom = "Tom Verhoeven <tom@example.org>"

    /// An approved policy whose approver is Dana; `marker` goes before `status:`'s value.
    static func policy(body: String = "Our rules for AI.", approver: String = "Dana Whitfield", marker: String = "") -> String {
        """
        ---
        id: POL-1
        title: AI policy
        type: policy
        status: \(marker)approved
        approver: \(approver)
        effective: 2026-02-01
        next_review: 2027-02-01
        ---
        # AI policy

        \(body)

        """
    }
}
