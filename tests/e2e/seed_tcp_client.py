#!/usr/bin/env python3
"""The seeds' TCP client (tutorial 003), made scriptable: it connects like the seed, sends each
message, and prints what the server sent back. Used by the end-to-end tests against a running
socklab. Usage: seed_tcp_client.py PORT MESSAGE [MESSAGE...]"""
import socket
import sys

BUFSIZE = 1024
ip_port = ('127.0.0.1', int(sys.argv[1]))

s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.settimeout(10)                    # a test must not hang on a silent server
res = s.connect_ex(ip_port)         # dial, as the seed does
if res != 0:
    print(f"connect_ex returned {res}", file=sys.stderr)
    sys.exit(1)

for msg in sys.argv[2:]:
    s.send(msg.encode('utf-8'))
    feedback = s.recv(BUFSIZE)
    print(feedback.decode('utf-8'))

s.close()
