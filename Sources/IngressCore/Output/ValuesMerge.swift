/// Applies the owned keys a run changed onto a values.env that someone else changed since the
/// run read it, so that neither side's edit is lost.
enum ValuesMerge {
    /// The fresh file with the keys `updated` changed from `loaded`; refused when the file is
    /// gone, when a key was changed on both sides to different values, or when the result would
    /// not be valid.
    static func merge(_ updated: ValuesFile, loaded: ValuesFile, onto fresh: [UInt8]?, path: String) throws(OutputError) -> [UInt8] {
        guard let fresh else {
            throw OutputError(message: "\(path) was removed since it was read; nothing was written, start again to create it")
        }
        var result = ValuesFile(bytes: fresh)
        let changed = OwnedKey.allCases.filter { updated.value(of: $0.rawValue) != loaded.value(of: $0.rawValue) }
        let conflicts = changed.filter {
            let there = result.value(of: $0.rawValue)
            return there != loaded.value(of: $0.rawValue) && there != updated.value(of: $0.rawValue)
        }
        if !conflicts.isEmpty {
            let names = conflicts.map(\.rawValue).joined(separator: ", ")
            throw OutputError(message: "\(path) was changed by someone else since it was read, and \(names) changed there too; nothing was written, read the file again and redo the change")
        }
        for key in changed {
            guard let value = updated.value(of: key.rawValue) else { continue }
            do { try result.set(key.rawValue, to: value) } catch {
                throw OutputError(message: "\(path) was changed since it was read and \(key.rawValue) cannot be written into it safely: \(error.reason); nothing was written")
            }
        }
        let problems = Validator.validate(Config(file: result)).errors
        if !problems.isEmpty {
            let names = Set(problems.map(\.field)).sorted().joined(separator: ", ")
            throw OutputError(message: "\(path) was changed since it was read, and the answers together with those changes are not valid (\(names)); nothing was written, read the file again")
        }
        return result.serialized()
    }
}
