/// The Kubernetes objects the last render created in an output folder, read from the manifest
/// files nap-ingress recorded as its own, before anything in the folder is replaced.
///
/// A file that cannot be read or parsed never stops a render: it is named instead, since the
/// objects it held can then not be compared.
public struct PreviousRender: Equatable, Sendable {
    /// Every object of the recorded manifest files.
    public var objects: [RenderedObject]
    /// Manifest files of the last render that could not be read, each with the reason.
    public var unreadable: [(file: String, reason: String)]

    public init(objects: [RenderedObject] = [], unreadable: [(file: String, reason: String)] = []) {
        self.objects = objects
        self.unreadable = unreadable
    }

    /// No earlier render (or an empty one).
    public static let none = PreviousRender()

    public static func == (a: PreviousRender, b: PreviousRender) -> Bool {
        a.objects == b.objects && a.unreadable.map(\.file) == b.unreadable.map(\.file) && a.unreadable.map(\.reason) == b.unreadable.map(\.reason)
    }

    /// Reads the manifests recorded in `folder`'s `.nap-ingress-files`. When an earlier run was
    /// interrupted after its point of no return (its journal is there), that run's render is what
    /// the next one finishes: its staged temporary files are read in place of the files they
    /// replace, and the objects it retired (kept in the journal) count as the previous render's
    /// too, so the next run names what that run would have named.
    public static func read(in folder: String) -> PreviousRender {
        var previous = PreviousRender()
        var owned: [String]
        var staged: [String: String] = [:]
        do {
            owned = try OutputWriter.record(in: folder)
            if let journal = try OutputJournal.read(in: folder) {
                owned = journal.record
                for rename in journal.renames { staged[rename.target] = rename.temporary }
                // What the interrupted run found retired: the files it came from may be gone.
                previous.objects += journal.retired
            }
        } catch {
            previous.unreadable.append((OutputWriter.recordName, error.message))
            return previous
        }
        for name in owned where isManifest(name) {
            var bytes: [UInt8]?
            do {
                // A staged file that is gone was already renamed into place.
                if let temporary = staged[name] { bytes = try FileBytes.read(folder + "/" + temporary, followLinks: false) }
                if bytes == nil { bytes = try FileBytes.read(folder + "/" + name, followLinks: false) }
            } catch {
                previous.unreadable.append((name, error.message))
                continue
            }
            // Recorded but gone (removed by hand): nothing to compare, and nothing to say.
            guard let bytes else { continue }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                previous.unreadable.append((name, "it is not UTF-8 text"))
                continue
            }
            do {
                previous.objects += try RenderedObject.objects(inManifest: text, file: name)
            } catch {
                previous.unreadable.append((name, error.reason))
            }
        }
        return previous
    }

    /// The files of the folder that hold Kubernetes objects (the kustomization only lists them).
    static func isManifest(_ name: String) -> Bool {
        (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && name != "kustomization.yaml"
    }
}
