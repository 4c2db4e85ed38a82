import Foundation

/// Runs the real bash on a values file, the way install.sh reads it: `set -a; . FILE`.
enum Bash {
    /// The bytes bash ends with for each name (nil when unset), read from a clean environment.
    static func values(of names: [String], in bytes: [UInt8]) throws -> [String: [UInt8]?] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("nap-ingress-bash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("values.env")
        try Data(bytes).write(to: file)
        // One field per name: "1" + value when set, "0" when unset; NUL-separated.
        let script = "set -a; . \"$1\" >/dev/null 2>&1; set +a; for n in \(names.joined(separator: " ")); do "
            + "if [ -n \"${!n+x}\" ]; then printf '1%s\\0' \"${!n}\"; else printf '0\\0'; fi; done"
        let data = try run(script, argument: file.path, in: dir)
        var fields = Array(data).split(separator: 0, omittingEmptySubsequences: false).map(Array.init)
        if fields.last == [] { fields.removeLast() }
        guard fields.count == names.count else { throw BashError(output: String(decoding: data, as: UTF8.self)) }
        var result: [String: [UInt8]?] = [:]
        for (name, field) in zip(names, fields) {
            result[name] = field.first == UInt8(ascii: "1") ? Array(field.dropFirst()) : nil
        }
        return result
    }

    /// Standard output of `bash -c SCRIPT bash ARGUMENT` in `dir`, from an empty environment.
    static func run(_ script: String, argument: String, in dir: URL) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["-i", "bash", "-c", script, "bash", argument]
        process.currentDirectoryURL = dir
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    struct BashError: Error { var output: String }
}
