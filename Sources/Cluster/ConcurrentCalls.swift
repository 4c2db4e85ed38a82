import Foundation

/// Runs independent kubectl calls at once, one thread each: every call is a process waiting
/// on the network, so the slowest call, not their sum, sets how long discover takes (a
/// CPU-sized pool would run only two at a time on a 2-core machine).
enum ConcurrentCalls {
    static func run<T: Sendable>(_ work: [@Sendable () -> T]) -> [T] {
        let results = Results<T>(count: work.count)
        let group = DispatchGroup()
        for (index, job) in work.enumerated() {
            group.enter()
            let thread = Thread {
                results.set(index, job())
                group.leave()
            }
            thread.start()
        }
        group.wait()
        return results.values.map { $0! }
    }

    /// The results, filled from several threads under a lock.
    final class Results<T: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [T?]
        init(count: Int) { storage = Array(repeating: nil, count: count) }
        func set(_ index: Int, _ value: T) { lock.withLock { storage[index] = value } }
        var values: [T?] { lock.withLock { storage } }
    }
}
