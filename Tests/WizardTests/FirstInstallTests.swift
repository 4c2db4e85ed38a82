import Foundation
import IngressCore
import Testing
@testable import Wizard

/// A first install, step by step: state and screen after each key.
@Suite struct FirstInstallTests {
    @Test func startScreenOffersBothModes() throws {
        let d = try Driver()
        #expect(d.state.step == .start)
        #expect(!d.state.workspace.exists)
        let screen = d.screen(80, 24)
        #expect(screen.contains("No ./values.env yet: a first install"))
        #expect(screen.contains("(•) Use my ingress controller (external)"))
        #expect(screen.contains("( ) Use NodePorts (platform default)"))
        #expect(!screen.contains("Only export the DNS sheet"))
        #expect(screen.split(separator: "\n").last?.contains("Enter go on") == true)
        d.snapshot("start-first-install")
    }

    @Test func domainPreviewFollowsEveryKeystroke() throws {
        var d = try Driver()
        d.press(.enter)
        #expect(d.state.step == .domain)
        #expect(d.state.config.mode == .external)
        var typed = ""
        for c in "nap.acme.com" {
            d.type(String(c))
            typed.append(c)
            let screen = d.screen(120, 40)
            #expect(screen.contains("    " + typed) || screen.contains(typed + " "), "the field shows \(typed)")
            if typed == "nap.acme.com" {
                #expect(screen.contains("Domain        nap.acme.com"))
                #expect(screen.contains("subdomain of acme.com"))
                for host in ["files.nap.acme.com", "browsers.nap.acme.com", "sandbox.nap.acme.com", "*.sandbox.nap.acme.com"] {
                    #expect(screen.contains(host))
                }
                #expect(screen.contains("<ingress-entry>"))
            }
        }
        #expect(d.state.config[.tosHost] == "nap.acme.com")
        #expect(d.state.config[.sandboxDomain] == "sandbox.nap.acme.com")
        d.snapshot("domain-subdomain")
    }

    @Test func invalidDomainShowsTheCoreDiagnosticInlineAndRefusesNext() throws {
        var d = try Driver()
        d.press(.enter)
        d.type("nap..acme.com")
        let expected = DomainName.analyze("nap..acme.com").1.errors
        #expect(!expected.isEmpty)
        let screen = d.screen(80, 24)
        #expect(screen.contains("✗ " + String(expected[0].message.prefix(30))))
        d.press(.enter)
        #expect(d.state.step == .domain)
        #expect(d.state.message?.role == .error)
        #expect(d.state.message?.text.hasPrefix("Can't go on:") == true)
        d.snapshot("domain-invalid")
    }

    @Test func emptyDomainRefusesNext() throws {
        var d = try Driver()
        d.press(.enter, .enter)
        #expect(d.state.step == .domain)
        #expect(d.state.message?.role == .error)
    }

    @Test func unicodeDomainIsEditedByCharacter() throws {
        var d = try Driver()
        d.press(.enter, .text("bücher.de"))
        #expect(d.state.config[.tosHost] == "xn--bcher-kva.de")
        #expect(d.state.text(of: .key(.tosHost)).text == "bücher.de")
        let screen = d.screen(120, 40)
        #expect(screen.contains("bücher.de"))
        #expect(screen.contains("Unicode       bücher.de"))
        #expect(screen.contains("zone apex"))
        // Cursor moves over "ü" as one character: six lefts land before "ü"... then delete it.
        d.press(.home, .right, .delete)
        #expect(d.state.text(of: .key(.tosHost)).text == "bcher.de")
        d.press(.end, .backspace, .backspace, .backspace)
        #expect(d.state.text(of: .key(.tosHost)).text == "bcher")
        d.press(.control("u"))
        #expect(d.state.text(of: .key(.tosHost)).text == "")
        d.snapshot("domain-idn-cleared")
    }

    @Test func wideCharactersTakeTwoColumns() {
        var screen = Screen(size: Size(width: 6, height: 1))
        let end = screen.put("日本x", row: 0, column: 0)
        #expect(end == 5)
        #expect(screen.text == "日本x")
        #expect(screen[0, 1].isContinuation)
        // A wide character that does not fit is left out, never half drawn.
        var narrow = Screen(size: Size(width: 3, height: 1))
        narrow.put("a日本", row: 0, column: 0)
        #expect(narrow.text == "a日")
    }

    @Test func fullExternalRunWritesOnlyAfterConfirm() throws {
        let dir = try Scratch.folder("full-run")
        var d = try Driver(valuesPath: dir + "/values.env", outFolder: dir + "/ingress")
        d.press(.enter)
        d.type("nap.acme.com")
        d.press(.enter)
        #expect(d.state.step == .controller)
        let controllers = d.screen(80, 24)
        for kind in IngressControllerKind.allCases { #expect(controllers.contains(kind.displayName)) }
        for kind in IngressControllerKind.allCases where !Renderers.implemented.contains(kind) {
            #expect(controllers.contains(kind.displayName + " *"))
        }
        d.snapshot("controller")
        d.press(.enter)
        #expect(d.state.step == .controllerOptions)
        d.snapshot("controller-options-contour")
        d.press(.enter)
        #expect(d.state.step == .entry)
        d.type("203.0.113.10")
        #expect(d.screen(120, 40).contains("*.sandbox.nap.acme.com  A     203.0.113.10"))
        d.snapshot("entry-address")
        d.press(.enter)
        #expect(d.state.step == .certificates)
        d.snapshot("certificates-existing")
        d.press(.enter)
        #expect(d.state.step == .turn)
        d.snapshot("turn-hostport")
        d.press(.enter)
        #expect(d.state.step == .review)
        #expect(!FileManager.default.fileExists(atPath: dir + "/values.env"), "nothing is written before confirm")
        #expect(!FileManager.default.fileExists(atPath: dir + "/ingress"))
        let review = d.screen(120, 40)
        #expect(review.contains("+INGRESS_MODE=external"))
        #expect(review.contains("+TOS_HOST=\"nap.acme.com\"") || review.contains("+TOS_HOST=nap.acme.com"))
        #expect(review.contains("write   contour-httpproxy.yaml, kustomization.yaml, dns-records.md"))
        #expect(review.contains("contour-httpproxy.yaml"))
        #expect(review.contains("more line(s): ↓ or PgDn"), "a new values.env is longer than the screen")
        d.press(.pageDown)
        #expect(d.screen(120, 40).contains("+TLS_SOURCE=existing"))
        d.snapshot("review-scrolled")
        d.press(.enter)
        #expect(d.state.step == .done)
        let written = try String(contentsOfFile: dir + "/values.env", encoding: .utf8)
        #expect(written.contains("INGRESS_MODE=external"))
        #expect(written.contains("INGRESS_ENTRY=203.0.113.10") || written.contains("INGRESS_ENTRY=\"203.0.113.10\""))
        #expect(FileManager.default.fileExists(atPath: dir + "/ingress/NEXT-STEPS.md"))
        #expect(FileManager.default.fileExists(atPath: dir + "/ingress/kustomization.yaml"))
        let done = d.screen(120, 40)
        #expect(done.contains("created \(dir)/values.env"), "a first install creates the file")
        #expect(done.contains("kubectl apply -k \(dir)/ingress"))
        #expect(done.contains("2. TLS Secrets · 3. DNS records"), "the steps of the NEXT-STEPS.md just written")
        // Export the CSV sheet to a file the operator names.
        d.press(.down)
        #expect(d.state.exportFormat == .csv)
        #expect(d.state.text(of: .exportPath).text == "dns-records.csv")
        d.press(.tab, .control("u"))
        d.type(dir + "/for-dns-admin.csv")
        d.press(.enter)
        let sheet = try String(contentsOfFile: dir + "/for-dns-admin.csv", encoding: .utf8)
        let plan = try #require(Plan.make(d.state.config).0)
        #expect(sheet == DNSSheetFormat.csv.format(plan))
        #expect(d.state.message?.role == .ok)
        // Written answers are not "changed": q leaves at once.
        d.press(.backTab, .character("q"))
        #expect(d.quitStatus == 0)
    }
}
