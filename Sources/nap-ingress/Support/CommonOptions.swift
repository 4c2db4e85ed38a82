import ArgumentParser

/// `--values`, shared by every command.
struct ValuesOption: ParsableArguments {
    @Option(name: .long, help: "The platform's values.env.")
    var values: String = "./values.env"
}

/// `--out`, for the commands that write manifests.
struct OutOption: ParsableArguments {
    @Option(name: .long, help: "The folder for manifests, DNS sheets and NEXT-STEPS.md.")
    var out: String = "./ingress"
}
