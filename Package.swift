// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "nap-ingress",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "nap-ingress", targets: ["nap-ingress"]),
        // verify's network probes, spawned by nap-ingress: swift-nio, BoringSSL and ldns stay out of its start.
        .executable(name: "nap-ingress-probe", targets: ["nap-ingress-probe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/apple/swift-certificates", exact: "1.21.1"),
        .package(url: "https://github.com/apple/swift-crypto", exact: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio", exact: "2.101.3"),
        .package(url: "https://github.com/apple/swift-nio-ssl", exact: "2.37.6"),
    ],
    targets: [
        // IDNA2008 (UTS #46 non-transitional) conversion of the main domain.
        .systemLibrary(name: "CIDN2", path: "Sources/CIDN2", providers: [.apt(["libidn2-dev"])]),
        // The public suffix list matcher curl and wget use (apex or subdomain, public suffixes).
        .systemLibrary(name: "CPSL", path: "Sources/CPSL", providers: [.apt(["libpsl-dev"])]),
        // ldns encodes DNS queries and decodes answers (CNAME chains, TTLs, response codes, SOA) for verify.
        .target(name: "CLdns", linkerSettings: [.linkedLibrary("dl")]),
        // The only C module that knows curses; used by exactly one file of the executable.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses", providers: [.apt(["libncurses-dev"])]),
        // Everything that knows NAP and Kubernetes, and no terminal.
        .target(
            name: "IngressCore",
            dependencies: [
                "CIDN2",
                "CPSL",
                .product(name: "Yams", package: "Yams"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // verify's probes of the live install from outside (DNS, TLS, HTTP, WebSocket, STUN/TURN):
        // the only code that opens network connections; the core judges what they saw.
        .target(
            name: "Probes",
            dependencies: [
                "IngressCore", "CLdns",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "X509", package: "swift-certificates"),
            ]
        ),
        // discover's only door to the cluster: runs kubectl (GET only) and fills in a ClusterSnapshot.
        .target(name: "Cluster", dependencies: ["IngressCore"]),
        // The wizard as a pure state machine: update(state, key) and view(state, size).
        .target(name: "Wizard", dependencies: ["IngressCore"]),
        .executableTarget(
            name: "nap-ingress",
            dependencies: [
                "IngressCore", "Wizard", "CNcurses", "Cluster",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // verify's probe executable: one request on stdin, one line per finished check on stdout.
        .executableTarget(name: "nap-ingress-probe", dependencies: ["IngressCore", "Probes"]),
        .executableTarget(
            name: "nap-ingress-bench",
            dependencies: ["IngressCore", "Wizard"],
            path: "Benchmarks/nap-ingress-bench"
        ),
        // Golden-file and snapshot comparison shared by the test targets.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "IngressCoreTests", dependencies: ["IngressCore", "TestSupport"], exclude: ["Golden", "Values/Corpus"]),
        .testTarget(name: "WizardTests", dependencies: ["Wizard", "IngressCore", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "ClusterTests", dependencies: ["Cluster", "IngressCore", "TestSupport"]),
        // verify's rig: real servers (named, nginx and its echo backend, turnserver, a network
        // namespace) that a test starts on loopback and stops; shared by the probes' tests and the
        // end-to-end tests that drive the binary and the wizard against them.
        .target(name: "VerifyRig", dependencies: ["IngressCore", "TestSupport"], path: "Tests/VerifyRig", exclude: ["echo-backend.py"]),
        .testTarget(name: "EndToEndTests", dependencies: ["IngressCore", "TestSupport", "VerifyRig"], exclude: ["DiscoverFixtures"]),
        // The probes against real servers (named, turnserver, nginx) the tests start on loopback.
        .testTarget(name: "ProbesTests", dependencies: [
            "Probes", "IngressCore", "TestSupport", "VerifyRig",
            .product(name: "X509", package: "swift-certificates"), .product(name: "NIOCore", package: "swift-nio"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
