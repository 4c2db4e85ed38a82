import Foundation

extension Tmux {
    /// The prompt of `init(shellIn:)`'s shell.
    static let prompt = "lab$ "

    /// An interactive bash (no rc files, prompt `lab$ `) in `directory`, with `nap-ingress` on its
    /// PATH: the test types command lines and reads what a person would see, prompt included.
    init(shellIn directory: URL, width: Int, height: Int) throws {
        self.directory = directory
        let bin = NapIngressBinary.url.deletingLastPathComponent().path
        let command = ["env", "-u", "NO_COLOR", "TERM=xterm-256color", "LANG=C.UTF-8", "PS1=\(Self.prompt)",
                       "PATH=\(bin):/usr/bin:/bin:/usr/sbin:/sbin", "KUBECONFIG=\(directory.appendingPathComponent("no-kubeconfig").path)",
                       "bash", "--norc", "--noprofile", "-i"].map(Self.quote).joined(separator: " ")
        try run(["-f", "/dev/null", "-u", "new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)",
                 "sh", "-c", "cd \(Self.quote(directory.path)) && exec \(command)"], detached: true)
    }

    /// Types `line` and Enter.
    func enter(_ line: String) throws {
        try type(line)
        try press("Enter")
    }
}
