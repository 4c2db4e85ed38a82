import Foundation
import IngressCore

/// One run of `nap-ingress-probe`: a `ProbeRequest` in, a `ProbeMessage` out for every slot as it
/// finishes, then the end. Kept apart from the executable's `main` so tests drive it directly.
public enum ProbeSession {
    /// Runs every probe the request asks for; `emit` hears each message once, from any task.
    /// Returns the probe's exit status: 0 when the run finished (whatever the cells say), 1 when it could not start.
    public static func run(_ request: ProbeRequest, emit: @escaping @Sendable (ProbeMessage) -> Void) async -> Int32 {
        let plan: Plan
        let settings: VerifySettings
        switch prepare(request) {
        case .success(let ready): (plan, settings) = ready
        case .failure(let problem):
            emit(.failure(problem.message))
            return 1
        }
        let targets = VerifyTargets(plan: plan, previewName: request.previewName)
        _ = await VerifyRunner.run(plan, targets: targets, settings: settings) { slot, cells in
            emit(.slot(slot, cells))
        }
        emit(.end)
        return 0
    }

    /// Why a request cannot be run, worded for the operator.
    public struct Problem: Error, Sendable {
        public var message: String
    }

    /// The plan (read from the request's values.env, as the parent read it) and the settings.
    public static func prepare(_ request: ProbeRequest) -> Result<(Plan, VerifySettings), Problem> {
        let workspace: Workspace
        do { workspace = try Workspace.load(request.valuesPath) } catch {
            return .failure(Problem(message: error.message))
        }
        guard let plan = Plan.make(workspace.config).0, plan.hosts != nil else {
            return .failure(Problem(message: "\(request.valuesPath) changed and no longer describes an install behind an ingress; run verify again."))
        }
        var paths: [Route.Name: String] = [:]
        for (route, path) in request.webSocketPaths {
            if let name = Route.Name(rawValue: route) { paths[name] = path }
        }
        var settings = VerifySettings(resolver: request.resolver, hold: request.hold ?? VerifySettings.defaultHold(plan),
                                      timeout: request.timeout, httpsPort: request.httpsPort, httpPort: request.httpPort,
                                      webSocketPaths: paths)
        do { try settings.trust(plan, caFile: request.caFile, outFolder: request.outFolder) } catch {
            return .failure(Problem(message: error.message))
        }
        if let secret = request.turnSecret { settings.turnCredentials = .restSecret(secret) }
        if let user = request.turnUser, let password = request.turnPassword { settings.turnCredentials = .longTerm(user: user, password: password) }
        return .success((plan, settings))
    }
}
