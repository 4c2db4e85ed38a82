/// The words for `RetiredObjects`, shared by NEXT-STEPS.md, `render`'s output and the wizard,
/// so all three name the same objects with the same commands.
public enum RetiredObjectsText {
    /// The NEXT-STEPS.md heading (and the wizard's title for the same list).
    public static let title = "Remove what the previous render created"

    /// Why the objects must be deleted by hand, and when: an old object for a host a new one
    /// serves conflicts with it at once, while an old controller's objects serve until DNS moves.
    public static let when = "Delete them once this render is applied. An old object for the same host name as a new one makes the controller"
        + " choose between them or refuse both (Contour marks every HTTPProxy sharing a root fqdn invalid): delete those right after applying."
        + " Objects of a controller you switched away from keep serving through it until DNS points at the new entry: delete them after that."

    /// The NEXT-STEPS.md section body (its heading is the caller's, numbered or not).
    public static func markdown(_ retired: RetiredObjects) -> String {
        var out = ""
        if !retired.objects.isEmpty {
            out += "The previous render in this folder created these objects and this one no longer does; `kubectl apply -k` does not delete them:\n\n"
            out += "| Kind | Namespace | Name | Was in |\n|---|---|---|---|\n"
            for object in retired.objects {
                let kind = object.group.isEmpty ? object.kind : "\(object.kind) (\(object.group))"
                out += "| \(kind) | \(object.namespace ?? "(cluster-wide)") | `\(object.name)` | `\(object.file)` |\n"
            }
            out += "\n" + when + "\n\n"
            out += "```sh\n" + retired.deleteByName.map { $0 + "\n" }.joined() + "```\n\n"
            if !retired.deleteByLabel.isEmpty {
                out += "Or by label (every object of these kinds that nap-ingress rendered in that namespace; this render has none of them):\n\n"
                out += "```sh\n" + retired.deleteByLabel.map { $0 + "\n" }.joined() + "```\n\n"
            }
        }
        for (file, reason) in retired.unreadable {
            out += "`\(file)` from the previous render cannot be read (\(reason)): objects it created that this render no longer does are not listed here.\n\n"
        }
        out += "Only the render that stops creating an object names it: the next render compares with this one. "
            + "Later, `nap-ingress discover` still lists a leftover object of a kind the configured controller serves (such as an old `nap-browsers` HTTPProxy under Contour) as a conflict, with the command to remove it.\n\n"
        return out
    }

    /// Plain lines for a terminal: the objects, then the commands (empty when nothing is retired).
    public static func lines(_ retired: RetiredObjects) -> [String] {
        guard !retired.objects.isEmpty else { return [] }
        var out = ["Still in the cluster from the previous render (kubectl apply -k does not delete them); delete them once this render is applied:"]
        out += retired.objects.map { "  \($0.displayName)  (was in \($0.file))" }
        out += retired.deleteByName.map { "  \($0)" }
        return out
    }
}
