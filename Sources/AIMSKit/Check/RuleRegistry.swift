/// Every rule aims knows, in id order.
public enum RuleRegistry {
    public static let all: [any Rule] = [
        UnreadableFileRule(),
        MissingFrontMatterRule(),
        InvalidFrontMatterRule(),
        UnknownControlRule(),
    ]

    public static func rule(_ id: String) -> (any Rule)? {
        all.first { type(of: $0).description.id == id.uppercased() }
    }
}
