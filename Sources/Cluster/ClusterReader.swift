import Foundation
import IngressCore

/// Reads a cluster into a `ClusterSnapshot` through kubectl: GET requests only, as few calls
/// as it can (one per request kind at most), Secrets only through their `tls.crt`.
public struct ClusterReader: Sendable {
    /// Why the cluster could not be read at all.
    public struct Unreachable: Error, Equatable, Sendable {
        /// One line for the operator, e.g. `kubectl is not on PATH`.
        public var message: String
        public var hint: String
    }

    public var kubectl: Kubectl
    /// kubectl's `--request-timeout` for the reachability probe; `get` can take about six times its timeout (discovery retries).
    public var probeTimeout = 2
    public var requestTimeout = 5

    public init(kubectl: Kubectl) { self.kubectl = kubectl }

    /// The snapshot for `request`, or why the API server could not be reached.
    public func read(_ request: DiscoveryRequest) -> Result<ClusterSnapshot, Unreachable> {
        // A short probe first: a silent server must cost seconds, not minutes.
        let probe: Kubectl.Output
        do {
            probe = try kubectl.run(["get", "--raw", "/version"], requestTimeout: probeTimeout, deadline: Double(probeTimeout) * 3)
        } catch .notFound {
            return .failure(Unreachable(message: "kubectl is not on PATH.",
                                        hint: "install kubectl (Debian: kubernetes-client), or run discover where it is installed."))
        } catch {
            return .failure(Unreachable(message: "kubectl could not be started (\(error)).", hint: "check the kubectl on PATH."))
        }
        guard probe.status == 0, !probe.timedOut else {
            let said = KubectlMessages.lines(probe.stderr).last ?? (probe.timedOut ? "no answer" : "exit status \(probe.status)")
            return .failure(Unreachable(message: "cannot reach the Kubernetes API server: \(said)",
                                        hint: "check `kubectl config current-context`, --context and --kubeconfig, and that the API server answers."))
        }
        var snapshot = ClusterSnapshot(serverVersion: Self.gitVersion(probe.stdout))

        let types = kubectl.tryRun(["api-resources", "-o", "name"], requestTimeout: requestTimeout)
        snapshot.resourceTypes = Set(types.stdout.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) })
        if snapshot.resourceTypes.isEmpty {
            snapshot.errors += KubectlMessages.lines(types.stderr)
            return .success(snapshot)
        }

        let calls = plannedCalls(request, types: snapshot.resourceTypes)
        let outputs = ConcurrentCalls.run(calls.map { call in { kubectl.tryRun(call.arguments, requestTimeout: requestTimeout) } })
        for (call, output) in zip(calls, outputs) {
            call.absorb(output, &snapshot)
        }
        return .success(snapshot)
    }

    /// One kubectl call and how its answer goes into the snapshot.
    struct Call: Sendable {
        var arguments: [String]
        var absorb: @Sendable (Kubectl.Output, inout ClusterSnapshot) -> Void
    }

    /// The calls for the types the server serves: one batched list, the named CRD, the namespaces, the Secrets, the TURN pods.
    func plannedCalls(_ request: DiscoveryRequest, types: Set<String>) -> [Call] {
        var calls: [Call] = []
        // Asking for a type the server lacks fails the whole call, so only served types are listed.
        let batch = [DiscoveryKinds.ingressClasses, "services", DiscoveryKinds.gatewayClasses, DiscoveryKinds.gateways,
                      DiscoveryKinds.clusterIssuers, DiscoveryKinds.issuers, DiscoveryKinds.certificates]
            // The routing kinds, for the objects that already serve the platform's hosts (the Gateway is listed once).
            + RoutingKind.all.map(\.resource).filter { $0 != DiscoveryKinds.gateways }
        let listed = batch.filter(types.contains)
        if !listed.isEmpty {
            calls.append(Call(arguments: ["get", listed.joined(separator: ","), "--all-namespaces", "-o", "json"]) { output, snapshot in
                KubeObjects.add(KubeObjects.items(output.stdout), to: &snapshot)
                Self.absorbErrors(output, &snapshot)
            })
        }
        if types.contains(DiscoveryKinds.customResourceDefinitions), types.contains(DiscoveryKinds.gatewayClasses) {
            let path = #"{.metadata.annotations.gateway\.networking\.k8s\.io/bundle-version}{"\t"}{.metadata.annotations.gateway\.networking\.k8s\.io/channel}"#
            calls.append(Call(arguments: ["get", DiscoveryKinds.customResourceDefinitions, DiscoveryKinds.gatewayClasses, "-o", "jsonpath=\(path)"]) { output, snapshot in
                if output.status == 0 {
                    let fields = output.stdout.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
                    snapshot.customResources.append(CustomResourceDefinitionObject(
                        name: DiscoveryKinds.gatewayClasses, bundleVersion: fields.first.flatMap { $0.isEmpty ? nil : $0 },
                        channel: fields.count > 1 && !fields[1].isEmpty ? fields[1] : nil))
                }
                Self.absorbErrors(output, &snapshot)
            })
        }
        let namespaces = Array(Set([request.namespace] + request.secretNamespaces)).sorted()
        calls.append(Call(arguments: ["get", "namespaces"] + namespaces + ["--ignore-not-found", "-o", "name"]) { output, snapshot in
            if output.status == 0 {
                let found = Set(output.stdout.split(separator: "\n").map { $0.replacingOccurrences(of: "namespace/", with: "") })
                for namespace in namespaces { snapshot.namespaces[namespace] = found.contains(namespace) }
            }
            Self.absorbErrors(output, &snapshot)
        })
        // Two names make kubectl print a List, so the range below sees both; only tls.crt is printed.
        let certificateOnly = #"jsonpath={range .items[*]}{.metadata.name}{"\t"}{.data.tls\.crt}{"\n"}{end}"#
        for namespace in request.secretNamespaces {
            calls.append(Call(arguments: ["get", "secrets"] + DiscoveryRequest.secretNames + ["-n", namespace, "--ignore-not-found", "-o", certificateOnly]) { output, snapshot in
                for line in output.stdout.split(separator: "\n") {
                    let fields = line.split(separator: "\t", maxSplits: 1).map(String.init)
                    guard let name = fields.first else { continue }
                    let pem = fields.count > 1 ? Data(base64Encoded: fields[1]).map { String(decoding: $0, as: UTF8.self) } : nil
                    snapshot.secrets.append(SecretCertificate(namespace: namespace, name: name, certificatePEM: pem))
                }
                Self.absorbErrors(output, &snapshot)
            })
        }
        if !request.turnSelector.isEmpty {
            calls.append(Call(arguments: ["get", "pods", "-n", request.namespace, "-l", request.turnSelector, "-o", "json"]) { output, snapshot in
                KubeObjects.add(KubeObjects.items(output.stdout), to: &snapshot)
                Self.absorbErrors(output, &snapshot)
            })
        }
        return calls
    }

    /// Forbidden kinds become "not allowed", a missing namespace is recorded, anything else is kept as an error line.
    static func absorbErrors(_ output: Kubectl.Output, _ snapshot: inout ClusterSnapshot) {
        if output.timedOut { snapshot.errors.append("kubectl did not answer in time; part of the cluster was not read.") }
        for line in KubectlMessages.lines(output.stderr) {
            if let type = KubectlMessages.forbiddenType(line) {
                snapshot.notAllowed.insert(type)
            } else if let namespace = KubectlMessages.missingNamespace(line) {
                snapshot.namespaces[namespace] = false
            } else if KubectlMessages.isConnectionFailure(line) {
                // The probe answered, so the server went away mid-read: that part is missing, not empty.
                let said = "the API server stopped answering while discover read it, so part of the report is missing: \(line)"
                if !snapshot.errors.contains(said) { snapshot.errors.append(said) }
            } else if !snapshot.errors.contains(line) {
                snapshot.errors.append(line)
            }
        }
    }

    /// `gitVersion` of the `/version` document.
    static func gitVersion(_ json: String) -> String? {
        guard let data = json.data(using: .utf8),
              let document = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return document["gitVersion"] as? String
    }
}

extension Kubectl {
    /// A call whose failure to start is an answer too (the probe already found kubectl).
    func tryRun(_ arguments: [String], requestTimeout: Int) -> Output {
        // kubectl get can take about six times its request timeout when discovery retries.
        do {
            return try run(arguments, requestTimeout: requestTimeout, deadline: Double(requestTimeout) * 3)
        } catch {
            return Output(status: 127, stdout: "", stderr: "kubectl could not be started: \(error)", timedOut: false)
        }
    }
}
