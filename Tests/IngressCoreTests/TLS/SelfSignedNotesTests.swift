import Foundation
import Testing
@testable import IngressCore

/// The self-signed notes are shown on the wizard's review before anything is written and by
/// `render` after: their words must hold in both, and read as sentences.
@Suite struct SelfSignedNotesTests: SelfSignedScenario {
    static let now = Date()

    @Test func aFirstIssueIsWordedForBeforeAndAfterWriting() {
        let (_, notes) = TLSMaterial.prepare(plan(), files: [:], previous: [:], now: Self.now)
        #expect(notes.map(\.description) == [
            "note[tls.self-signed-ca-issued] nap-ingress-ca.crt: a new local CA is issued (none found in the output folder).\n"
                + "  hint: trust nap-ingress-ca.crt on every client (see NEXT-STEPS.md).",
            "note[tls.self-signed-reissued] Secret nap/nap-tls-cert: a new certificate is issued (signed by the new CA).",
            "note[tls.self-signed-reissued] Secret nap/nap-sandbox-tls-cert: a new certificate is issued (signed by the new CA).",
        ])
    }

    @Test func aReplacedCAHintIsTwoSentences() throws {
        let (first, _) = TLSMaterial.prepare(plan(), files: [:], previous: [:], now: Self.now)
        let (_, notes) = TLSMaterial.prepare(plan(domain: "lab.example.net"), files: [:], previous: written(plan(), first), now: Self.now)
        let ca = try #require(notes.first)
        #expect(ca.message == "a new local CA is issued (the previous one was for another domain).")
        #expect(ca.commandLineHint == "trust the new nap-ingress-ca.crt on every client (see NEXT-STEPS.md). The CA trusted before no longer signs these certificates.")
    }

    @Test func aRenewedLeafIsWordedForBeforeAndAfterWriting() throws {
        let plan = plan()
        let (first, _) = TLSMaterial.prepare(plan, files: [:], previous: [:], now: Self.now)
        let (_, notes) = TLSMaterial.prepare(plan, files: [:], previous: written(plan, first), now: Self.now.addingTimeInterval(80 * 86400))
        let note = try #require(notes.first)
        #expect(note.subject == .secret(namespace: "nap", name: "nap-tls-cert") && note.message.hasPrefix("a new certificate is issued (the previous one expires on "), "\(note.message)")
        for note in notes {
            #expect(!note.message.hasPrefix("issued"), "a note in the past tense is wrong in a preview: \(note.message)")
        }
    }
}
