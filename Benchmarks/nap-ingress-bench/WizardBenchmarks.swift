/// One keystroke's update + view on the domain step.
func runWizardBenchmarks() {}
