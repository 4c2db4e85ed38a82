#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock (flock) on a lock file, held by every nap-ingress run that writes one
/// values.env or one output folder, so that two runs never interleave their read and rename.
/// The lock file itself is never removed (removing it would let two runs lock two files); the
/// system releases the lock when its holder exits, even when killed, so it never goes stale.
public final class FileLock: Sendable {
    let fd: Int32
    /// The lock file.
    public let path: String

    private init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
    }

    deinit { close(fd) }

    /// How long a run waits for another one before it gives up: 30 seconds, or the number of
    /// seconds in NAP_INGRESS_LOCK_TIMEOUT.
    public static var defaultTimeout: Double {
        guard let raw = getenv("NAP_INGRESS_LOCK_TIMEOUT"), let seconds = Double(String(cString: raw)), seconds >= 0 else { return 30 }
        return seconds
    }

    /// Takes the lock at `path`, creating the file (mode 0644, given `owner`) when needed.
    /// Calls `onWait` once when another run holds it; gives up after `timeout` seconds.
    public static func acquire(_ path: String, protecting subject: String, owner: FileOwner? = nil,
                               timeout: Double = defaultTimeout, onWait: (String) -> Void = { _ in }) throws(OutputError) -> FileLock {
        let fd = open(path, O_RDONLY | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .system("cannot open the lock file \(path)", errno) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            close(fd)
            throw OutputError(message: "the lock file \(path) is not a regular file; move it away")
        }
        // A lock file root created beside a user's values.env stays usable by that user.
        if let owner, info.st_uid != owner.uid || info.st_gid != owner.gid, geteuid() == 0 { _ = fchown(fd, owner.uid, owner.gid) }
        let lock = FileLock(fd: fd, path: path)
        let start = now()
        var told = false
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else { throw .system("cannot lock \(path)", errno) }
            if !told {
                onWait("waiting: another nap-ingress run is writing \(subject) (lock file \(path)); giving up after \(format(timeout)) seconds.")
                told = true
            }
            if now() - start >= timeout {
                throw OutputError(message: "another nap-ingress run kept writing \(subject) for more than \(format(timeout)) seconds (lock file \(path)); nothing was written, try again when it has finished")
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
