/// HAProxy Kubernetes Ingress Controller (haproxytech/kubernetes-ingress): Ingress objects with its
/// `haproxy.org/*` annotations. Annotation names and value forms follow its documentation/doc.yaml.
public struct HAProxyRenderer: ControllerRenderer {
    public let controller = IngressControllerKind.haproxy

    /// The class HAProxy's Helm chart installs (`controller.ingressClassResource.name`).
    static let defaultClass = "haproxy"
    /// HAProxy's time format: a number with a unit (`ms`, `s`, `m`, `h`, `d`).
    static let longLivedTimeout = "1h"

    public init() {}

    public func render(_ plan: Plan) -> [ManifestFile] {
        guard !plan.routes.isEmpty else { return [] }
        // `timeout-server` (50s by default) cuts an SSE stream the server keeps quiet. HAProxy applies it
        // per backend Service, and `files.` shares nap-cp:3000 with the main host: both Ingresses carry the
        // same value so that the shared backend does not depend on which Ingress HAProxy reads last.
        let timeouts: StringMap = ["haproxy.org/timeout-server": Self.longLivedTimeout]
        // A `*.` host is a wildcard rule for HAProxy (suffix match); spec.tls names the two Secrets, and
        // HAProxy redirects HTTP to HTTPS for Ingresses with TLS by default (`ssl-redirect`).
        let objects = Ingress.split(plan, ingressClass: plan.options.ingressClass ?? Self.defaultClass, longLived: timeouts, others: timeouts)
        return [ManifestFile(name: "haproxy-ingress.yaml", objects: objects)]
    }

    public func notes(_ plan: Plan) -> ControllerNotes {
        let ingressClass = plan.options.ingressClass ?? Self.defaultClass
        let t = Self.longLivedTimeout
        return ControllerNotes(
            prerequisites: [
                "HAProxy Kubernetes Ingress Controller 1.11 or later (haproxytech/kubernetes-ingress, `haproxy.org/*` annotations; not the community HAProxy Ingress of jcmoraisjr) serving the IngressClass `\(ingressClass)` (`kubectl get ingressclass \(ingressClass) -o jsonpath='{.spec.controller}'` must print `haproxy.org/ingress-controller`, or `haproxy.org/ingress-controller/<name>` when the controller runs with `--ingress.class=<name>`).",
            ],
            verify: [
                "kubectl get ingress -n \(plan.namespace) -l \(ObjectMeta.managedBySelector)   # ADDRESS must show the controller's address",
                "kubectl describe ingress nap-long-lived -n \(plan.namespace)   # Events must not show errors",
            ],
            cautions: [
                "Set two timeouts in the controller's ConfigMap (the one its `--configmap` argument names; Helm: `controller.config`): HAProxy reads them only there, never from an Ingress annotation. `timeout-tunnel: \"\(t)\"` keeps an upgraded WebSocket open (1h is the default: keep it at least that), and `timeout-client: \"\(t)\"` keeps the client side of an idle SSE stream open (50s by default). With Helm: `helm upgrade <release> haproxytech/kubernetes-ingress --reuse-values --set-string controller.config.timeout-tunnel=\(t) --set-string controller.config.timeout-client=\(t)`; otherwise `kubectl edit configmap <name> -n <controller-namespace>` and add both keys under `data`.",
                "Every host gets `haproxy.org/timeout-server: \(t)`: HAProxy sets timeouts per backend Service, and `files.` uses nap-cp like the main host, so it shares the 1h server timeout. A stream silent for an hour is closed and the client reconnects.",
                "HAProxy matches `\(plan.hosts?.previewWildcard ?? "*.sandbox.<main>")` as a suffix: it also answers names more than one label deep, which the certificate does not cover.",
            ])
    }
}
