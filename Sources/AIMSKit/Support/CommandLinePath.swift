import Foundation

/// A path given on the command line, read as the shell left it. Foundation expands a leading
/// `~` in `URL(fileURLWithPath:)` from the password database; a `~` that reaches aims was
/// quoted or not expanded by the shell, so it names a folder called `~` here, as it would
/// for `mkdir` or `git`.
public enum CommandLinePath {
    public static func url(_ argument: String, currentDirectory: String = FileManager.default.currentDirectoryPath) -> URL {
        let absolute = argument.hasPrefix("/") ? argument : currentDirectory + "/" + argument
        return URL(fileURLWithPath: absolute).standardizedFileURL
    }
}
