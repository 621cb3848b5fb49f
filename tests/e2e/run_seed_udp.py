#!/usr/bin/env python3
"""End-to-end: socklab --open "udp-server 127.0.0.1:PORT reply=upper" answers the seeds' UDP client
with upper-cased datagrams from its own port, and the stats file counts them exactly.
Usage: run_seed_udp.py SOCKLAB SEED_UDP_CLIENT"""
import socket
import subprocess
import sys
import tempfile

from e2e_support import fail, free_port, start_socklab, stop_socklab, wait_for_stats

SOCKLAB, SEED_CLIENT = sys.argv[1], sys.argv[2]


def main():
    port = free_port(socket.SOCK_DGRAM)
    with tempfile.TemporaryDirectory() as tmp:
        proc, stats = start_socklab(SOCKLAB, tmp, ['--open', f"udp-server 127.0.0.1:{port} reply=upper"])
        local = f"127.0.0.1:{port}"
        wait_for_stats(proc, stats, lambda t: t.get('kind') == 'udp-server' and t.get('local') == local,
                       f"UDP server bound to {local}", 20)
        client = subprocess.run([sys.executable, SEED_CLIENT, str(port), 'hello', 'udp'],
                                capture_output=True, text=True, timeout=30)
        if client.returncode != 0 or client.stdout.split() != ['HELLO', 'True', 'UDP', 'True']:
            fail(f"seed UDP client: exit {client.returncode}, stdout {client.stdout!r}, stderr {client.stderr!r}",
                 proc)
        tab = wait_for_stats(proc, stats, lambda t: t.get('rx_bytes') == 8 and t.get('tx_bytes') == 8
                             and t.get('rx_msgs') == 2 and t.get('tx_msgs') == 2,
                             "2 datagrams (8 bytes) each way", 10)
        stop_socklab(proc)
    print(f"ok: port {port}, HELLO UDP, stats {tab}")


main()
