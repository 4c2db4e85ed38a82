import Foundation

/// A tmux server of its own (private socket, no user config) running one command in a pane
/// of fixed size; tests type into it and poll what it shows.
struct Tmux {
    static var available: Bool { path != nil }
    static let path: String? = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first { FileManager.default.isExecutableFile(atPath: $0) }

    let socket = "nap-ingress-e2e-\(UUID().uuidString.prefix(8))"
    let directory: URL

    struct Timeout: Error, CustomStringConvertible {
        var what: String
        var screen: String
        var description: String { "timed out waiting for \(what); the pane shows:\n\(screen)" }
    }

    /// Starts `arguments` (the nap-ingress binary and its arguments) in `directory`; when it
    /// exits, the pane prints its status (`EXIT=n`) and `stty -a` so tests can check the terminal.
    /// `locale` nil runs the wizard with no LANG/LC_* at all (the C locale), as over a bare ssh.
    /// `environment` is set for the wizard; KUBECONFIG defaults to a file that does not exist,
    /// so the wizard's background discovery never reaches a cluster the test did not start.
    /// `wrapper` runs in front of it all (e.g. `unshare -rn`: a network namespace of the test's own).
    init(width: Int, height: Int, in directory: URL, arguments: [String] = [], locale: String? = "C.UTF-8",
         environment: [String: String] = [:], wrapper: [String] = []) throws {
        self.directory = directory
        let binary = NapIngressBinary.url.path
        // env takes its -u options before any NAME=VALUE.
        let locale = locale.map { ["LANG=\($0)"] } ?? ["-u", "LANG", "-u", "LC_ALL", "-u", "LC_CTYPE"]
        let unset = locale.filter { !$0.contains("=") }, set = locale.filter { $0.contains("=") }
        var environment = environment
        if environment["KUBECONFIG"] == nil { environment["KUBECONFIG"] = directory.appendingPathComponent("no-kubeconfig").path }
        let extra = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let command = (["exec"] + wrapper + ["env", "-u", "NO_COLOR"] + unset + ["TERM=xterm-256color"] + set + extra + [binary] + arguments)
            .map(Self.quote).joined(separator: " ")
        // The wizard runs in a child shell so the pane survives it and shows how it left.
        let script = "cd \(Self.quote(directory.path)) && (\(command)); echo \"EXIT=$?\"; stty -a; exec sleep 600"
        try run(["-f", "/dev/null", "-u", "new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)", "sh", "-c", script],
                detached: true)
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs a tmux client command through posix_spawn and waitpid (Foundation's Process can miss
    /// the exit of the client that starts the server). `detached` for that client: its output
    /// goes to /dev/null, never to a pipe the server would hold open.
    @discardableResult
    func run(_ arguments: [String], detached: Bool = false) throws -> String {
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        env["TMUX"] = nil
        env["LANG"] = "C.UTF-8"
        let argv = ([Self.path ?? "/usr/bin/tmux", "-L", socket] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var fds: [Int32] = [-1, -1]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        if detached {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        } else {
            guard pipe(&fds) == 0 else { throw SpawnError(message: "pipe failed") }
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_addclose(&actions, fds[0])
            posix_spawn_file_actions_addclose(&actions, fds[1])
        }
        // The test runner may block or ignore signals; the terminal under test must see them all.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, Self.path ?? "/usr/bin/tmux", &actions, &attributes, argv, envp)
        if fds[1] >= 0 { close(fds[1]) }
        guard spawned == 0 else {
            if fds[0] >= 0 { close(fds[0]) }
            throw SpawnError(message: "cannot start tmux: \(spawned)")
        }
        var output: [UInt8] = []
        if fds[0] >= 0 {
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let n = read(fds[0], &buffer, buffer.count)
                if n > 0 { output += buffer[0..<n] } else if n < 0 && errno == EINTR { continue } else { break }
            }
            close(fds[0])
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return String(decoding: output, as: UTF8.self)
    }

    struct SpawnError: Error {
        var message: String
    }

    /// What the pane shows now (wrapped lines joined).
    func screen() -> String { (try? run(["capture-pane", "-p", "-J", "-t", "e2e"])) ?? "" }

    /// Types text literally (one send per call).
    func type(_ text: String) throws { try run(["send-keys", "-t", "e2e", "-l", text]) }

    /// Presses keys by tmux name: Enter, Tab, BTab, Escape, C-c, C-s, Down, Up, BSpace.
    func press(_ keys: String...) throws { try run(["send-keys", "-t", "e2e"] + keys) }

    /// A first install's start screen, Enter, and the main domain step.
    func goToMainDomain() throws {
        try waitFor("What do you want to do?")
        try press("Enter")
        try waitFor("▸ Main domain")
    }

    /// Sends raw bytes, e.g. an escape sequence the pane's terminfo entry does not know.
    func send(bytes: [UInt8]) throws {
        try run(["send-keys", "-t", "e2e", "-H"] + bytes.map { String($0, radix: 16) })
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the pane until `condition` holds (deadline, never a fixed wait); returns that screen.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 15, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if condition(last) { return last }
            usleep(10_000)
        }
        throw Timeout(what: what, screen: last)
    }

    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 15) throws -> String {
        try waitFor("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// The wizard's exit status, once the pane printed it.
    func exitStatus() throws -> Int {
        let screen = try waitFor("EXIT=") { $0.contains("EXIT=") && $0.contains("speed") }
        let line = screen.split(separator: "\n").first { $0.hasPrefix("EXIT=") } ?? ""
        return Int(line.dropFirst(5)) ?? -1
    }

    /// Whether `stty -a` in the pane shows a sane line discipline (icanon and echo on).
    func terminalIsSane() throws -> Bool {
        let tokens = Set(try waitFor("stty output") { $0.contains("speed") && $0.contains("icanon") }
            .split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
        return tokens.contains("icanon") && tokens.contains("echo") && !tokens.contains("-icanon") && !tokens.contains("-echo")
    }

    /// The process id of the wizard (the pane shell's child).
    func wizardPID() throws -> Int32? {
        let pane = try run(["display-message", "-p", "-t", "e2e", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let shell = Int32(pane) else { return nil }
        // The pane runs `sh -c` whose subshell runs the wizard: walk down the first children.
        var pid = shell
        for _ in 0..<3 {
            guard let children = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8),
                  let child = children.split(separator: " ").first.flatMap({ Int32($0) }) else { break }
            pid = child
            if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(pid)/exe"), exe.hasSuffix("nap-ingress") {
                return pid
            }
        }
        return nil
    }

    func kill() { _ = try? run(["kill-server"]) }
}
