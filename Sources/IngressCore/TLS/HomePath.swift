import Foundation

/// A PEM path as an operator types it: a leading `~/` is their home folder, as in a shell
/// (values.env keeps the path as typed; only reading the file expands it).
public enum HomePath {
    /// `path` with a leading `~/` (or a lone `~`) replaced by `home`; any other path, or no
    /// usable home, unchanged (`~user/` is not expanded: the file is then not found under that name).
    public static func expand(_ path: String, home: String?) -> String {
        guard let home, home.hasPrefix("/") else { return path }
        let base = home.count > 1 && home.hasSuffix("/") ? String(home.dropLast()) : home
        if path == "~" { return base }
        guard path.hasPrefix("~/") else { return path }
        return (base == "/" ? "" : base) + "/" + path.dropFirst(2)
    }

    /// `path` expanded from this process's `HOME`.
    public static func expand(_ path: String) -> String {
        expand(path, home: getenv("HOME").map { String(cString: $0) })
    }
}
