import Testing
@testable import IngressCore

/// Switching a file to NodePort writes the three NodePorts install.sh reads, and what
/// nap-ingress appends always ends with a newline.
@Suite struct NodePortDefaultsTests {
    static let nodePorts = ["TOS_NODE_PORT=30300", "BROWSER_NODE_PORT=30305", "SANDBOX_NODE_PORT=30306"]

    @Test func anEmptyFileSwitchedToNodePortGetsTheThreePorts() throws {
        var file = ValuesFile(text: "")
        var config = Config(file: file)
        config[.ingressMode] = "nodeport"
        try config.apply(to: &file)
        let text = String(decoding: file.serialized(), as: UTF8.self)
        for line in Self.nodePorts { #expect(text.contains(line + "\n"), "\(text)") }
        #expect(text.hasSuffix("\n"))
        let bash = try Bash.values(of: ["TOS_NODE_PORT", "INGRESS_MODE"], in: file.serialized())
        #expect(bash["TOS_NODE_PORT"]! == Array("30300".utf8))
        #expect(bash["INGRESS_MODE"]! == Array("nodeport".utf8))
    }

    @Test func portsTheFileHasAreKeptAndExternalAddsNone() throws {
        var file = ValuesFile(text: "TOS_NODE_PORT=31000\n")
        var config = Config(file: file)
        config[.ingressMode] = "nodeport"
        try config.apply(to: &file)
        let text = String(decoding: file.serialized(), as: UTF8.self)
        #expect(text.hasPrefix("TOS_NODE_PORT=31000\n"))
        #expect(!text.contains("TOS_NODE_PORT=30300"))
        #expect(text.contains("BROWSER_NODE_PORT=30305\n"))

        var external = ValuesFile(text: "")
        var answers = Config(file: external)
        answers[.ingressMode] = "external"
        try answers.apply(to: &external)
        #expect(!String(decoding: external.serialized(), as: UTF8.self).contains("NODE_PORT"))
    }

    @Test func aFileWithoutFinalNewlineGetsOneOnlyWhereKeysAreAppended() throws {
        var edited = ValuesFile(text: "TOS_HOST=a.acme.com")
        try edited.set("TOS_HOST", to: "b.acme.com")
        #expect(edited.serialized() == Array("TOS_HOST=b.acme.com".utf8), "an edit in place adds nothing")
        var appended = ValuesFile(text: "FOO=1")
        try appended.set("TOS_HOST", to: "b.acme.com")
        let text = String(decoding: appended.serialized(), as: UTF8.self)
        #expect(text.hasPrefix("FOO=1\n"))
        #expect(text.hasSuffix("TOS_HOST=b.acme.com\n"))
    }
}
