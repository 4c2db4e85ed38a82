#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock (flock) on a folder, held by every nap-ingress run that writes a values.env
/// in that folder or writes that output folder, so that two runs never interleave their read
/// and rename. The folder itself is locked, not a lock file: nothing is left behind (a failed
/// run leaves the folder as it was), a first install has something to lock before values.env
/// exists, and the lock survives the rename that replaces the file. The system releases it when
/// its holder exits, even when killed, so it never goes stale.
public final class FileLock: Sendable {
    let fd: Int32
    /// The locked folder.
    public let path: String
    let device: UInt64
    let inode: UInt64

    private init(fd: Int32, path: String, device: UInt64, inode: UInt64) {
        self.fd = fd
        self.path = path
        self.device = device
        self.inode = inode
    }

    deinit { close(fd) }

    /// How long a run waits for another one before it gives up: 30 seconds, or the number of
    /// seconds in NAP_INGRESS_LOCK_TIMEOUT.
    public static var defaultTimeout: Double {
        guard let raw = getenv("NAP_INGRESS_LOCK_TIMEOUT"), let seconds = Double(String(cString: raw)), seconds >= 0 else { return 30 }
        return seconds
    }

    /// Whether this lock is on `folder` (a run already holding it must not wait for itself).
    public func covers(_ folder: String) -> Bool {
        var info = stat()
        return stat(folder, &info) == 0 && UInt64(info.st_dev) == device && UInt64(info.st_ino) == inode
    }

    /// Takes the lock on `folder` for writing `subject`. Calls `onWait` once when another run
    /// holds it; gives up after `timeout` seconds.
    public static func acquire(folder: String, protecting subject: String,
                               timeout: Double = defaultTimeout, onWait: (String) -> Void = { _ in }) throws(OutputError) -> FileLock {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .system("cannot open the folder \(folder) to lock it", errno) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw .system("cannot lock \(folder)", errno)
        }
        let lock = FileLock(fd: fd, path: folder, device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        let start = now()
        var told = false
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw .system("cannot lock \(folder)", errno) }
            if !told {
                onWait("waiting: another nap-ingress run is writing \(subject) (it holds the lock on the folder \(folder)); giving up after \(format(timeout)) seconds.")
                told = true
            }
            if now() - start >= timeout {
                throw OutputError(message: "another nap-ingress run kept writing \(subject) for more than \(format(timeout)) seconds (it holds the lock on the folder \(folder)); nothing was written, try again when it has finished")
            }
            var pause = timespec(tv_sec: 0, tv_nsec: 20_000_000)
            nanosleep(&pause, nil)
        }
        return lock
    }

    private static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
