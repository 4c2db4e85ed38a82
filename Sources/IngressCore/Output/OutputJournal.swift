import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The output folder's update as a transaction: before the first file is replaced, the list of
/// renames and removals is written to `.nap-ingress-journal`; a run killed after that point is
/// finished by the next run, and one killed before it is rolled back (its temporary files removed).
struct OutputJournal {
    static let name = ".nap-ingress-journal"
    private static let header = "nap-ingress journal 1"

    /// Temporary file name (in the folder) and the file it replaces, in order.
    var renames: [(temporary: String, target: String)] = []
    /// Files of an earlier render that the plan no longer produces.
    var removals: [String] = []
    /// The owned-file record once the update is done.
    var record: [String] = []
    /// The objects of the previous render that this update's files no longer create. Once the
    /// update has begun, the files that held them may be gone; the next run reads them here so
    /// that it still names them, as the interrupted run's NEXT-STEPS.md did.
    var retired: [RenderedObject] = []

    var text: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // One compact JSON object per line (JSON escapes any line break inside a value).
        let objects = retired.compactMap { (try? encoder.encode($0)).map { "object " + String(decoding: $0, as: UTF8.self) } }
        return ([Self.header] + renames.map { "rename \($0.temporary) \($0.target)" } + removals.map { "remove \($0)" }
                + record.map { "record \($0)" } + objects + ["end"]).joined(separator: "\n") + "\n"
    }

    /// The journal in `folder`, nil when there is none; a journal cut short (no `end`) was
    /// never renamed into place, so it is not trusted.
    static func read(in folder: String) throws(OutputError) -> OutputJournal? {
        guard let bytes = try FileBytes.read(folder + "/" + name, followLinks: false) else { return nil }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.first == header, lines.last == "end" else {
            throw OutputError(message: "\(folder)/\(name) is not a journal nap-ingress wrote; move it away")
        }
        var journal = OutputJournal()
        for line in lines.dropFirst().dropLast() {
            if line.hasPrefix("object ") {
                guard let object = try? JSONDecoder().decode(RenderedObject.self, from: Data(line.dropFirst(7).utf8)) else {
                    throw OutputError(message: "\(folder)/\(name) is not a journal nap-ingress wrote; move it away")
                }
                journal.retired.append(object)
                continue
            }
            let parts = line.split(separator: " ", maxSplits: 2).map(String.init)
            guard parts.allSatisfy(OutputWriter.isPlainName) else { throw OutputError(message: "\(folder)/\(name) names a path outside the folder; move it away") }
            switch (parts.first, parts.count) {
            case ("rename", 3): journal.renames.append((parts[1], parts[2]))
            case ("remove", 2): journal.removals.append(parts[1])
            case ("record", 2): journal.record.append(parts[1])
            default: throw OutputError(message: "\(folder)/\(name) is not a journal nap-ingress wrote; move it away")
            }
        }
        return journal
    }

    /// Carries out what is left of the journal: renames whose temporary file still exists,
    /// removals of files that still exist, then the record; the journal goes last.
    func finish(in folder: String) throws(OutputError) {
        for rename in renames where access(folder + "/" + rename.temporary, F_OK) == 0 {
            guard Glibc.rename(folder + "/" + rename.temporary, folder + "/" + rename.target) == 0 else {
                throw .system("cannot finish the interrupted update of \(folder): \(rename.target)", errno)
            }
        }
        for name in removals {
            let path = folder + "/" + name
            var info = stat()
            if lstat(path, &info) == 0, unlink(path) != 0 {
                throw .system("cannot finish the interrupted update of \(folder): removing \(name)", errno)
            }
        }
        try OutputWriter.writeRecord(record, in: folder)
        OutputWriter.syncFolder(folder)
        unlink(folder + "/" + Self.name)
        OutputWriter.syncFolder(folder)
    }
}
