import Testing
import IngressCore
@testable import Cluster

/// The hosts each routing kind serves, read from the fields of its upstream API (shapes as in
/// each project's reference and examples).
@Suite struct KubeRoutingObjectsTests {
    func hosts(_ json: String) -> [String: [String]] {
        var snapshot = ClusterSnapshot()
        KubeObjects.add(KubeObjects.items(json), to: &snapshot)
        return Dictionary(uniqueKeysWithValues: snapshot.routingObjects.map { ("\($0.kind.resource) \($0.name)", $0.hosts) })
    }

    @Test func everyKindIsReadFromItsOwnField() {
        let found = hosts("""
            {"apiVersion": "v1", "kind": "List", "items": [
              {"apiVersion": "projectcontour.io/v1", "kind": "HTTPProxy", "metadata": {"name": "root", "namespace": "a"},
               "spec": {"virtualhost": {"fqdn": "Nap.Acme.com"}}},
              {"apiVersion": "projectcontour.io/v1", "kind": "HTTPProxy", "metadata": {"name": "included", "namespace": "a"},
               "spec": {"routes": [{"services": [{"name": "x", "port": 80}]}]}},
              {"apiVersion": "networking.k8s.io/v1", "kind": "Ingress", "metadata": {"name": "ing", "namespace": "a"},
               "spec": {"rules": [{"host": "files.nap.acme.com"}, {"http": {"paths": []}}]}},
              {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "HTTPRoute", "metadata": {"name": "route", "namespace": "a"},
               "spec": {"hostnames": ["browsers.nap.acme.com"]}},
              {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway", "metadata": {"name": "gw", "namespace": "a"},
               "spec": {"gatewayClassName": "eg", "listeners": [{"name": "h", "hostname": "*.sandbox.nap.acme.com"}, {"name": "any"}]}},
              {"apiVersion": "networking.istio.io/v1", "kind": "VirtualService", "metadata": {"name": "vs", "namespace": "a"},
               "spec": {"hosts": ["sandbox.nap.acme.com"], "gateways": ["istio-system/nap"]}},
              {"apiVersion": "networking.istio.io/v1", "kind": "VirtualService", "metadata": {"name": "mesh-only", "namespace": "a"},
               "spec": {"hosts": ["nap.acme.com"]}},
              {"apiVersion": "networking.istio.io/v1", "kind": "Gateway", "metadata": {"name": "igw", "namespace": "istio-system"},
               "spec": {"servers": [{"port": {"number": 443}, "hosts": ["nap/nap.acme.com", "files.nap.acme.com"]}]}},
              {"apiVersion": "traefik.io/v1alpha1", "kind": "IngressRoute", "metadata": {"name": "ir", "namespace": "a"},
               "spec": {"routes": [{"match": "Host(`nap.acme.com`) && PathPrefix(`/`)"}, {"match": "HostRegexp(`.+`)"}]}},
              {"apiVersion": "traefik.containo.us/v1alpha1", "kind": "IngressRoute", "metadata": {"name": "old", "namespace": "a"},
               "spec": {"routes": [{"match": "Host(`files.nap.acme.com`)"}]}},
              {"apiVersion": "k8s.nginx.org/v1", "kind": "VirtualServer", "metadata": {"name": "vsr", "namespace": "a"},
               "spec": {"host": "browsers.nap.acme.com"}}
            ]}
            """)
        #expect(found == [
            "httpproxies.projectcontour.io root": ["nap.acme.com"],
            "httpproxies.projectcontour.io included": [],
            "ingresses.networking.k8s.io ing": ["files.nap.acme.com"],
            "httproutes.gateway.networking.k8s.io route": ["browsers.nap.acme.com"],
            "gateways.gateway.networking.k8s.io gw": ["*.sandbox.nap.acme.com"],
            "virtualservices.networking.istio.io vs": ["sandbox.nap.acme.com"],
            "virtualservices.networking.istio.io mesh-only": [],
            "gateways.networking.istio.io igw": ["nap.acme.com", "files.nap.acme.com"],
            "ingressroutes.traefik.io ir": ["nap.acme.com"],
            "ingressroutes.traefik.containo.us old": ["files.nap.acme.com"],
            "virtualservers.k8s.nginx.org vsr": ["browsers.nap.acme.com"],
        ])
    }

    @Test func aGatewayIsStillReadForItsAddressesToo() {
        var snapshot = ClusterSnapshot()
        KubeObjects.add(KubeObjects.items("""
            {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "Gateway", "metadata": {"name": "gw", "namespace": "a"},
             "spec": {"gatewayClassName": "eg", "listeners": [{"hostname": "nap.acme.com"}]}, "status": {"addresses": [{"value": "192.0.2.5"}]}}
            """), to: &snapshot)
        #expect(snapshot.gateways.first?.addresses == ["192.0.2.5"])
        #expect(snapshot.routingObjects.first?.hosts == ["nap.acme.com"])
    }

    @Test func contoursDuplicateFqdnErrorIsKeptOnlyWhenInvalid() {
        func proxy(_ current: String) -> RoutingObject? {
            var snapshot = ClusterSnapshot()
            KubeObjects.add(KubeObjects.items("""
                {"apiVersion": "projectcontour.io/v1", "kind": "HTTPProxy", "metadata": {"name": "p", "namespace": "a"},
                 "spec": {"virtualhost": {"fqdn": "nap.acme.com"}},
                 "status": {"currentStatus": "\(current)", "conditions": [{"type": "Valid", "status": "False",
                   "errors": [{"type": "VirtualHostError", "reason": "DuplicateVhost", "message": "fqdn \\"nap.acme.com\\" is used in multiple HTTPProxies: a/p, b/q"}]}]}}
                """), to: &snapshot)
            return snapshot.routingObjects.first
        }
        #expect(proxy("invalid")?.duplicateFqdnMessage == #"fqdn "nap.acme.com" is used in multiple HTTPProxies: a/p, b/q"#)
        #expect(proxy("valid")?.duplicateFqdnMessage == nil)
    }

    @Test func anUnreadTraefikMatchIsKept() {
        var snapshot = ClusterSnapshot()
        KubeObjects.add(KubeObjects.items("""
            {"apiVersion": "traefik.io/v1alpha1", "kind": "IngressRoute", "metadata": {"name": "ir", "namespace": "a"},
             "spec": {"routes": [{"match": "HostRegexp(`^.+\\\\.nap\\\\.acme\\\\.com$`)"}]}}
            """), to: &snapshot)
        #expect(snapshot.routingObjects.first?.unreadMatches.count == 1)
        #expect(snapshot.routingObjects.first?.hosts == [])
    }
}
