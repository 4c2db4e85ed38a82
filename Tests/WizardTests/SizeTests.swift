import Foundation
import IngressCore
import Testing
@testable import Wizard

/// Every step at every odd size: never a crash, a clear message below the minimum.
@Suite struct SizeTests {
    /// One state per step of the external flow, plus help and the quit prompt.
    func states() throws -> [WizardState] {
        var d = try Driver()
        var out = [d.state]
        d.press(.enter)
        d.type("bücher.de")
        out.append(d.state)
        for _ in 0..<6 {
            d.press(.enter)
            out.append(d.state)
        }
        d.press(.help)
        out.append(d.state)
        d.press(.escape, .control("c"))
        out.append(d.state)
        return out
    }

    @Test(arguments: [(0, 0), (1, 1), (20, 5), (79, 24), (80, 23), (2, 40), (300, 2), (80, 24), (100, 30), (200, 60)])
    func neverCrashes(width: Int, height: Int) throws {
        for state in try states() {
            let screen = Wizard.view(state, Size(width: width, height: height))
            #expect(screen.size == Size(width: width, height: height))
            if width < 80 || height < 24, width >= 20, height >= 5 {
                #expect(screen.text.contains("larger"))
            }
            if let cursor = screen.cursor {
                #expect(cursor.row < height && cursor.column < width)
            }
        }
    }

    @Test func negativeSizesAreEmpty() {
        #expect(Size(width: -3, height: -1) == Size(width: 0, height: 0))
    }

    @Test func tooSmallSnapshot() throws {
        let d = try Driver()
        Snapshot.assert(d.screen(40, 10), named: "too-small-40x10.txt")
    }
}

/// Labels beside text fields are read at 80 columns: none may be cut.
@Suite struct LabelTests {
    @Test func everyTextFieldLabelFitsBesideItsField() throws {
        var config = Config()
        config.setMainDomain("nap.acme.com")
        config[.ingressMode] = "external"
        config[.tlsSource] = TLSSource.files.rawValue
        config[.sandboxTLSSource] = TLSSource.certManager.rawValue
        let state = WizardState(workspace: try Workspace.load("./nonexistent-values.env"), outFolder: "./ingress")
        var checked = 0
        for controller in IngressControllerKind.allCases {
            var s = state
            s.config = config
            s.config[.controller] = controller.rawValue
            for step in Step.allCases {
                for item in s.items(for: step) where item.isText {
                    #expect(DisplayWidth.of(item.label) <= FormView.labelRoom, "\(step) \(controller): \(item.label)")
                    checked += 1
                }
            }
        }
        #expect(checked > 50)
    }
}
