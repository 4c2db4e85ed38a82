#!/bin/sh
# nap-ingress: ports Neutree Agent Platform needs open on this host (ufw).
# Kubernetes forwards hostPort/NodePort/LoadBalancer traffic to pods, hence the route rules.
set -e
# HTTP to the ingress (redirect to HTTPS, ACME HTTP-01)
ufw allow 80/tcp comment 'nap-ingress: HTTP to the ingress'
ufw route allow proto tcp to any port 80 comment 'nap-ingress: HTTP to the ingress'
# HTTPS to the ingress (all five host names)
ufw allow 443/tcp comment 'nap-ingress: HTTPS to the ingress'
ufw route allow proto tcp to any port 443 comment 'nap-ingress: HTTPS to the ingress'
# TURN listener over TCP (clients whose network blocks UDP)
ufw allow 3478/tcp comment 'nap-ingress: TURN listener over TCP'
ufw route allow proto tcp to any port 3478 comment 'nap-ingress: TURN listener over TCP'
# TURN listener
ufw allow 3478/udp comment 'nap-ingress: TURN listener'
ufw route allow proto udp to any port 3478 comment 'nap-ingress: TURN listener'
# TURN relay range (one port per relayed session, 101 at once)
ufw allow 49152:49252/udp comment 'nap-ingress: TURN relay range'
ufw route allow proto udp to any port 49152:49252 comment 'nap-ingress: TURN relay range'
