import Foundation

/// A `kubernetes.io/tls` Secret: `tls.crt` (chain, leaf first) and `tls.key`, base64 in `data`.
struct TLSSecret: Encodable, Sendable {
    var apiVersion = "v1"
    var kind = "Secret"
    var metadata: ObjectMeta
    var type = "kubernetes.io/tls"
    var data: StringMap

    init(_ material: TLSSecretMaterial, namespace: String) {
        metadata = ObjectMeta(name: material.secretName, namespace: namespace, component: "tls")
        data = [
            "tls.crt": Data(material.certificatePEM.utf8).base64EncodedString(),
            "tls.key": Data(material.privateKeyPEM.utf8).base64EncodedString(),
        ]
    }
}
