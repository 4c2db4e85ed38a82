import Foundation

/// What `render` reads from disk (certificate files, self-signed material already in the
/// output folder) and the files it then writes; the CLI and the wizard both go through here.
public enum RenderJob {
    /// Findings about the certificate and key files of `TLS_SOURCE=files` (errors block rendering).
    public static func certificateFindings(_ plan: Plan, now: Date = Date()) -> [Diagnostic] {
        TLSCheck.findings(for: plan, files: TLSFileReader.pairs(for: plan), now: now)
    }

    /// The certificate-file findings for answers not yet written (what `configure` checks
    /// before storing them); none when the answers do not make a plan.
    public static func certificateFindings(for config: Config, now: Date = Date()) -> [Diagnostic] {
        Plan.make(config).0.map { certificateFindings($0, now: now) } ?? []
    }

    /// The files for `out`, with the PEM files read and self-signed material kept from `out`
    /// or issued; nil when a finding blocks rendering. The findings include issuance notes.
    public static func files(for plan: Plan, out: String, now: Date = Date()) -> (files: [OutputFile]?, findings: [Diagnostic]) {
        let (material, notes) = TLSMaterial.prepare(plan, files: TLSFileReader.pairs(for: plan),
                                                    previous: TLSFileReader.previousSelfSigned(for: plan, in: out), now: now)
        if notes.hasErrors { return (nil, notes) }
        return (RenderBundle.files(for: plan, tls: material), notes)
    }

    /// Everything `render` does before writing, in one step for the wizard's review: the
    /// certificate files checked (their errors block), then the files for `out`.
    public static func checkedFiles(for plan: Plan, out: String, now: Date = Date()) -> (files: [OutputFile]?, findings: [Diagnostic]) {
        let certificates = certificateFindings(plan, now: now)
        if certificates.hasErrors { return (nil, certificates) }
        let (files, notes) = files(for: plan, out: out, now: now)
        return (files, certificates + notes)
    }
}
