import IngressCore

/// A key as the wizard understands it (the terminal translates curses codes into these).
public enum Key: Equatable, Sendable {
    case character(Character)
    /// Several characters at once: a paste.
    case text(String)
    case enter, tab, backTab, up, down, left, right, home, end, pageUp, pageDown
    case backspace, delete, escape
    /// F1.
    case help
    /// Ctrl plus a lower-case letter, e.g. `.control("s")`.
    case control(Character)
}

/// Something the wizard reacts to.
public enum Event: Equatable, Sendable {
    case key(Key)
    /// The terminal's size, at the start and after every change: while it is below
    /// `Wizard.minimumSize` the form is hidden and keys other than Ctrl-C are ignored.
    case resized(Size)
    /// An effect finished.
    case finished(EffectOutcome)
    /// The background cluster discovery finished (nil report: it could not read the cluster, and why).
    case discovered(DiscoveryReport?, failure: String?)
    /// The background cluster discovery read the cluster: the wizard judges the reading
    /// against its answers, and again whenever the answers the judgement reads change.
    case clusterRead(ClusterReading)
    /// Time passed while a background job runs (the spinner turns).
    case tick
    /// The shell started the Verify screen's run for these rows; `note` says what it could not set up (e.g. a CA file).
    case verifyStarted(VerifyTargets, note: String?)
    /// One (host, check) slot of the running verify is known (one cell per address).
    case verified(VerifySlot, [VerifyCell])
    /// Every probe of the verify run has answered.
    case verifyFinished
}
