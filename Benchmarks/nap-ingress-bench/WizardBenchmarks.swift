import Foundation
import IngressCore
import Wizard

/// One keystroke's update + view on the domain step at 200x60 (the preview is widest there),
/// median of many; the target is under 0.2 ms in release mode.
func runWizardBenchmarks() {
    let workspace: Workspace
    do {
        workspace = try Workspace.load("/nonexistent-nap-ingress-bench/values.env")
    } catch {
        print("wizard benchmark skipped: \(error.message)")
        return
    }
    var state = WizardState(workspace: workspace, outFolder: "./ingress")
    for event in [Event.key(.enter)] + "nap.acme.co".map({ Event.key(.character($0)) }) {
        state = Wizard.update(state, event).0
    }
    let size = Size(width: 200, height: 60)
    let keys: [Key] = [.character("m"), .backspace]
    var samples: [Double] = []
    var checksum = 0
    for i in 0..<2000 {
        let start = DispatchTime.now().uptimeNanoseconds
        let (next, _) = Wizard.update(state, .key(keys[i % 2]))
        let screen = Wizard.view(next, size)
        let end = DispatchTime.now().uptimeNanoseconds
        state = next
        checksum &+= screen.cells.count
        samples.append(Double(end - start) / 1_000_000)
    }
    samples.sort()
    let median = samples[samples.count / 2], p95 = samples[samples.count * 95 / 100]
    print(String(format: "wizard keystroke, domain step, update+view at 200x60: median %.3f ms, p95 %.3f ms (%d samples, %d cells)",
                 median, p95, samples.count, checksum / samples.count))
}
