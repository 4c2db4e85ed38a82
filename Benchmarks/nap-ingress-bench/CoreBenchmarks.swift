/// Parse + validate + plan + render, in process.
func runCoreBenchmarks() {}
