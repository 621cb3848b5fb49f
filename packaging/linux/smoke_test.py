#!/usr/bin/env python3
"""Runs an installed socklab as a user would script it: offscreen, with a TCP server tab that
answers in upper case on a free loopback port; sends "hello", expects "HELLO", then stops socklab
with SIGTERM and expects exit status 0. Every wait is bounded.

    smoke_test.py PATH/TO/socklab
"""
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time

START_S = 30  # start-up of a cold Qt on a busy 2-core machine
REPLY_S = 10
EXIT_S = 15


def free_port():
    # socklab's --open names a fixed port: ask the OS for a free one and hand it over.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def connect(port, proc):
    # The server listens once its tab has started; until then connect() is refused.
    deadline = time.monotonic() + START_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"socklab exited early with status {proc.returncode}")
        try:
            return socket.create_connection(("127.0.0.1", port), timeout=REPLY_S)
        except ConnectionRefusedError:
            time.sleep(0.05)
    raise RuntimeError(f"nothing listened on 127.0.0.1:{port} within {START_S} s")


def exchange(conn):
    conn.sendall(b"hello")
    received = b""
    deadline = time.monotonic() + REPLY_S
    while b"HELLO" not in received and time.monotonic() < deadline:
        try:
            chunk = conn.recv(4096)
        except TimeoutError:
            break
        if not chunk:
            break
        received += chunk
    if received != b"HELLO":
        raise RuntimeError(f"expected b'HELLO', received {received!r}")


def main():
    socklab = sys.argv[1]
    port = free_port()
    with tempfile.TemporaryDirectory() as home:
        # Settings and state go to a throw-away folder, not the user's.
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home,
                   XDG_CONFIG_HOME=home, XDG_DATA_HOME=home, XDG_CACHE_HOME=home)
        proc = subprocess.Popen([socklab, "--open", f"tcp-server 127.0.0.1:{port} reply=upper"], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            with connect(port, proc) as conn:
                exchange(conn)
            proc.send_signal(signal.SIGTERM)
            status = proc.wait(timeout=EXIT_S)
            if status != 0:
                raise RuntimeError(f"socklab exited with status {status} after SIGTERM")
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as error:
            if proc.poll() is None:
                proc.kill()
            _, err = proc.communicate(timeout=EXIT_S)
            print(f"FAIL: {error}\nsocklab stderr:\n{err}", file=sys.stderr)
            return 1
    print(f"socklab answered hello with HELLO on 127.0.0.1:{port} and exited 0 on SIGTERM")
    return 0


if __name__ == "__main__":
    sys.exit(main())
