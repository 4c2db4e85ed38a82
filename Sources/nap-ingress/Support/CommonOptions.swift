import ArgumentParser
import IngressCore

/// `--values`, shared by every command.
struct ValuesOption: ParsableArguments {
    /// Where values.env is read from when `--values` is not given.
    static let defaultPath = "./values.env"

    @Option(name: .long, help: "The platform's values.env.")
    var values: String = ValuesOption.defaultPath
}

/// `--out`, for the commands that write manifests.
struct OutOption: ParsableArguments {
    /// Where manifests go when `--out` is not given.
    static let defaultPath = "./ingress"

    @Option(name: .long, help: "The folder for manifests, DNS sheets and NEXT-STEPS.md.")
    var out: String = OutOption.defaultPath
}

extension NameSpecification {
    /// The long name the key registry gives an owned key's option.
    static func key(_ key: OwnedKey) -> NameSpecification { .customLong(key.spec.flag ?? key.rawValue.lowercased()) }
}

extension ArgumentHelp {
    /// The key registry's one line of help for an owned key.
    static func key(_ key: OwnedKey) -> ArgumentHelp { ArgumentHelp(key.spec.help) }
}
