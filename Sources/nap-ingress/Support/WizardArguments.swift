/// The plain ways of starting the wizard (`nap-ingress`, `nap-ingress wizard`, with
/// `--values PATH` and `--out DIR`, each at most once, also as `--values=PATH`), recognised
/// without ArgumentParser.
///
/// ArgumentParser builds its whole command tree through reflection and protocol-conformance
/// lookups before it runs anything: about a fifth of the wizard's start to first frame. Any
/// other command line (subcommands, `--help`, `--version`, repeated or unknown options,
/// values starting with `-`) is left to ArgumentParser, so what it accepts, rejects and
/// prints does not change.
struct WizardArguments: Equatable {
    var valuesPath: String
    var outFolder: String

    /// The paths for a plain wizard command line (without the program name), nil for anything else.
    init?(_ arguments: some Collection<String>) {
        var rest = arguments[...]
        if rest.first == "wizard" { rest = rest.dropFirst() }
        var values: String?
        var out: String?
        while let argument = rest.popFirst() {
            let name: Substring
            let value: String
            if let equals = argument.firstIndex(of: "=") {
                name = argument[..<equals]
                value = String(argument[argument.index(after: equals)...])
            } else {
                name = argument[...]
                guard let next = rest.popFirst() else { return nil }
                value = next
            }
            guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
            switch name {
            case "--values" where values == nil: values = value
            case "--out" where out == nil: out = value
            default: return nil
            }
        }
        valuesPath = values ?? ValuesOption.defaultPath
        outFolder = out ?? OutOption.defaultPath
    }
}
