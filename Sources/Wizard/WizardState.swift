import IngressCore

/// A line under the form: what just happened, or why Next was refused.
public struct StatusMessage: Equatable, Sendable {
    public var text: String
    public var role: Role
}

/// What the review screen shows and what Enter there would write.
public struct Review: Sendable {
    /// The unified diff of values.env ("" when nothing changes).
    public var diff: String
    /// values.env with the answers in, nil when errors block writing.
    public var updated: ValuesFile?
    /// Every finding about the answers (errors first).
    public var diagnostics: [Diagnostic]
    /// The output folder's files and findings, once the shell has rendered them.
    public var output: PreparedOutput?

    /// Every finding, the certificate files' included, errors first.
    public var allDiagnostics: [Diagnostic] {
        (diagnostics + (output?.findings ?? [])).bySeverity
    }

    /// What Enter writes; nil while errors (or an unrendered output folder) block it.
    var writable: (values: ValuesFile, files: [OutputFile])? {
        guard let updated, let files = output?.files else { return nil }
        return (updated, files)
    }
    /// Where the review is scrolled to (the view clamps it to the review's length).
    public var scroll = ReviewScroll.top(0)
}

/// The findings and the plan for the current answers, worked out once per change.
public struct Analysis: Sendable {
    public var diagnostics: [Diagnostic]
    /// The plan for the answers; when other steps have errors, a plan with their defaults (see `partial`).
    public var plan: Plan?
    /// True when `plan` stands in defaults for answers with errors.
    public var partial: Bool
    /// The keys whose defaults `plan` uses instead of the answers (empty unless `partial`).
    public var standIns: [OwnedKey] = []
}

/// What covers the form or holds the keys back; the states exclude one another.
public enum Overlay: Equatable, Sendable {
    case none
    /// The step's help (`?`/F1); any key closes it.
    case help
    /// Narrow screens: the preview over the whole body (Ctrl-P); any key closes it.
    case preview
    /// Asking whether to discard answers; the status quitting would exit with.
    case quitConfirmation(status: Int32)
    /// The export file the operator was asked about replacing (Enter again confirms).
    case replaceConfirmation(path: String)
    /// values.env and the output folder are being written; keys wait.
    case writing
    /// The Verify screen (see WizardState+Verify): Esc leaves it and cancels the run.
    case verifying
    /// NEXT-STEPS.md, whole, from its row `scroll` (see NextStepsView); Esc goes back.
    case nextSteps(scroll: Int)
}

/// The whole state of the wizard.
public struct WizardState: Sendable {
    public let workspace: Workspace
    public let outFolder: String
    /// The answers values.env held when the wizard started (what unsafe-value checks compare to).
    let loaded: Config
    /// The answers as loaded (what "changed" compares against; replaced once written).
    public internal(set) var original: Config
    public internal(set) var config: Config
    public internal(set) var step: Step = .start
    public internal(set) var history: [Step] = []
    /// The focused input of each step left, restored when going back to it.
    var lastFocus: [Step: Int] = [:]
    public internal(set) var focus = 0
    public internal(set) var fields: [FieldID: TextField] = [:]
    public internal(set) var startAction: StartAction
    public internal(set) var exportFormat: DNSSheetFormat = .markdown
    /// What is over the form, or what the wizard waits for: one thing at a time.
    public internal(set) var overlay: Overlay = .none
    public internal(set) var message: StatusMessage?
    public internal(set) var review: Review?
    public internal(set) var report: WriteReport?
    public internal(set) var exportOnly = false
    /// The DNS sheets exported on the done screen (full paths), for the summary printed on exit.
    public internal(set) var exported: [String] = []
    public private(set) var analysis: Analysis
    /// What the shell found reading the PEM files of `TLS_SOURCE=files` (cleared on every change).
    public internal(set) var certificateFindings: [Diagnostic] = []
    /// The terminal's size as last reported (nil until the shell says; then the form counts as shown).
    public internal(set) var terminalSize: Size?
    /// Ingress classes set aside when the controller changed, by controller: a class means
    /// something else to another controller, and comes back when its controller is chosen again.
    var classesSetAside: [String: String] = [:]
    let fileDiagnostics: [Diagnostic]
    /// The plan of the answers values.env held at the start (nil when they had errors): after a
    /// domain change, the records it published are listed for removal.
    let loadedPlan: Plan?
    /// The background cluster discovery (see WizardState+Discovery).
    public internal(set) var discovery: DiscoveryStatus = .off
    /// What discovery (or Ctrl-N) put in each field, with where it was seen: the field shows it
    /// as a proposal until the operator types over it (see `proposal(for:)`).
    var proposals: [OwnedKey: DiscoveryCandidate] = [:]
    /// The cluster as read, judged again when the answers it is judged against change.
    var reading: (cluster: ClusterReading, judgedWith: [OwnedKey: String])?
    /// The Verify screen's run, while it is open.
    public internal(set) var verify: VerifyRun?

    public init(workspace: Workspace, outFolder: String) {
        self.workspace = workspace
        self.outFolder = outFolder
        let config = workspace.config
        self.config = config
        loaded = config
        original = config
        fileDiagnostics = workspace.fileDiagnostics
        // Planned once and handed to `analyze`, so the start does not plan the same answers twice.
        let made = Plan.make(config)
        loadedPlan = made.0
        canExportOnly = workspace.exists && config.mode == .external && !fileDiagnostics.hasErrors
            && made.0?.domain != nil
        startAction = workspace.exists && config.mode == .nodeport ? .nodeport : .external
        analysis = Analysis(diagnostics: [], plan: nil, partial: false)
        fields[.exportPath] = TextField(DNSSheetFormat.markdown.fileName)
        analyze(made)
    }

    /// Whether the form is on screen (false while the window is too small to draw it).
    var formShown: Bool { terminalSize.map(Wizard.fits) ?? true }

    public var showHelp: Bool { overlay == .help }
    public var showPreview: Bool { overlay == .preview }
    public var writing: Bool { overlay == .writing }
    /// Whether the NEXT-STEPS.md viewer is open (it stays usable in a window too small for the form).
    var readingNextSteps: Bool { if case .nextSteps = overlay { true } else { false } }
    /// Whether NEXT-STEPS.md can be read here: on the review once the output folder is rendered, and on Done after writing.
    public var canViewNextSteps: Bool { [.review, .done].contains(step) && NextStepsView.document(self) != nil }
    /// The status quitting would exit with, while asking whether to discard answers.
    public var confirmQuit: Int32? { if case .quitConfirmation(let status) = overlay { status } else { nil } }
    /// The export file the operator was asked about replacing.
    public var confirmReplace: String? { if case .replaceConfirmation(let path) = overlay { path } else { nil } }

    /// Whether the answers differ from what was loaded (or last written).
    public var hasChanges: Bool { OwnedKey.allCases.contains { config[$0] != original[$0] } }

    /// The start screen offers a DNS-sheet-only export for an existing, valid external install
    /// (worked out once: `items` is read on every key and every frame).
    let canExportOnly: Bool

    /// The text a field shows: what was typed, else the answer (the domain in its Unicode form).
    public func text(of id: FieldID) -> TextField {
        if let field = fields[id] { return field }
        guard case .key(let key) = id else { return TextField() }
        if key == .tosHost, let name = DomainName.analyze(config[key]).0 { return TextField(name.unicode) }
        return TextField(config[key])
    }

    /// The findings that belong to a step's keys.
    public func findings(for step: Step) -> [Diagnostic] {
        analysis.diagnostics.filter { d in step.keys.contains { d.subject.isAbout($0) } }
    }

    /// The plan with the records of the domain values.env held at the start that it no longer has
    /// (the sheets, NEXT-STEPS.md and Done list them for removal); unchanged when the domain is the same.
    func withRemovals(_ plan: Plan) -> Plan {
        plan.removing(recordsOf: DNSRemovals.previousPlan(domain: loaded[.tosHost], made: { loadedPlan }, current: plan))
    }

    /// Recomputes findings and plan after the answers changed (validation and plan come from the core).
    /// `made`: `Plan.make(config)` when the caller has it already.
    mutating func analyze(_ made: (Plan?, [Diagnostic])? = nil) {
        certificateFindings = []
        rejudgeCluster()
        let (planned, found) = made ?? Plan.make(config)
        let plan = planned.map(withRemovals)
        let diagnostics = (fileDiagnostics + found + workspace.unsafeValues(in: config, loaded: loaded)).bySeverity
        if let plan {
            analysis = Analysis(diagnostics: diagnostics, plan: plan, partial: false)
            return
        }
        // Keep the preview alive while a step has an error: stand in defaults for the keys in
        // error, then (if that is not enough) for every key of the steps with errors.
        var stand = config
        let domainKeys: Set<OwnedKey> = [.tosHost, .sandboxDomain]
        let broken = OwnedKey.allCases.filter { key in
            !domainKeys.contains(key) && found.contains { $0.severity == .error && $0.subject.isAbout(key) }
        }
        for key in broken { stand[key] = key.defaultValue }
        // The stand-in plan is made once, and a second time only when the broken keys' defaults are not enough.
        var standing = Plan.make(stand).0
        if standing == nil {
            for step in Step.allCases where step.keys.contains(where: broken.contains) {
                for key in step.keys where !domainKeys.contains(key) { stand[key] = key.defaultValue }
            }
            standing = Plan.make(stand).0
        }
        standing = standing.map(withRemovals)
        analysis = Analysis(diagnostics: diagnostics, plan: standing, partial: true,
                            standIns: OwnedKey.allCases.filter { stand[$0] != config[$0] })
    }
}
