import Cluster
import Foundation
import IngressCore

/// verify's probe executable, `nap-ingress-probe`, as a child process: the request goes down its
/// stdin (held open: closing it tells the probe to stop), one message per finished slot comes up
/// its stdout (both are Unix socket pairs, read and written like pipes). The network libraries live only in that executable, so the wizard's start never
/// loads them.
final class ProbeProcess: @unchecked Sendable {
    /// The executable's name, in `/usr/lib/nap-ingress/` (the .deb), `lib/nap-ingress/` of the tarball's
    /// prefix, or next to `nap-ingress` (a `swift build` folder).
    static let executableName = "nap-ingress-probe"

    /// Where the probe is looked for, in order: `$NAP_INGRESS_PROBE` when set (labs, tests), else
    /// `<prefix>/lib/nap-ingress/nap-ingress-probe` for `<prefix>/bin/nap-ingress`, then the folder of `nap-ingress`.
    static func candidates() -> [String] {
        if let override = getenv("NAP_INGRESS_PROBE").map({ String(cString: $0) }), !override.isEmpty { return [override] }
        let executable = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        let folder = executable.deletingLastPathComponent()
        return [folder.deletingLastPathComponent().appendingPathComponent("lib/nap-ingress/\(executableName)").path,
                folder.appendingPathComponent(executableName).path]
    }

    /// The probe to run, or why there is none (naming every file looked for).
    static func locate() -> Result<String, ProbeRunError> {
        let paths = candidates()
        if let found = paths.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) { return .success(found) }
        return .failure(.missing(paths))
    }

    let pid: pid_t
    let executable: String
    private let input: Int32
    private let output: Int32
    private let errors: Int32
    private let lock = NSLock()
    private var reaped = false

    private init(pid: pid_t, executable: String, input: Int32, output: Int32, errors: Int32) {
        self.pid = pid
        self.executable = executable
        self.input = input
        self.output = output
        self.errors = errors
    }

    /// Spawns the probe and sends it the request.
    static func start(_ executable: String, request: ProbeRequest) throws(ProbeRunError) -> ProbeProcess {
        // No other child (kubectl, a second probe) may hold these ends, or the probe would never
        // see its stdin close and the parent never see its output end (see ChildProcess.socketPair).
        var made: [[Int32]] = []
        for _ in 0..<3 {
            guard let pair = ChildProcess.socketPair() else {
                let why = String(cString: strerror(errno))
                for fd in made.joined() { close(fd) }
                throw .cannotStart(executable, why)
            }
            made.append(pair)
        }
        let (toChild, fromChild, errChild) = (made[0], made[1], made[2])
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errChild[1], 2)
        var arguments: [UnsafeMutablePointer<CChar>?] = [strdup(executable), nil]
        defer { for pointer in arguments { free(pointer) } }
        var pid: pid_t = 0
        // The probe dies of SIGTERM/SIGINT/SIGPIPE by default, and keeps what the operator ignores (ChildProcess).
        let spawned = ChildProcess.withSpawnAttributes { posix_spawn(&pid, executable, &actions, &$0, &arguments, environ) }
        close(toChild[0]); close(fromChild[1]); close(errChild[1])
        guard spawned == 0 else {
            close(toChild[1]); close(fromChild[0]); close(errChild[0])
            throw .cannotStart(executable, String(cString: strerror(spawned)))
        }
        let process = ProbeProcess(pid: pid, executable: executable, input: toChild[1], output: fromChild[0], errors: errChild[0])
        // The probe may already be gone (a broken install): a failed write shows up as its end, below.
        var line = [UInt8](request.encoded())
        line.append(UInt8(ascii: "\n"))
        var offset = 0
        while offset < line.count {
            // send with MSG_NOSIGNAL: a probe that is already gone must not kill verify with SIGPIPE.
            let count = line[offset...].withUnsafeBytes { send(process.input, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count > 0 { offset += count } else if count < 0 && errno == EINTR { continue } else { break }
        }
        return process
    }

    /// How the probe ended.
    enum End: Equatable {
        /// It sent its last line.
        case finished
        /// It said why it could not run.
        case refused(String)
        /// It ended without its last line: crashed, killed, or stopped talking sense.
        case died(String)
    }

    /// Reads the probe's lines until it ends, handing each slot to `deliver` as it comes; reaps it.
    func collect(_ deliver: (VerifySlot, [VerifyCell]) -> Void) -> (end: End, stderr: String) {
        var pending: [UInt8] = [], errText: [UInt8] = []
        var open = [output, errors]
        var end: End?
        var buffer = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if poll(&fds, nfds_t(fds.count), -1) < 0 {
                if errno == EINTR { continue }
                break
            }
            for entry in fds where entry.revents != 0 {
                let count = read(entry.fd, &buffer, buffer.count)
                if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                guard count > 0 else {
                    open.removeAll { $0 == entry.fd }
                    continue
                }
                if entry.fd == errors {
                    // Only the tail serves an error message; a chatty crash must not grow without bound.
                    errText += buffer[0..<count]
                    if errText.count > 8192 { errText.removeFirst(errText.count - 8192) }
                    continue
                }
                pending += buffer[0..<count]
                while let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = pending[..<newline]
                    defer { pending.removeSubrange(...newline) }
                    guard end == nil else { continue }
                    guard let message = ProbeMessage.decode(line) else {
                        end = .died("sent a line that is not a probe message")
                        continue
                    }
                    if let slot = message.slot, let cells = message.cells { deliver(slot, cells) }
                    if let error = message.error { end = .refused(error) }
                    if message.finished == true { end = .finished }
                }
            }
        }
        close(output)
        close(errors)
        close(input)
        let status = reap()
        let stderr = String(decoding: errText, as: UTF8.self)
        if let end { return (end, stderr) }
        return (.died(Self.describe(status)), stderr)
    }

    /// SIGTERM, unless the probe was already reaped (its pid could belong to another process by then).
    func terminate() {
        lock.withLock {
            if !reaped { kill(pid, SIGTERM) }
        }
    }

    private func reap() -> Int32 {
        // Wait without reaping first: the pid stays the probe's until `reaped` is set under the
        // lock, so a concurrent terminate() can never signal a process that reused it.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR {}
        var status: Int32 = 0
        lock.withLock {
            reaped = true
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        return status
    }

    /// "exited with status 3", "was killed by signal 9 (Killed)": WIFEXITED and friends are macros Swift does not import.
    static func describe(_ status: Int32) -> String {
        let signal = status & 0x7f
        if signal == 0 { return "exited with status \((status >> 8) & 0xff)" }
        return "was killed by signal \(signal) (\(String(cString: strsignal(signal))))"
    }
}

/// Why verify could not run its probe at all.
enum ProbeRunError: Error, Equatable {
    /// No probe executable in any of these places.
    case missing([String])
    /// The probe exists but could not be started.
    case cannotStart(String, String)

    var message: String {
        switch self {
        case .missing(let paths):
            "verify's probe executable \(ProbeProcess.executableName) is missing: looked for "
                + paths.joined(separator: " and ")
                + ".\n  hint: reinstall nap-ingress (the package installs it in /usr/lib/nap-ingress/), or build it with `swift build`."
        case .cannotStart(let path, let why):
            "cannot start verify's probe \(path): \(why)."
        }
    }
}
