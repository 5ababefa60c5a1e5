/// Paths inside the repository are plain strings relative to its root, with `/`
/// separators. These helpers keep every path the compiler follows inside it.
public enum RepositoryPath {
    /// Resolves `relative` against `folder` and normalizes `.` and `..`. Returns nil when the
    /// result would leave the repository, or when `relative` is absolute.
    public static func resolve(_ relative: String, from folder: String) -> String? {
        guard !relative.hasPrefix("/"), !relative.contains("\\"), !relative.contains("\0") else { return nil }
        var parts = folder.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }

    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    public static func join(_ folder: String, _ name: String) -> String {
        folder.isEmpty ? name : folder + "/" + name
    }

    /// `path` as seen from `folder`, when it lies below it.
    public static func relative(_ path: String, to folder: String) -> String {
        guard !folder.isEmpty else { return path }
        return path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
    }
}
