#!/usr/bin/env python3
"""A stand-in Kubernetes API server for nap-ingress's discover tests (loopback only).

It answers what the real kubectl asks: /version, legacy discovery (/api, /apis,
/api/v1, /apis/<group>/<version>; aggregated discovery is not offered, so kubectl
falls back to the legacy documents), and GETs of lists and named objects, from the
recorded objects of one scenario file. The resources a group serves follow the
objects present: built-in kinds are always served, a custom resource only when its
CustomResourceDefinition is among the scenario's objects (as a real API server).

Scenario file (JSON):
  {"version": "v1.31.0",           # gitVersion of /version
   "forbidden": ["secrets"],       # resources answered 403 Forbidden (any verb)
   "silent": false,                # accept connections and never answer
   "objects": [ ...Kubernetes objects with apiVersion, kind, metadata... ]}

Usage: standin-apiserver.py SCENARIO.json REQUEST_LOG
Prints "PORT <n>" on stdout once listening on 127.0.0.1 (ephemeral port); every
request is appended to REQUEST_LOG as "METHOD PATH?QUERY" (one line each). Stops on
SIGTERM or when stdin closes.
"""
import json
import signal
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qs

# (group, version, plural, kind, namespaced) of the built-in kinds discover reads.
BUILTIN = [
    ("", "v1", "namespaces", "Namespace", False),
    ("", "v1", "services", "Service", True),
    ("", "v1", "secrets", "Secret", True),
    ("", "v1", "pods", "Pod", True),
    ("networking.k8s.io", "v1", "ingressclasses", "IngressClass", False),
    ("networking.k8s.io", "v1", "ingresses", "Ingress", True),
    ("apiextensions.k8s.io", "v1", "customresourcedefinitions", "CustomResourceDefinition", False),
]


class Scenario:
    def __init__(self, path):
        with open(path) as f:
            doc = json.load(f)
        self.version = doc.get("version", "v1.31.0")
        self.forbidden = set(doc.get("forbidden", []))
        self.silent = doc.get("silent", False)
        self.objects = doc.get("objects", [])
        # (group, version) -> {plural: (kind, namespaced)}
        self.resources = {}
        for group, version, plural, kind, namespaced in BUILTIN:
            self.resources.setdefault((group, version), {})[plural] = (kind, namespaced)
        for obj in self.objects:
            if obj.get("kind") != "CustomResourceDefinition":
                continue
            spec = obj["spec"]
            for v in spec["versions"]:
                if v.get("served", True):
                    self.resources.setdefault((spec["group"], v["name"]), {})[spec["names"]["plural"]] = (
                        spec["names"]["kind"], spec.get("scope") == "Namespaced")

    def kind_of(self, group, version, plural):
        return self.resources.get((group, version), {}).get(plural)

    def items(self, group, version, kind, namespace):
        api_version = f"{group}/{version}" if group else version
        found = []
        for obj in self.objects:
            if obj.get("kind") != kind:
                continue
            obj_group = obj["apiVersion"].rsplit("/", 1)[0] if "/" in obj["apiVersion"] else ""
            if obj_group != group:
                continue
            if namespace is not None and obj["metadata"].get("namespace") != namespace:
                continue
            copy = dict(obj)
            copy["apiVersion"] = api_version
            found.append(copy)
        return found


def status(code, reason, message, details=None):
    body = {"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
            "message": message, "reason": reason, "code": code}
    if details:
        body["details"] = details
    return code, body


def matches_selector(obj, selector):
    labels = obj["metadata"].get("labels", {}) or {}
    for term in filter(None, selector.split(",")):
        if "!=" in term:
            k, v = term.split("!=", 1)
            if labels.get(k) == v:
                return False
        elif "=" in term:
            k, v = term.split("=", 1)
            if labels.get(k.rstrip("=")) != v.lstrip("="):
                return False
        elif labels.get(term) is None:
            return False
    return True


def answer(scenario, path, query):
    parts = [p for p in path.split("/") if p]
    if path == "/version":
        major, minor = scenario.version.lstrip("v").split(".")[:2]
        return 200, {"major": major, "minor": minor, "gitVersion": scenario.version, "platform": "linux/amd64"}
    if path == "/api":
        return 200, {"kind": "APIVersions", "versions": ["v1"],
                     "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1"}]}
    if path == "/apis":
        groups = {}
        for (group, version) in scenario.resources:
            if group:
                groups.setdefault(group, []).append(version)
        return 200, {"kind": "APIGroupList", "apiVersion": "v1", "groups": [
            {"name": g, "versions": [{"groupVersion": f"{g}/{v}", "version": v} for v in vs],
             "preferredVersion": {"groupVersion": f"{g}/{vs[0]}", "version": vs[0]}}
            for g, vs in sorted(groups.items())]}
    # /api/v1/... or /apis/<group>/<version>/...
    if parts[:1] == ["api"] and len(parts) >= 2:
        group, version, rest = "", parts[1], parts[2:]
    elif parts[:1] == ["apis"] and len(parts) >= 3:
        group, version, rest = parts[1], parts[2], parts[3:]
    else:
        return status(404, "NotFound", "the server could not find the requested resource")
    served = scenario.resources.get((group, version))
    if served is None:
        return status(404, "NotFound", "the server could not find the requested resource")
    group_version = f"{group}/{version}" if group else version
    if not rest:
        return 200, {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": group_version, "resources": [
            {"name": plural, "singularName": kind.lower(), "namespaced": namespaced, "kind": kind,
             "verbs": ["get", "list", "watch", "create", "update", "patch", "delete"]}
            for plural, (kind, namespaced) in sorted(served.items())]}
    namespace = None
    if rest[0] == "namespaces" and len(rest) >= 3:
        namespace, rest = rest[1], rest[2:]
    plural, name = rest[0], (rest[1] if len(rest) > 1 else None)
    resolved = served.get(plural)
    if resolved is None:
        return status(404, "NotFound", "the server could not find the requested resource")
    kind, namespaced = resolved
    qualified = plural + (f".{group}" if group else "")
    if plural in scenario.forbidden or qualified in scenario.forbidden:
        verb = "get" if name else "list"
        where = f'in the namespace "{namespace}"' if namespace else "at the cluster scope"
        named = f'"{name}" ' if name else ""
        return status(403, "Forbidden",
                      f'{qualified} {named}is forbidden: User "discover-test" cannot {verb} '
                      f'resource "{plural}" in API group "{group}" {where}',
                      {"name": name, "group": group, "kind": plural} if name else {"group": group, "kind": plural})
    if namespace is not None and plural != "namespaces":
        known = {o["metadata"]["name"] for o in scenario.objects if o.get("kind") == "Namespace"}
        if namespace not in known:
            return status(404, "NotFound", f'namespaces "{namespace}" not found',
                          {"name": namespace, "kind": "namespaces"})
    items = scenario.items(group, version, kind, namespace if namespaced else None)
    if name is not None:
        for obj in items:
            if obj["metadata"]["name"] == name:
                return 200, obj
        return status(404, "NotFound", f'{qualified} "{name}" not found', {"name": name, "group": group, "kind": plural})
    selector = query.get("labelSelector", [""])[0]
    if selector:
        items = [o for o in items if matches_selector(o, selector)]
    return 200, {"kind": kind + "List", "apiVersion": group_version, "metadata": {"resourceVersion": "1"}, "items": items}


def main():
    scenario = Scenario(sys.argv[1])
    log_path = sys.argv[2]
    log_lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args):
            pass

        def do_GET(self):
            self.handle_any()

        def do_POST(self):
            self.handle_any()

        def do_PUT(self):
            self.handle_any()

        def do_PATCH(self):
            self.handle_any()

        def do_DELETE(self):
            self.handle_any()

        def handle_any(self):
            with log_lock, open(log_path, "a") as log:
                log.write(f"{self.command} {self.path}\n")
            if scenario.silent:
                # Accept and never answer: the connection stays open until the client gives up.
                deadline = time.monotonic() + 120
                while time.monotonic() < deadline:
                    time.sleep(0.2)
                return
            split = urlsplit(self.path)
            if self.command != "GET":
                code, body = status(405, "MethodNotAllowed", "the stand-in answers GET only")
            else:
                code, body = answer(scenario, split.path, parse_qs(split.query))
            data = json.dumps(body).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    ThreadingHTTPServer.daemon_threads = True
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    print(f"PORT {server.server_address[1]}", flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    # The test that started us holds our stdin; when it goes away, so do we.
    try:
        sys.stdin.read()
    except Exception:
        pass


if __name__ == "__main__":
    main()
