#!/usr/bin/env python3
"""End-to-end: socklab --open "tcp-server 127.0.0.1:PORT reply=upper" --stats FILE answers the seeds'
TCP client, the stats file shows the bytes, and SIGTERM ends socklab cleanly.
Usage: run_seed_client.py SOCKLAB SEED_CLIENT"""
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

SOCKLAB, SEED_CLIENT = sys.argv[1], sys.argv[2]
POLL_S = 0.05  # stats are written once a second; a short poll only shortens the wait


def free_port():
    # The spec language names a fixed port: ask the OS for a free one and hand it over. Another
    # program could take it in between; on a test machine that is rare, and the failure says so.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


def fail(message, proc=None):
    print(f"FAIL: {message}", file=sys.stderr)
    if proc is not None:
        if proc.poll() is None:
            proc.kill()
        _, err = proc.communicate(timeout=10)
        print(f"socklab exited with {proc.returncode}; stderr:\n{err}", file=sys.stderr)
    sys.exit(1)


def wait_for_stats(proc, path, accept, what, timeout_s):
    """Polls the stats file (there is no signal across processes) until accept(tab) holds."""
    deadline = time.monotonic() + timeout_s
    last = None
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            fail(f"socklab exited while waiting for {what}", proc)
        try:
            with open(path, encoding='utf-8') as f:
                last = json.load(f)  # written atomically: never half a document
            for tab in last.get('tabs', []):
                if accept(tab):
                    return tab
        except FileNotFoundError:
            pass
        time.sleep(POLL_S)
    fail(f"no {what} within {timeout_s} s; last stats: {last}", proc)


def main():
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        stats = os.path.join(tmp, 'stats.json')
        env = dict(os.environ, QT_QPA_PLATFORM='offscreen',
                   # QSettings and friends write under the temporary folder, not the user's config.
                   XDG_CONFIG_HOME=tmp, XDG_DATA_HOME=tmp, XDG_CACHE_HOME=tmp)
        spec = f"tcp-server 127.0.0.1:{port} reply=upper"
        proc = subprocess.Popen([SOCKLAB, '--open', spec, '--stats', stats], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        local = f"127.0.0.1:{port}"
        wait_for_stats(proc, stats, lambda t: t.get('kind') == 'tcp-server' and t.get('local') == local,
                       f"server listening on {local}", 20)

        client = subprocess.run([sys.executable, SEED_CLIENT, str(port), 'hello', 'world'],
                                capture_output=True, text=True, timeout=30)
        if client.returncode != 0 or client.stdout.split() != ['HELLO', 'WORLD']:
            fail(f"seed client: exit {client.returncode}, stdout {client.stdout!r}, stderr {client.stderr!r}", proc)

        tab = wait_for_stats(proc, stats, lambda t: t.get('rx_bytes') == 10 and t.get('tx_bytes') == 10,
                             "rx_bytes == 10 and tx_bytes == 10", 10)
        if tab.get('errors') != 0:
            fail(f"the server tab counted errors: {tab}", proc)

        proc.send_signal(signal.SIGTERM)
        try:
            _, err = proc.communicate(timeout=15)
        except subprocess.TimeoutExpired:
            fail("socklab did not exit within 15 s of SIGTERM", proc)
        if proc.returncode != 0:
            print(err, file=sys.stderr)
            fail(f"socklab exited with {proc.returncode} after SIGTERM (expected a clean exit, 0)")
        with open(stats, encoding='utf-8') as f:
            final = json.load(f)
        if [t['rx_bytes'] for t in final['tabs']] != [10]:
            fail(f"final stats: {final}")
    print(f"ok: port {port}, HELLO WORLD, stats {tab}")


main()
