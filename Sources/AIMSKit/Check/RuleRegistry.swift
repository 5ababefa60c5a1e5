/// Every rule aims knows, in id order.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        UnreadableFileRule(),
        MissingFrontMatterRule(),
        InvalidFrontMatterRule(),
        UnknownControlRule(),
        UnknownClauseRule(),
        MissingFieldRule(),
        InvalidFieldRule(),
        DuplicateIDRule(),
        IncompleteApprovalRule(),
        MandatoryDocumentMissingRule(),
        MandatoryDocumentNotApprovedRule(),
        ReviewOverdueRule(),
        BrokenLinkRule(),
        EvidenceNotFoundRule(),
        StatementOfApplicabilityMissingRule(),
        StatementOfApplicabilityIncompleteRule(),
        ExclusionUnjustifiedRule(),
        InclusionUnjustifiedRule(),
        ExcludedControlImplementedRule(),
        ApplicableControlUnimplementedRule(),
        ImplementationStatusRule(),
        UnknownFieldRule(),
        InvalidConfigurationRule(),
        RawHTMLRule(),
        UnsafeLinkRule(),
        ApprovalMissingRule(),
        ApprovalStaleRule(),
        ApprovalNotPermittedRule(),
        SegregationOfDutiesRule(),
        EvidenceReferenceRule(),
        TrailerUnknownControlRule(),
        EvidenceExpiredRule(),
        HistoryIncompleteRule(),
        LinkLeftOutOfPackRule(),
        StatementOfApplicabilityContradictionRule(),
        ApproverUnverifiableRule(),
        UnusualDocumentTypeRule(),
        SupersededByRule(),
        DocumentNotApprovedRule(),
    ]

    public static func rule(_ id: String) -> (any Rule)? {
        all.first { type(of: $0).description.id == id.uppercased() }
    }
}
