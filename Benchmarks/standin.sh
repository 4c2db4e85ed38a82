# Sourced by the discover benchmarks (discover.sh, wizard-discovery.sh): starts the tests'
# stand-in Kubernetes API server on 127.0.0.1 for one scenario of
# Tests/EndToEndTests/DiscoverFixtures, and writes a kubeconfig whose current context points
# at it. Sets `work` (a temporary folder, removed on exit with the server stopped) and
# `kubeconfig`. Usage, from the package root: `. Benchmarks/standin.sh; standin_start SCENARIO`.

standin_start() {
    local scenario="$1" fixtures=Tests/EndToEndTests/DiscoverFixtures port
    work=$(mktemp -d)
    # Secrets' placeholders stay empty: the benchmarks measure reading, not certificate rules.
    sed -e 's/@TLS_CRT:[a-z-]*@//' -e 's/@TLS_KEY@//' "$fixtures/$scenario.json" > "$work/scenario.json"
    coproc SERVER { exec python3 "$fixtures/standin-apiserver.py" "$work/scenario.json" "$work/requests.log"; }
    trap 'kill "$SERVER_PID" 2>/dev/null; rm -rf "$work"' EXIT
    read -r _ port <&"${SERVER[0]}"
    kubeconfig="$work/kubeconfig"
    cat > "$kubeconfig" <<YAML
apiVersion: v1
kind: Config
clusters: [{name: standin, cluster: {server: "http://127.0.0.1:$port"}}]
users: [{name: bench, user: {token: not-a-secret}}]
contexts: [{name: standin, context: {cluster: standin, user: bench}}]
current-context: standin
YAML
}
