#!/usr/bin/env python3
"""End-to-end fault: socklab --open "tcp-server 127.0.0.1:PORT" --stats FILE with 1,000 Python clients
connected, each having sent a line. SIGTERM must end socklab within 1 s (measured from the signal to
the process's exit), with exit status 0; the final stats count exactly the bytes the clients sent;
every client then reads EOF (closed gracefully, not reset, nothing left open on socklab's side).
Usage: run_quit_with_connections.py SOCKLAB [CLIENTS]"""
import json
import resource
import signal
import socket
import sys
import tempfile
import time

from e2e_support import fail, free_port, start_socklab, wait_for_stats

SOCKLAB = sys.argv[1]
CLIENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
QUIT_BOUND_S = 1.0


def raise_descriptor_limit(needed):
    # Both this script and socklab (which inherits the limit) hold one socket per client.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < needed:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(needed, hard), hard))


def main():
    raise_descriptor_limit(CLIENTS + 512)
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        proc, stats = start_socklab(SOCKLAB, tmp, ['--open', f"tcp-server 127.0.0.1:{port}"])
        local = f"127.0.0.1:{port}"
        wait_for_stats(proc, stats, lambda t: t.get('kind') == 'tcp-server' and t.get('local') == local,
                       f"server listening on {local}", 20)

        clients = []
        sent = 0
        for i in range(CLIENTS):
            client = socket.create_connection(('127.0.0.1', port), timeout=10)
            line = f"client {i}\n".encode()
            client.sendall(line)
            sent += len(line)
            clients.append(client)
        wait_for_stats(proc, stats, lambda t: t.get('connections') == CLIENTS and t.get('rx_bytes') == sent,
                       f"{CLIENTS} connections and rx_bytes == {sent}", 30)

        start = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        try:
            _, err = proc.communicate(timeout=15)
        except Exception:
            fail("socklab did not exit within 15 s of SIGTERM", proc)
        took = time.monotonic() - start
        if proc.returncode != 0:
            fail(f"socklab exited with {proc.returncode} after SIGTERM; stderr:\n{err}")
        if took > QUIT_BOUND_S:
            fail(f"socklab took {took:.3f} s to quit with {CLIENTS} connections (bound {QUIT_BOUND_S} s)")

        with open(stats, encoding='utf-8') as f:
            final = json.load(f)
        tabs = final['tabs']
        if len(tabs) != 1 or tabs[0]['rx_bytes'] != sent or tabs[0]['tx_bytes'] != 0 or tabs[0]['errors'] != 0:
            fail(f"final stats do not match what the clients sent ({sent} bytes): {final}")

        # Every connection was closed by socklab, gracefully: each client reads EOF, not a reset.
        resets = 0
        for client in clients:
            try:
                if client.recv(16) != b'':
                    fail("a client received bytes from a silent server")
            except ConnectionResetError:
                resets += 1
            client.close()
        if resets:
            fail(f"{resets} of {CLIENTS} connections were reset instead of closed")
    print(f"ok: {CLIENTS} connections, {sent} bytes counted, quit in {took * 1000:.0f} ms")


main()
