/// One file `render` writes into the output folder.
public struct OutputFile: Equatable, Sendable {
    /// Path relative to the output folder.
    public var path: String
    public var contents: [UInt8]
    /// 0600 for key material, 0644 otherwise.
    public var mode: UInt32

    public init(path: String, contents: [UInt8], mode: UInt32 = 0o644) {
        self.path = path
        self.contents = contents
        self.mode = mode
    }

    public init(path: String, text: String, mode: UInt32 = 0o644) {
        self.init(path: path, contents: Array(text.utf8), mode: mode)
    }

    public var text: String { String(decoding: contents, as: UTF8.self) }
}
