#!/usr/bin/env python3
"""The seeds' UDP client (tutorial 003), made scriptable: sendto each message, recvfrom the answer
and print it. Usage: seed_udp_client.py PORT MESSAGE [MESSAGE...]"""
import socket
import sys

BUFSIZE = 1024
ip_port = ('127.0.0.1', int(sys.argv[1]))
udp_server_client = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
udp_server_client.settimeout(10)  # a test must not hang on a silent server

for msg in sys.argv[2:]:
    udp_server_client.sendto(msg.encode('utf-8'), ip_port)
    back_msg, addr = udp_server_client.recvfrom(BUFSIZE)
    print(back_msg.decode('utf-8'), addr[1] == ip_port[1])
