#!/usr/bin/env python3
"""End-to-end: a chat tab and a Python peer written like the seeds' QQ server exchange messages:
socklab sends its `send=` text to the peer at start, the peer prints it the seed's way and replies,
and socklab counts the reply. Usage: run_seed_chat.py SOCKLAB SEED_QQ_PEER"""
import socket
import subprocess
import sys
import tempfile

from e2e_support import fail, free_port, start_socklab, stop_socklab, wait_for_stats

SOCKLAB, QQ_PEER = sys.argv[1], sys.argv[2]
MESSAGE = '你好, QQ'
REPLY = '收到: hello back'


def main():
    peer_port = free_port(socket.SOCK_DGRAM)
    chat_port = free_port(socket.SOCK_DGRAM)
    # The peer binds first and waits (bounded) for one message, like the seed's QQ server.
    peer = subprocess.Popen([sys.executable, QQ_PEER, str(peer_port), REPLY, '30'],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding='utf-8')
    # Its first line says it is bound: a datagram sent before that would be lost, as UDP's are.
    first = peer.stdout.readline()
    if not first.startswith('listening on'):
        fail(f"the QQ peer did not start: {first!r} {peer.stderr.read()!r}")
    with tempfile.TemporaryDirectory() as tmp:
        spec = f"chat 127.0.0.1:{chat_port} peer=QQ=127.0.0.1:{peer_port} to=QQ send='{MESSAGE}'"
        proc, stats = start_socklab(SOCKLAB, tmp, ['--open', spec])
        try:
            out, err = peer.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            peer.kill()
            fail("the QQ peer got no message within 30 s", proc)
        expected = f"来自[127.0.0.1:{chat_port}]的一条消息:\033[1;44m{MESSAGE}\033[0m"
        if peer.returncode != 0 or expected not in out:
            fail(f"QQ peer: exit {peer.returncode}, stdout {out!r}, stderr {err!r}", proc)
        reply_bytes = len(REPLY.encode('utf-8'))
        tab = wait_for_stats(proc, stats, lambda t: t.get('kind') == 'chat' and t.get('rx_bytes') == reply_bytes
                             and t.get('tx_bytes') == len(MESSAGE.encode('utf-8')),
                             "the reply counted by the chat tab", 10)
        stop_socklab(proc)
    print(f"ok: chat {chat_port} <-> peer {peer_port}, stats {tab}")


main()
