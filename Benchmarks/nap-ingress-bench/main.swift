// `swift run -c release nap-ingress-bench`: speed and memory figures recorded in the README.
runCoreBenchmarks()
runWizardBenchmarks()
