#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How nap-ingress starts a child (kubectl for discover, verify's probe): one set of rules, so
/// every child gets the same descriptors and signals whoever starts it.
public enum ChildProcess {
    /// A connected pair of close-on-exec sockets, made atomically (Glibc's Swift module has no
    /// pipe2): no other child started meanwhile inherits them, or it would hold this child's
    /// input or output open. Nil when the system refuses (errno says why).
    public static func socketPair() -> [Int32]? {
        var pair: [Int32] = [-1, -1]
        let kind = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        return socketpair(AF_UNIX, kind, 0, &pair) == 0 ? pair : nil
    }

    /// Runs `body` with spawn attributes that give the child an empty signal mask (the wizard and
    /// `swift test` block signals) and the default action for the signals that end it, except a
    /// signal the operator chose to ignore (`nohup`'s SIGHUP, a background job's SIGINT), which
    /// stays ignored as it would for any program. SIGPIPE is always reset: ignoring it is this
    /// process's own choice, not the operator's.
    public static func withSpawnAttributes<T>(_ body: (inout posix_spawnattr_t) -> T) -> T {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] where !isIgnored(signal) { sigaddset(&defaults, signal) }
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return body(&attributes)
    }

    /// Whether this process ignores `signo` (SIG_IGN, the handler value 1: the macro does not reach Swift).
    public static func isIgnored(_ signo: Int32) -> Bool {
        var current = sigaction()
        guard sigaction(signo, nil, &current) == 0 else { return false }
        return unsafeBitCast(current.__sigaction_handler.sa_handler, to: Int.self) == 1
    }
}
