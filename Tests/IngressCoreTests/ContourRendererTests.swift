import Testing
import Yams
@testable import IngressCore

@Suite struct ContourRendererTests {
    @Test(arguments: [("apex", "acme.com"), ("subdomain", "nap.acme.com")])
    func golden(name: String, domain: String) {
        let plan = Fixtures.plan(Fixtures.config(domain: domain))
        let files = ContourRenderer().render(plan)
        #expect(files.map(\.name) == ["contour-httpproxy.yaml"])
        Golden.assert(files[0].yaml(), named: "contour/\(name).yaml")
    }

    @Test func ingressClassIsRenderedWhenSet() throws {
        let plan = Fixtures.plan(Fixtures.config(controller: .contour, [.ingressClass: "contour-external"]))
        let docs = try Yams.load_all(yaml: ContourRenderer().render(plan)[0].yaml()).map { $0 as! [String: Any] }
        #expect(docs.allSatisfy { ($0["spec"] as! [String: Any])["ingressClassName"] as? String == "contour-external" })
    }

    @Test func longLivedRoutesHaveNoTimeoutAndFilesKeepsDefaults() throws {
        let plan = Fixtures.plan(Fixtures.config())
        let docs = try Yams.load_all(yaml: ContourRenderer().render(plan)[0].yaml()).map { $0 as! [String: Any] }
        #expect(docs.count == 5)
        for doc in docs {
            let spec = doc["spec"] as! [String: Any]
            let fqdn = (spec["virtualhost"] as! [String: Any])["fqdn"] as! String
            let route = (spec["routes"] as! [[String: Any]])[0]
            let timeout = route["timeoutPolicy"] as? [String: String]
            if fqdn.hasPrefix("files.") {
                #expect(timeout == nil && route["enableWebsockets"] == nil, "files must keep the default timeouts")
            } else {
                #expect(timeout == ["response": "infinity", "idle": "infinity"], "\(fqdn) must not time out")
                #expect(route["enableWebsockets"] as? Bool == true)
            }
        }
    }
}
