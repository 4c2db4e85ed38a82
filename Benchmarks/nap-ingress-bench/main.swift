// `swift run -c release nap-ingress-bench`: speed and memory figures recorded in the README.
// `nap-ingress-bench scaling`: only the in-process scaling figures (Benchmarks/scaling.sh).
if CommandLine.arguments.dropFirst().first == "scaling" {
    runScalingBenchmarks()
} else {
    runCoreBenchmarks()
    runWizardBenchmarks()
}
