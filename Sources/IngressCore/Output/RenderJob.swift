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
    /// or issued; nil when a finding blocks rendering. The findings include issuance notes and
    /// manifests of the previous render that cannot be read. `retired`: what the previous render
    /// in `out` created that these files no longer do, read before anything there is replaced.
    public static func files(for plan: Plan, out: String, now: Date = Date()) -> (files: [OutputFile]?, findings: [Diagnostic], retired: RetiredObjects) {
        let (material, notes) = TLSMaterial.prepare(plan, files: TLSFileReader.pairs(for: plan),
                                                    previous: TLSFileReader.previousSelfSigned(for: plan, in: out), now: now)
        if notes.hasErrors { return (nil, notes, .none) }
        let (files, retired) = RenderBundle.render(plan, tls: material, previous: PreviousRender.read(in: out))
        return (files, notes + retired.findings(folder: out), retired)
    }

    /// Everything `render` does before writing, in one step for the wizard's review: the
    /// certificate files checked (their errors block), then the files for `out`.
    public static func checkedFiles(for plan: Plan, out: String, now: Date = Date()) -> (files: [OutputFile]?, findings: [Diagnostic], retired: RetiredObjects) {
        let certificates = certificateFindings(plan, now: now)
        if certificates.hasErrors { return (nil, certificates, .none) }
        let (files, notes, retired) = files(for: plan, out: out, now: now)
        return (files, certificates + notes, retired)
    }
}
