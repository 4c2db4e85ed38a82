#!/usr/bin/env bash
# verify's whole matrix, without the idle hold, against a loopback rig: nginx terminating TLS
# for the five names with the self-signed certificates `render` wrote, the Python echo backend
# of the tests, and named serving the zone `render` wrote. Target: under 2 s a run.
# Then SIDE (default 12) runs at once, as the side-by-side test does (with LOAD busy processes
# of its own, default 2): the batch's wall time and the slowest run, and whether every run passed.
# Usage: Benchmarks/verify-matrix.sh [BINARY] [RUNS] [SIDE] [LOAD]   (default .build/release/nap-ingress, 10, 12, 2)
# Needs nginx, named (bind9) and python3; everything runs on 127.0.0.1 and is stopped on exit.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=$(realpath "${1:-.build/release/nap-ingress}")
runs=${2:-10}
side=${3:-12}
load=${4:-2}
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
https=$(port); http=$(port); dns=$(port)

cd "$work"
"$bin" configure --values values.env --mode external --domain nap.acme.com --controller ingress-nginx \
  --entry 127.0.0.1 --tls-source self-signed >/dev/null 2>&1 || { echo "configure failed"; "$bin" configure --help | head -20; exit 1; }
"$bin" render --values values.env --out ingress >/dev/null 2>&1

python3 "$OLDPWD/Tests/VerifyRig/echo-backend.py" > echo.port & pids+=($!)
for _ in $(seq 100); do [ -s echo.port ] && break; sleep 0.05; done
echo_port=$(head -1 echo.port)

mkdir -p nginx/tmp
servers=""
for host in nap.acme.com files.nap.acme.com browsers.nap.acme.com sandbox.nap.acme.com '*.sandbox.nap.acme.com'; do
  secret=nap-tls-cert; [ "$host" = '*.sandbox.nap.acme.com' ] && secret=nap-sandbox-tls-cert
  servers+="server { listen 127.0.0.1:$https ssl; server_name $host;
    ssl_certificate $work/ingress/$secret.crt; ssl_certificate_key $work/ingress/$secret.key;
    location / { proxy_pass http://127.0.0.1:$echo_port; proxy_http_version 1.1; proxy_set_header Host \$host;
      proxy_set_header Upgrade \$http_upgrade; proxy_set_header Connection \$connection_upgrade; proxy_read_timeout 3600s; } }
"
done
cat > nginx/nginx.conf <<CONF
daemon off; master_process off; pid $work/nginx/nginx.pid;
events { worker_connections 256; }
http { access_log off;
  client_body_temp_path $work/nginx/tmp/b; proxy_temp_path $work/nginx/tmp/p; fastcgi_temp_path $work/nginx/tmp/f;
  uwsgi_temp_path $work/nginx/tmp/u; scgi_temp_path $work/nginx/tmp/s;
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  server { listen 127.0.0.1:$http default_server; return 308 https://\$host\$request_uri; }
  $servers
}
CONF
nginx -p "$work/nginx/" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" & pids+=($!)

mkdir -p named
# render's sheet holds the records only; a zone needs its SOA and NS first.
{ printf '$TTL 300\n@ IN SOA ns.nap.acme.com. hostmaster.nap.acme.com. 1 3600 600 86400 60\n@ IN NS ns.nap.acme.com.\nns.nap.acme.com. IN A 127.0.0.1\n'
  grep -v '^\$ORIGIN\|^\$TTL' ingress/dns-records.zone; } > named/zone
cat > named/named.conf <<CONF
options { directory "$work/named"; pid-file "$work/named/named.pid"; listen-on port $dns { 127.0.0.1; };
  listen-on-v6 { none; }; recursion no; allow-query { 127.0.0.1; }; dnssec-validation no; notify no;
  session-keyfile "$work/named/session.key"; managed-keys-directory "$work/named"; };
controls { };
zone "nap.acme.com" { type primary; file "$work/named/zone"; };
CONF
named -g -4 -n 1 -c "$work/named/named.conf" > named/log 2>&1 & pids+=($!)

for _ in $(seq 200); do
  (exec 3<>/dev/tcp/127.0.0.1/$https) 2>/dev/null && (exec 3<>/dev/tcp/127.0.0.1/$dns) 2>/dev/null && break
  sleep 0.05
done

args=(verify --values values.env --out ingress --resolver "127.0.0.1:$dns" --https-port "$https" --http-port "$http" --hold 0 --format json)
"$bin" "${args[@]}" > first.json 2>/dev/null || { grep -B2 -A6 "\"failed\"" first.json | head -40; echo "the rig does not verify clean"; exit 1; }
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 1 --runs "$runs" "$(printf '%q ' "$bin" "${args[@]}") >/dev/null 2>&1"
else
  start=$(date +%s%N)
  for _ in $(seq "$runs"); do "$bin" "${args[@]}" >/dev/null 2>&1; done
  echo "mean: $(( ($(date +%s%N) - start) / runs / 1000000 )) ms a run over $runs runs"
fi

# Side by side: SIDE runs at once on a machine kept busy by LOAD spinning processes (bounded to 120 s).
for _ in $(seq "$load"); do timeout 120 sh -c 'while :; do :; done' & pids+=($!); done
start=$(date +%s%N)
side_pids=()
for i in $(seq "$side"); do
  # (set -e is inherited: the status is taken, never allowed to end the subshell.)
  ( s=$(date +%s%N); rc=0; "$bin" "${args[@]}" > "side-$i.json" 2>/dev/null || rc=$?; echo "$rc $(( ($(date +%s%N) - s) / 1000000 ))" > "side-$i.status" ) &
  side_pids+=($!)
done
wait "${side_pids[@]}" || true
wall=$(( ($(date +%s%N) - start) / 1000000 ))
failed=$(cat side-*.status | awk '$1 != 0' | wc -l)
slowest=$(cat side-*.status | awk '{ print $2 }' | sort -n | tail -1)
timeouts=$(cat side-*.json | grep -c '"code" : "[a-z.]*\(timeout\|filtered\)' || true)
echo "side by side: $side runs with $load busy processes: ${wall} ms wall, slowest run ${slowest} ms, $failed failed, $timeouts timeout cells"
