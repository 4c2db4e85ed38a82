import ArgumentParser
import Foundation
import IngressCore
import Synchronization

/// Printing for the commands: results on stdout, diagnostics on stderr.
///
/// Written with `write(2)`, never `FileHandle.write`, which traps (SIGILL) when the stream
/// cannot be written (a full disk, a closed terminal): a lost line is remembered instead, and
/// `exitIfOutputWasLost` turns it into exit status 1.
enum Console {
    /// Set once a write to stdout or stderr failed.
    private static let lost = Atomic<Bool>(false)

    /// Set once the lost standard output was reported on stderr.
    private static let reportedLostOutput = Atomic<Bool>(false)

    static func out(_ text: String) {
        if !write(Array(text.utf8), to: STDOUT_FILENO), !reportedLostOutput.exchange(true, ordering: .relaxed) {
            // Say so (once) where we still can; the exit status says it in any case.
            _ = write(Array("nap-ingress: cannot write to standard output: \(String(cString: strerror(errno)))\n".utf8), to: STDERR_FILENO)
        }
    }

    static func err(_ text: String) {
        _ = write(Array((text.hasSuffix("\n") ? text : text + "\n").utf8), to: STDERR_FILENO)
    }

    /// Whether every byte reached its descriptor; a failure is remembered for the exit status.
    private static func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if n > 0 { offset += n; continue }
            if n < 0, errno == EINTR { continue }
            lost.store(true, ordering: .relaxed)
            return false
        }
        return true
    }

    /// Ends with exit status 1 when some output could not be written: a run whose results or
    /// findings were lost must not look like a success.
    static func exitIfOutputWasLost() {
        if lost.load(ordering: .relaxed) { exit(1) }
    }

    /// Every finding, errors first.
    static func report(_ diagnostics: [Diagnostic]) {
        for d in diagnostics.sorted(by: { $0.severity < $1.severity }) { err(d.description) }
    }

    /// Takes the writers' lock of values.env (saying so on stderr while another run holds it),
    /// stopping with exit 1 when the path cannot be a values.env or the wait times out.
    static func lockValues(_ path: String) throws -> FileLock {
        do {
            return try ValuesStore.lock(path, onWait: { err($0) })
        } catch {
            err("error: \(error.message)\n  \(path) was not changed.")
            throw ExitCode(1)
        }
    }

    /// Loads values.env, stopping with exit 1 when it is required and missing or unreadable.
    static func workspace(_ path: String, mustExist: Bool) throws -> Workspace {
        let workspace: Workspace
        do {
            workspace = try Workspace.load(path)
        } catch {
            err("error: \(error.message)")
            throw ExitCode(1)
        }
        if mustExist && !workspace.exists {
            err("error: \(path) does not exist.\n  hint: create it with `nap-ingress configure` (or the wizard), or pass --values PATH.")
            throw ExitCode(1)
        }
        return workspace
    }

    /// The plan for the file's answers; reports findings and stops with exit 1 on errors.
    /// With `certificates`, the certificate and key files of `TLS_SOURCE=files` are checked too.
    static func plan(_ workspace: Workspace, certificates: Bool = false) throws -> Plan {
        let fileFindings = workspace.fileDiagnostics
        let (plan, findings) = Plan.make(workspace.config)
        let tlsFindings = certificates ? plan.map { RenderJob.certificateFindings($0) } ?? [] : []
        report(fileFindings + findings + tlsFindings)
        guard let plan, !fileFindings.hasErrors, !tlsFindings.hasErrors else { throw ExitCode(1) }
        return plan
    }

    /// The files `render` writes into `out` and what the previous render there created that
    /// they no longer do; reports issuance notes and stops with exit 1 on errors.
    static func renderedFiles(_ plan: Plan, out: String) throws -> (files: [OutputFile], retired: RetiredObjects) {
        let (files, findings, retired) = RenderJob.files(for: plan, out: out)
        report(findings)
        guard let files else { throw ExitCode(1) }
        return (files, retired)
    }
}

/// `write(2)`, named apart from `Console.write`.
private func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(fd, buffer, count)
    #else
    Darwin.write(fd, buffer, count)
    #endif
}
