/// The version of nap-ingress, written in this one place: `--version` prints it, `.ci/release`
/// names the Debian package and the tarball after it, and VersionTests fails when the man page
/// (`.Os nap-ingress VERSION`) or the newest release heading of CHANGELOG.md says otherwise.
enum ReleaseVersion {
    /// MAJOR.MINOR.PATCH, as Semantic Versioning and Debian's version ordering both read it.
    static let current = "0.9.0"
}
