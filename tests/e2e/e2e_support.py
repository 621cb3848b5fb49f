"""Shared by the end-to-end scripts: start socklab offscreen with a stats file, wait on the stats
file (there is no signal across processes: a short bounded poll), stop socklab with SIGTERM."""
import json
import os
import signal
import socket
import subprocess
import sys
import time

POLL_S = 0.05  # stats are written once a second; a short poll only shortens the wait


def free_port(kind=socket.SOCK_STREAM):
    # The spec language names a fixed port: ask the OS for a free one and hand it over. Another
    # program could take it in between; on a test machine that is rare, and the failure says so.
    with socket.socket(socket.AF_INET, kind) as s:
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


def start_socklab(socklab, tmp, args):
    """socklab ARGS --stats TMP/stats.json, offscreen, with its settings kept under tmp."""
    stats = os.path.join(tmp, 'stats.json')
    env = dict(os.environ, QT_QPA_PLATFORM='offscreen',
               XDG_CONFIG_HOME=tmp, XDG_DATA_HOME=tmp, XDG_CACHE_HOME=tmp)
    proc = subprocess.Popen([socklab, *args, '--stats', stats], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return proc, stats


def wait_for_stats(proc, path, accept, what, timeout_s):
    """Polls the stats file until accept(tab) holds for a tab; returns that tab."""
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


def stop_socklab(proc):
    """SIGTERM must end socklab cleanly (exit 0) within 15 s."""
    proc.send_signal(signal.SIGTERM)
    try:
        _, err = proc.communicate(timeout=15)
    except subprocess.TimeoutExpired:
        fail("socklab did not exit within 15 s of SIGTERM", proc)
    if proc.returncode != 0:
        print(err, file=sys.stderr)
        fail(f"socklab exited with {proc.returncode} after SIGTERM (expected a clean exit, 0)")
