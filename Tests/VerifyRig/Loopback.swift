import Glibc

/// The rig's sockets live on 127.0.0.1 only: the address is built, bound and connected here,
/// once, so no helper can aim a socket anywhere else by a slip in its own copy.
enum Loopback {
    /// 127.0.0.1:`port` (`host` another 127.0.0.0/8 address where a test needs one).
    static func address(port: Int, host: String = "127.0.0.1") -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr(host)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        return address
    }

    /// Binds `fd` to 127.0.0.1:`port` (0: the kernel picks) and returns the port it got, or nil.
    static func bind(_ fd: Int32, port: Int = 0) -> Int? {
        var address = address(port: port)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
        }
        return bound ? Int(UInt16(bigEndian: address.sin_port)) : nil
    }

    /// Calls `body` with `address` as the `sockaddr` the socket calls take, and its length.
    static func with<T>(_ address: sockaddr_in, _ body: (UnsafePointer<sockaddr>, socklen_t) -> T) -> T {
        var address = address
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
    }
}
