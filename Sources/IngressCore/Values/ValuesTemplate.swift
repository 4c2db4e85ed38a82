/// The `values.env` a first install starts from when there is none yet (built-in defaults).
public enum ValuesTemplate {
    public static var text: String {
        var out = "# Neutree Agent Platform: install values (sourced by install.sh with bash).\n"
        out += "# Created by nap-ingress from built-in defaults; edit freely, re-run nap-ingress to change ingress answers.\n\n"
        out += "# How the platform is reached: nodeport (default) or external (your ingress controller).\n"
        for key in OwnedKey.allCases where key.isPlatformKey {
            out += "\(key.rawValue)=\(quoted(key.defaultValue))\n"
        }
        out += "\n# nap-ingress answers (ingress controller, DNS, TLS, TURN).\n"
        for key in OwnedKey.allCases where !key.isPlatformKey {
            out += "\(key.rawValue)=\(quoted(key.defaultValue))\n"
        }
        return out
    }

    /// Empty defaults are written bare (`KEY=`) so the operator's later values stay unquoted when they can.
    private static func quoted(_ value: String) -> String {
        value.isEmpty ? "" : (try? BashQuoting.quote(value)) ?? ""
    }
}
