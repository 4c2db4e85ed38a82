#!/bin/sh
# nap-ingress: ports Neutree Agent Platform needs open on this host (firewalld, default zone).
# Add --zone=ZONE to each command for another zone.
set -e
firewall-cmd --permanent --add-port=80/tcp   # HTTP to the ingress (redirect to HTTPS, ACME HTTP-01)
firewall-cmd --permanent --add-port=443/tcp   # HTTPS to the ingress (all five host names)
firewall-cmd --permanent --add-port=3478/tcp   # TURN listener over TCP (clients whose network blocks UDP)
firewall-cmd --permanent --add-port=3478/udp   # TURN listener
firewall-cmd --permanent --add-port=49152-49252/udp   # TURN relay range (one port per relayed session, 101 at once)
firewall-cmd --reload
