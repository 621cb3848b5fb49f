#!/usr/bin/env python3
"""End-to-end: socklab --open "tcp-server 127.0.0.1:PORT reply=upper" --stats FILE answers the seeds'
TCP client, the stats file shows the bytes, and SIGTERM ends socklab cleanly.
Usage: run_seed_client.py SOCKLAB SEED_CLIENT"""
import json
import subprocess
import sys
import tempfile

from e2e_support import fail, free_port, start_socklab, stop_socklab, wait_for_stats

SOCKLAB, SEED_CLIENT = sys.argv[1], sys.argv[2]


def main():
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        proc, stats = start_socklab(SOCKLAB, tmp, ['--open', f"tcp-server 127.0.0.1:{port} reply=upper"])
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

        stop_socklab(proc)
        with open(stats, encoding='utf-8') as f:
            final = json.load(f)
        if [t['rx_bytes'] for t in final['tabs']] != [10]:
            fail(f"final stats: {final}")
        # The GUI thread's event-loop lag (issue 7) is measured while --stats runs.
        lag = final.get('loop_lag_ms_p99')
        if not isinstance(lag, (int, float)) or lag < 0 or final.get('loop_lag_ms_max', -1) < lag:
            fail(f"loop lag figures missing or inconsistent: {final}")
    print(f"ok: port {port}, HELLO WORLD, stats {tab}")


main()
