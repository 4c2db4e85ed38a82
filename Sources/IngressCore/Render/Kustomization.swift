/// `kustomization.yaml` listing what was rendered, so `kubectl apply -k` works on the folder.
struct Kustomization: Encodable, Sendable {
    var apiVersion = "kustomize.config.k8s.io/v1beta1"
    var kind = "Kustomization"
    var resources: [String]
}
