#!/bin/sh
# nap-ingress: ports Neutree Agent Platform needs open on this host (ufw).
# Kubernetes forwards hostPort/NodePort/LoadBalancer traffic to pods, hence the route rules.
set -e
# nap-cp NodePort (UI and API)
ufw allow 30300/tcp comment 'nap-ingress: nap-cp NodePort'
ufw route allow proto tcp to any port 30300 comment 'nap-ingress: nap-cp NodePort'
# nap-browser NodePort (remote browsers)
ufw allow 30305/tcp comment 'nap-ingress: nap-browser NodePort'
ufw route allow proto tcp to any port 30305 comment 'nap-ingress: nap-browser NodePort'
# nap-sandbox NodePort (sandboxes)
ufw allow 30306/tcp comment 'nap-ingress: nap-sandbox NodePort'
ufw route allow proto tcp to any port 30306 comment 'nap-ingress: nap-sandbox NodePort'
# TURN listener over TCP (clients whose network blocks UDP)
ufw allow 3478/tcp comment 'nap-ingress: TURN listener over TCP'
ufw route allow proto tcp to any port 3478 comment 'nap-ingress: TURN listener over TCP'
# TURN listener
ufw allow 3478/udp comment 'nap-ingress: TURN listener'
ufw route allow proto udp to any port 3478 comment 'nap-ingress: TURN listener'
# TURN relay range (one port per relayed session, 101 at once)
ufw allow 49152:49252/udp comment 'nap-ingress: TURN relay range'
ufw route allow proto udp to any port 49152:49252 comment 'nap-ingress: TURN relay range'
