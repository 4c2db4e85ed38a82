import Foundation

/// The current context kubectl would use, read from the kubeconfig files themselves: the
/// wizard asks this before starting discovery, and asking `kubectl config current-context`
/// cost one more kubectl start-up (about as long as a request) before the first real call.
public enum KubeconfigContext {
    /// The files kubectl reads, in its order: KUBECONFIG's list, else `~/.kube/config`.
    public static func files(environment: [String: String]) -> [String] {
        if let list = environment["KUBECONFIG"], !list.isEmpty {
            return list.split(separator: ":").map(String.init)
        }
        return environment["HOME"].map { ["\($0)/.kube/config"] } ?? []
    }

    /// The current context of the first file that sets one (kubectl's merge rule: the first
    /// file to set a value wins), nil when none does or no file can be read.
    public static func current(environment: [String: String]) -> String? {
        for path in files(environment: environment) {
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
            if let name = current(in: text) { return name }
        }
        return nil
    }

    /// The top-level `current-context:` of one kubeconfig's text (block style, as kubectl
    /// writes it, or JSON), without quotes or a trailing comment; nil when it is absent or empty.
    public static func current(in text: String) -> String? {
        // kubectl also reads a kubeconfig written as JSON (YAML's subset): one object, no lines to scan.
        if text.drop(while: \.isWhitespace).first == "{" {
            let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
            guard let name = object?["current-context"] as? String, !name.isEmpty else { return nil }
            return name
        }
        for line in text.split(whereSeparator: \.isNewline) where line.hasPrefix("current-context:") {
            var value = line.dropFirst("current-context:".count).trimmingCharacters(in: .whitespaces)
            if let quote = value.first, quote == "\"" || quote == "'" {
                value = String(value.dropFirst().prefix { $0 != quote })
            } else if let hash = value.range(of: " #") {
                value = String(value[..<hash.lowerBound]).trimmingCharacters(in: .whitespaces)
            }
            return value.isEmpty || value == "null" || value == "~" ? nil : value
        }
        return nil
    }
}
