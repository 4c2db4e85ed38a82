#!/bin/sh
# nap-ingress: ports Neutree Agent Platform needs open on this host (firewalld, default zone).
# Add --zone=ZONE to each command for another zone.
set -e
firewall-cmd --permanent --add-port=30300/tcp   # nap-cp NodePort (UI and API)
firewall-cmd --permanent --add-port=30305/tcp   # nap-browser NodePort (remote browsers)
firewall-cmd --permanent --add-port=30306/tcp   # nap-sandbox NodePort (sandboxes)
firewall-cmd --permanent --add-port=3478/tcp   # TURN listener over TCP (clients whose network blocks UDP)
firewall-cmd --permanent --add-port=3478/udp   # TURN listener
firewall-cmd --permanent --add-port=49152-49252/udp   # TURN relay range (one port per relayed session, 101 at once)
firewall-cmd --reload
