import IngressCore

/// The start: external or NodePort mode, or only the DNS sheet of an existing install.
struct StartPage: StepPage {
    var keys: [OwnedKey] { [] }

    func items(_ state: WizardState) -> [FormItem] {
        var choices = [
            Choice(value: StartAction.external.rawValue, label: "Use my ingress controller (external)",
                   note: state.original.mode == .external && state.workspace.exists ? "current" : nil),
            Choice(value: StartAction.nodeport.rawValue, label: "Use NodePorts (platform default)",
                   note: state.original.mode == .nodeport && state.workspace.exists ? "current" : nil),
        ]
        if state.canExportOnly {
            choices.append(Choice(value: StartAction.exportDNS.rawValue, label: "Only export the DNS sheet", note: nil))
            choices.append(Choice(value: StartAction.verify.rawValue, label: "Verify the live install", note: nil))
        }
        return [.choice(.startAction, "What do you want to do?", choices)]
    }

    func intro(_ state: WizardState) -> [StyledLine] {
        var out: [StyledLine] = []
        if state.workspace.exists {
            let mode = state.original.mode?.rawValue ?? state.original[.ingressMode]
            var what = "Found \(state.workspace.valuesPath): the platform is in \(mode) mode"
            if state.original.mode == .external, !state.original[.tosHost].isEmpty {
                let host = state.original[.tosHost]
                // An IDN reads as the operator knows it, with the form values.env holds.
                what += " on \(DomainName.analyze(host).0?.displayed ?? host) with \(state.original.controller?.rawValue ?? state.original[.controller])"
            }
            out.append(StyledLine(what + ".", .ok))
            out.append(StyledLine("Re-running can switch the mode, change the domain, controller, certificates or TURN"
                                  + (state.canExportOnly ? ", only export the DNS sheet, or verify the live install." : "."), .dim))
            if !state.canExportOnly { out.append(StyledLine(exportMissing(state), .dim)) }
        } else {
            out.append(StyledLine("No \(state.workspace.valuesPath) yet: a first install, starting from the built-in defaults."))
        }
        // values.env's own findings name the file and line ("values.env line 2").
        let words = FindingWords(state)
        for d in state.fileDiagnostics { out += FormView.diagnosticLines(d, width: 200, words: words, showingSubject: true) }
        out.append(StyledLine())
        return out
    }

    /// Why "Only export the DNS sheet" is not offered on this re-run.
    private func exportMissing(_ state: WizardState) -> String {
        let why = if state.original.mode != .external {
            "the platform is not in external mode"
        } else if state.fileDiagnostics.hasErrors {
            "values.env has errors (below)"
        } else {
            "values.env has no valid main domain"
        }
        return "Only exporting the DNS sheet is not offered: \(why)."
    }

    func preview(_ state: WizardState, width: Int, compact: Bool) -> [StyledLine] { Preview.summary(state) }

    var help: [String] {
        ["Once you confirm on the review screen, the wizard writes values.env (the platform's install.sh reads it) and the manifests, DNS sheets and NEXT-STEPS.md into the output folder.",
         "External: the platform's Services become ClusterIP and your ingress controller routes five host names under your domain.",
         "NodePort: the platform's default; every node answers on three ports. Your domain and ingress answers stay in values.env so you can switch back.",
         "Verify the live install (offered for a valid external install): checks DNS, TLS, HTTP, WebSockets and TURN from here, as `nap-ingress verify` does, without its long-lived hold.",
         "Nothing is written before the review screen."]
    }
}
