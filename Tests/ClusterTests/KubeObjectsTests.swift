import Testing
import IngressCore
@testable import Cluster

/// kubectl's `-o json` lists into the snapshot (shapes as in the upstream API references).
@Suite struct KubeObjectsTests {
    @Test func aMixedListGoesToItsKinds() {
        let json = """
            {"apiVersion": "v1", "kind": "List", "items": [
              {"apiVersion": "cert-manager.io/v1", "kind": "ClusterIssuer", "metadata": {"name": "le"},
               "spec": {"acme": {"solvers": [{"http01": {"ingress": {}}}, {"dns01": {"route53": {}}}]}},
               "status": {"conditions": [{"type": "Ready", "status": "False"}]}},
              {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "ingress-nginx-controller", "namespace": "ingress-nginx"},
               "spec": {"type": "LoadBalancer", "ports": [{"port": 80}, {"port": 443}]},
               "status": {"loadBalancer": {"ingress": [{"hostname": "lb.elb.amazonaws.com"}]}}},
              {"apiVersion": "gateway.networking.k8s.io/v1", "kind": "GatewayClass", "metadata": {"name": "cilium"},
               "spec": {"controllerName": "io.cilium/gateway-controller"}},
              {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "ignored"}}
            ]}
            """
        var snapshot = ClusterSnapshot()
        KubeObjects.add(KubeObjects.items(json), to: &snapshot)
        #expect(snapshot.issuers == [IssuerObject(kind: "ClusterIssuer", namespace: nil, name: "le", ready: false, type: "acme", solvers: ["http01", "dns01"])])
        #expect(snapshot.services.first?.loadBalancerAddresses == ["lb.elb.amazonaws.com"])
        #expect(snapshot.services.first?.ports == [80, 443])
        #expect(snapshot.gatewayClasses == [GatewayClassObject(name: "cilium", controllerName: "io.cilium/gateway-controller", accepted: nil)])
    }

    @Test func nothingReadableGivesNothing() {
        #expect(KubeObjects.items("").isEmpty)
        #expect(KubeObjects.items("error: not json").isEmpty)
    }
}
