import ArgumentParser
import Foundation
import IngressCore

/// Printing for the commands: results on stdout, diagnostics on stderr.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
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

    /// The files `render` writes into `out`; reports issuance notes and stops with exit 1 on errors.
    static func renderedFiles(_ plan: Plan, out: String) throws -> [OutputFile] {
        let (files, findings) = RenderJob.files(for: plan, out: out)
        report(findings)
        guard let files else { throw ExitCode(1) }
        return files
    }
}
