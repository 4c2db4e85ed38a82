import IngressCore

/// After writing (or for an export only): the DNS sheet's format and file.
struct DonePage: StepPage {
    var keys: [OwnedKey] { [] }

    func items(_ state: WizardState) -> [FormItem] {
        guard state.analysis.plan?.domain != nil else { return [] }
        return [.choice(.exportFormat, "DNS sheet format", DNSSheetFormat.allCases.map { Choice(value: $0.rawValue, label: $0.rawValue, note: $0.fileName) }),
                .text(.exportPath, "Export to file")]
    }

    /// No title over nothing: without a valid main domain there is no sheet (the view says why).
    func intro(_ state: WizardState) -> [StyledLine] {
        state.analysis.plan?.domain == nil ? [] : [StyledLine("Export the DNS sheet", .title)]
    }

    var help: [String] {
        ["Export the DNS record sheet for whoever runs your DNS: Markdown, CSV, a BIND zone fragment or JSON. Type the file name and press Enter.",
         "n (Ctrl-N in the file name) shows the NEXT-STEPS.md just written, whole; Esc comes back."]
    }
}
