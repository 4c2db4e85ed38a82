import Foundation
import Testing
@testable import Cluster

/// discover runs several kubectl at once: a child started while another call's pipes exist must
/// not inherit them, or that call sees no end of its output until the child exits too.
@Suite struct KubectlDescriptorTests {
    @Test func aChildStartedMeanwhileInheritsNoOtherCallsPipes() throws {
        var sibling: Kubectl.Output?
        var pipes: [Int32] = []
        let outer = try Kubectl.spawn(["/bin/echo", "outer"], deadline: 5, whilePipesOpen: { open in
            pipes = open
            // The child lists its own descriptors (the test runner's own may be among them too).
            sibling = try? Kubectl.spawn(["/bin/ls", "/proc/self/fd"], deadline: 5)
        })
        #expect(outer.stdout == "outer\n")
        #expect(pipes.count == 4)
        let listed = Set(try #require(sibling).stdout.split(separator: "\n").compactMap { Int32($0) })
        #expect(listed.isSuperset(of: [0, 1, 2]))
        #expect(listed.isDisjoint(with: pipes), "the sibling holds the outer call's descriptors \(pipes.filter(listed.contains))")
    }
}
