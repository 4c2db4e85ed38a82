import Cluster
import Foundation
import IngressCore
import Wizard

/// The wizard's cluster discovery on a thread of its own, so the first frame and every key
/// are never kept waiting for kubectl; the terminal loop picks the result up on a tick.
final class BackgroundDiscovery: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Event?

    /// Starts discovery when a `kubectl` is on PATH and a kubeconfig exists; nil (nothing shown) otherwise.
    static func start(config: Config) -> BackgroundDiscovery? {
        guard Self.kubectlOnPath(), Self.kubeconfigExists() else { return nil }
        let job = BackgroundDiscovery()
        let thread = Thread {
            let event = Self.discover(config: config)
            job.lock.withLock { job.result = event }
        }
        thread.start()
        return job
    }

    /// The finished discovery's event, once.
    func take() -> Event? {
        lock.withLock {
            defer { result = nil }
            return result
        }
    }

    static func discover(config: Config) -> Event {
        let kubectl = Kubectl()
        // No current context: no cluster to ask, and nothing to say about it. Read from the
        // kubeconfig, not asked of kubectl: one kubectl start-up less before the first frame's proposals.
        guard KubeconfigContext.current(environment: ProcessInfo.processInfo.environment) != nil else {
            return .discovered(nil, failure: nil)
        }
        let request = DiscoveryRequest(config: config)
        switch ClusterReader(kubectl: kubectl).read(request) {
        case .success(let snapshot):
            // The wizard judges the reading itself, against its answers as they change.
            return .clusterRead(ClusterReading(snapshot: snapshot, request: request, readAt: Date()))
        case .failure(let unreachable):
            return .discovered(nil, failure: unreachable.message.hasSuffix(".") ? String(unreachable.message.dropLast()) : unreachable.message)
        }
    }

    /// Whether a kubeconfig file is there, as kubectl looks for one: KUBECONFIG's files, else ~/.kube/config.
    static func kubeconfigExists() -> Bool {
        if let list = getenv("KUBECONFIG").map({ String(cString: $0) }), !list.isEmpty {
            return list.split(separator: ":").contains { access(String($0), R_OK) == 0 }
        }
        guard let home = getenv("HOME").map({ String(cString: $0) }) else { return false }
        return access("\(home)/.kube/config", R_OK) == 0
    }

    /// Whether PATH has an executable `kubectl` (no process started for it).
    static func kubectlOnPath() -> Bool {
        let path = getenv("PATH").map { String(cString: $0) } ?? ""
        return path.split(separator: ":").contains { access("\($0)/kubectl", X_OK) == 0 }
    }
}
