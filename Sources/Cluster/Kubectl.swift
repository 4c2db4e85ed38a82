import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the `kubectl` found on `PATH`, read-only, with the operator's context and
/// kubeconfig; every call has kubectl's `--request-timeout` and a hard deadline after
/// which the process is killed, so a silent API server never hangs discover.
public struct Kubectl: Sendable {
    /// What one call printed and how it ended.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        /// True when the deadline passed and the process was killed.
        public var timedOut: Bool
    }

    /// Why kubectl could not be run at all.
    public enum LaunchError: Error, Equatable, Sendable {
        case notFound
        case failed(String)
    }

    public var context: String?
    public var kubeconfig: String?
    /// The executable; `kubectl` is looked up on `PATH`.
    public var executable: String

    public init(context: String? = nil, kubeconfig: String? = nil, executable: String = "kubectl") {
        self.context = context
        self.kubeconfig = kubeconfig
        self.executable = executable
    }

    /// The flags every call carries: the operator's context and kubeconfig (KUBECONFIG passes through the environment).
    var commonArguments: [String] {
        var arguments: [String] = []
        if let context { arguments += ["--context", context] }
        if let kubeconfig { arguments += ["--kubeconfig", kubeconfig] }
        return arguments
    }

    /// Runs `kubectl ARGUMENTS --request-timeout=T`, killed after `deadline` seconds.
    public func run(_ arguments: [String], requestTimeout: Int, deadline: Double) throws(LaunchError) -> Output {
        try Self.spawn([executable] + commonArguments + arguments + ["--request-timeout=\(requestTimeout)s"], deadline: deadline)
    }

    /// posix_spawnp with both pipes read through poll until the child exits or the deadline passes.
    /// `whilePipesOpen` runs with this call's descriptors between making them and starting its
    /// child: the test seam for a sibling call started in that window (which must not inherit them).
    static func spawn(_ argv: [String], deadline: Double, whilePipesOpen: ([Int32]) -> Void = { _ in }) throws(LaunchError) -> Output {
        // Discover runs several kubectl at once: see ChildProcess.socketPair for why these are sockets.
        guard let outPipe = ChildProcess.socketPair() else { throw .failed("socketpair: \(String(cString: strerror(errno)))") }
        guard let errPipe = ChildProcess.socketPair() else {
            close(outPipe[0]); close(outPipe[1])
            throw .failed("socketpair: \(String(cString: strerror(errno)))")
        }
        whilePipesOpen(outPipe + errPipe)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        for fd in [outPipe[0], outPipe[1], errPipe[0], errPipe[1]] { posix_spawn_file_actions_addclose(&actions, fd) }
        var cArguments: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        var pid: pid_t = 0
        let spawned = ChildProcess.withSpawnAttributes { posix_spawnp(&pid, argv[0], &actions, &$0, &cArguments, environ) }
        close(outPipe[1]); close(errPipe[1])
        guard spawned == 0 else {
            close(outPipe[0]); close(errPipe[0])
            if spawned == ENOENT { throw .notFound }
            throw .failed("\(argv[0]): \(String(cString: strerror(spawned)))")
        }

        var out: [UInt8] = [], err: [UInt8] = []
        var open: [Int32] = [outPipe[0], errPipe[0]]
        let end = Date().addingTimeInterval(deadline)
        var timedOut = false
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            let left = end.timeIntervalSinceNow
            if left <= 0 { timedOut = true; break }
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let ready = poll(&fds, nfds_t(fds.count), Int32(min(left * 1000, 1000)) + 1)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            for entry in fds where entry.revents != 0 {
                let count = read(entry.fd, &buffer, buffer.count)
                if count > 0 {
                    if entry.fd == outPipe[0] { out += buffer[0..<count] } else { err += buffer[0..<count] }
                } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
        if timedOut { kill(pid, SIGKILL) }
        close(outPipe[0]); close(errPipe[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED/WEXITSTATUS are macros Swift does not import.
        let exitStatus: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Output(status: exitStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self), timedOut: timedOut)
    }
}
