import Foundation
import IngressCore

/// Runs every probe of one `verify` concurrently and hands each (host, check) slot its cells as soon
/// as they are known, so a front can fill in the matrix live. Cancelling the task ends every probe.
public enum VerifyRunner {
    /// What resolves the names: verify-l4's DNS probe in real use, a fixed table in tests.
    public typealias Lookup = @Sendable (Plan, String, VerifySettings) async -> DNSVerification
    /// What checks TURN.
    public typealias TURNCheck = @Sendable (Plan, VerifySettings) async -> [VerifyCell]

    public static let dns: Lookup = { plan, preview, settings in
        await DNSVerifier.verify(plan, previewName: preview, resolver: settings.resolver, timeout: settings.timeout)
    }
    public static let turn: TURNCheck = { plan, settings in
        await TURNVerifier.verify(plan, credentials: settings.turnCredentials, timeout: settings.timeout)
    }

    /// Every cell; `deliver` hears each slot once, from any task.
    public static func run(_ plan: Plan, targets: VerifyTargets, settings: VerifySettings,
                           lookup: @escaping Lookup = dns, turnCheck: @escaping TURNCheck = turn,
                           deliver: @escaping @Sendable (VerifySlot, [VerifyCell]) -> Void) async -> VerifyReport {
        let facts = ControllerVerifyFacts.of(plan)
        let now = Date()
        return await withTaskGroup(of: [VerifyCell].self) { group in
            group.addTask {
                let cells = await turnCheck(plan, settings)
                deliver(VerifySlot(host: "turn", check: .turn), cells)
                return cells
            }
            group.addTask {
                let resolved = await lookup(plan, targets.previewName, settings)
                var cells: [VerifyCell] = []
                for row in targets.rows where row.checks.contains(.dns) {
                    let mine = resolved.cells.filter { $0.host == row.host && $0.check == .dns }
                    deliver(VerifySlot(host: row.host, check: .dns), mine)
                    cells += mine
                }
                return await withTaskGroup(of: [VerifyCell].self) { probes in
                    for row in targets.rows {
                        let addresses = resolved.addresses[row.host] ?? []
                        for check in row.checks where check != .dns && check != .turn {
                            let slot = VerifySlot(host: row.host, check: check)
                            probes.addTask {
                                let slotCells = await probe(check, row: row, addresses: addresses, plan: plan,
                                                            settings: settings, facts: facts, now: now)
                                deliver(slot, slotCells)
                                return slotCells
                            }
                        }
                    }
                    for await more in probes { cells += more }
                    return cells
                }
            }
            var all: [VerifyCell] = []
            for await cells in group { all += cells }
            return VerifyReport(checks: order(all, targets: targets))
        }
    }

    /// One slot's cells: one per address, probed side by side.
    static func probe(_ check: VerifyCell.Check, row: VerifyTargets.Row, addresses: [String], plan: Plan,
                      settings: VerifySettings, facts: ControllerVerifyFacts, now: Date) async -> [VerifyCell] {
        guard !addresses.isEmpty else {
            return [VerifyCell(host: row.host, check: check, status: .skipped, code: "\(check.rawValue).no-address",
                               message: "not checked: \(row.host) did not resolve (see its DNS cell).")]
        }
        let requirement = plan.tls.first { $0.secretName == row.route?.tlsSecret }
        let path = row.route.flatMap { settings.webSocketPaths[$0.name] } ?? "/"
        return await withTaskGroup(of: (Int, VerifyCell).self) { group in
            for (index, address) in addresses.enumerated() {
                group.addTask {
                    switch check {
                    case .tls:
                        let seen = await TLSProbe.observe(host: row.host, address: address, port: settings.httpsPort, timeout: settings.timeout)
                        let configured = requirement?.source == .files ? requirement.flatMap { settings.configuredLeaves[$0.secretName] } : nil
                        return (index, await TLSJudgement.cell(seen, requirement: requirement, facts: facts, trust: settings.trust,
                                                               configured: configured, now: now))
                    case .http:
                        let seen = await HTTPProbe.observe(host: row.host, address: address, httpPort: settings.httpPort,
                                                           httpsPort: settings.httpsPort, timeout: settings.timeout)
                        return (index, HTTPJudgement.cell(seen, route: row.route, facts: facts))
                    default:
                        let seen = await WebSocketProbe.observe(host: row.host, address: address, port: settings.httpsPort, path: path,
                                                                hold: settings.hold, timeout: settings.timeout)
                        return (index, WebSocketJudgement.cell(seen, route: row.route, facts: facts))
                    }
                }
            }
            var cells: [(Int, VerifyCell)] = []
            for await cell in group { cells.append(cell) }
            return cells.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// Matrix order: rows as the targets list them, columns left to right.
    static func order(_ cells: [VerifyCell], targets: VerifyTargets) -> [VerifyCell] {
        VerifyAssembly.order(cells, targets: targets)
    }
}
