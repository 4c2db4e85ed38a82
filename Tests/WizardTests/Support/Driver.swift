import Foundation
import IngressCore
import Testing
import TestSupport
@testable import Wizard

/// Types keys into the state machine and runs its effects the way the terminal loop does.
struct Driver {
    var state: WizardState
    /// The exit status a `quit` effect asked for.
    var quitStatus: Int32?
    /// Every effect `update` returned, in order.
    var effects: [Effect] = []

    /// A wizard on `valuesPath` (relative to the package root, where `swift test` runs).
    init(valuesPath: String = "./values.env", outFolder: String = "./ingress") throws {
        state = WizardState(workspace: try Workspace.load(valuesPath), outFolder: outFolder)
    }

    init(state: WizardState) { self.state = state }

    mutating func send(_ event: Event) {
        var pending = [event]
        while !pending.isEmpty {
            let (next, effects) = Wizard.update(state, pending.removeFirst())
            state = next
            self.effects += effects
            for effect in effects {
                if case .quit(let status) = effect { quitStatus = status; return }
                if let event = EffectRunner.run(effect) { pending.append(event) }
            }
        }
    }

    mutating func press(_ keys: Key...) { keys.forEach { send(.key($0)) } }

    /// Types text one character at a time, as a person does.
    mutating func type(_ text: String) { text.forEach { send(.key(.character($0))) } }

    func screen(_ width: Int, _ height: Int) -> String { Wizard.view(state, Size(width: width, height: height)).text }

    /// The screens at both reference sizes, compared with their snapshots.
    func snapshot(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        Snapshot.assert(screen(80, 24), named: "\(name)-80x24.txt", sourceLocation: sourceLocation)
        Snapshot.assert(screen(120, 40), named: "\(name)-120x40.txt", sourceLocation: sourceLocation)
    }
}

/// A scratch folder per test under `.build/wizard-tests` (relative, so screens are stable).
enum Scratch {
    static func folder(_ name: String) throws -> String {
        let path = ".build/wizard-tests/\(name)"
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

extension Driver {
    /// A first install walked to `step`, Enter by Enter, after `domain` was typed on the domain step.
    static func at(_ step: Step, domain: String = "nap.acme.com") throws -> Driver {
        var d = try Driver()
        d.press(.enter)
        d.type(domain)
        while d.state.step != step {
            let before = d.state.step
            d.press(.enter)
            try #require(d.state.step != before, "stuck on \(before)")
        }
        return d
    }
}
