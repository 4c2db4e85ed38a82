#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading and writing `values.env` on disk: atomic replace through symbolic links,
/// `values.env.bak` backup, owner, group and mode kept; a failed write leaves every file as it was.
public enum ValuesStore {
    /// The file's bytes, or nil when it does not exist (only a regular file, or a link to one, is read).
    public static func read(_ path: String) throws(OutputError) -> [UInt8]? {
        try FileBytes.read(ValuesLocation.resolve(path).target)
    }

    /// The backup written next to the file: the previous contents, replaced on every write.
    public static func backupPath(for path: String) -> String { path + ".bak" }

    /// Takes the writers' lock of the values.env at `path` (see `FileLock`: the folder of the
    /// file, the link's target when it is a link), then removes temporary files a killed run
    /// left beside it and its backup.
    public static func lock(_ path: String, timeout: Double = FileLock.defaultTimeout, onWait: (String) -> Void = { _ in }) throws(OutputError) -> FileLock {
        let location = try ValuesLocation.resolve(path)
        try PendingWrite.checkTarget(location.target)
        let lock = try FileLock.acquire(folder: location.lockFolder, protecting: path, timeout: timeout, onWait: onWait)
        // The backup (beside the link when values.env is one) is written only under this lock
        // too: every run writing this file takes it, whichever link it was given.
        PendingWrite.removeLeftovers(of: location.target)
        PendingWrite.removeLeftovers(of: location.backup)
        return lock
    }

    /// Writes the new file and its backup to temporary files beside them, touching neither;
    /// the caller holds `lock`, which the result keeps until it is committed or discarded.
    static func stage(_ contents: [UInt8], at location: ValuesLocation, previous: [UInt8]?, lock: FileLock) throws(OutputError) -> StagedValues {
        let attributes = location.attributes()
        let mode = attributes?.mode ?? 0o600
        let owner = attributes?.owner
        // The backup being replaced, kept so that a failure can put it back (and refused when it
        // is not a regular file, before anything is written).
        var oldBackup: (bytes: [UInt8], mode: UInt32, owner: FileOwner)?
        if previous != nil {
            var info = stat()
            if stat(location.backup, &info) == 0, let bytes = try FileBytes.read(location.backup) {
                oldBackup = (bytes, UInt32(info.st_mode) & 0o7777, FileOwner(uid: info.st_uid, gid: info.st_gid))
            }
        }
        var staged: [PendingWrite] = []
        do {
            let main = try PendingWrite.prepare(location.target, contents: contents, mode: mode, owner: owner)
            staged.append(main)
            guard let previous else { return StagedValues(main: main, backup: nil, restore: nil, lock: lock) }
            let backup = try PendingWrite.prepare(location.backup, contents: previous, mode: mode, owner: owner)
            staged.append(backup)
            let restore = try oldBackup.map { old throws(OutputError) in
                try PendingWrite.prepare(location.backup, contents: old.bytes, mode: old.mode, owner: old.owner)
            }
            return StagedValues(main: main, backup: backup, restore: restore, lock: lock)
        } catch {
            staged.forEach { $0.discard() }
            throw error
        }
    }
}

/// values.env and its backup, written to temporary files and not yet in place; holds the
/// writers' lock until it is committed or discarded.
public struct StagedValues: Sendable {
    let main: PendingWrite
    let backup: PendingWrite?
    /// The backup as it was, staged again, so that a failure after the backup was replaced
    /// can put it back.
    let restore: PendingWrite?
    let lock: FileLock
    /// The writers' lock this staging holds (the output folder's write must not wait for it).
    public var heldLock: FileLock { lock }
    /// The file had changed on disk since it was read and the answers were merged into it.
    public var merged = false

    init(main: PendingWrite, backup: PendingWrite?, restore: PendingWrite?, lock: FileLock) {
        self.main = main
        self.backup = backup
        self.restore = restore
        self.lock = lock
    }

    /// Puts the backup, then the file, in place (each a rename); when the file cannot be put in
    /// place, the backup is put back as it was.
    public func commit() throws(OutputError) {
        defer { withExtendedLifetime(lock) {} }
        if let backup {
            do {
                try backup.commit()
            } catch {
                main.discard()
                restore?.discard()
                throw error
            }
        }
        do {
            try main.commit()
        } catch {
            guard let backup else { throw error }
            if let restore {
                do { try restore.commit() } catch { throw OutputError(message: "\(error.message); \(backup.target) now holds the previous values.env") }
            } else {
                unlink(backup.target)
            }
            throw OutputError(message: "\(error.message); \(backup.target) was put back as it was")
        }
        restore?.discard()
    }

    /// Removes the temporary files; values.env and its backup stay as they were.
    public func discard() {
        main.discard()
        backup?.discard()
        restore?.discard()
        withExtendedLifetime(lock) {}
    }
}
