#!/usr/bin/env python3
"""The seeds' QQ server (模拟QQ聊天程序, QQ服务端), made fit for a test: the same socket calls and the
same output line, but the address comes from the command line, the reply is fixed instead of typed
at input(), a timeout keeps it from hanging, and it exits after one exchange.

Usage: seed_qq_peer.py PORT REPLY [TIMEOUT_SECONDS]
  PORT     port to bind on 127.0.0.1 (0: the OS picks one)
  REPLY    the message sent back to whoever wrote (UTF-8)
Prints "listening on 127.0.0.1:PORT" once bound (wait for it before sending), then the seed's line
`来自[addr:port]的一条消息:\\033[1;44m<message>\\033[0m`. Exit status 0 after replying, 1 on timeout.
"""
import socket
import sys


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    port = int(sys.argv[1])
    back_msg = sys.argv[2]
    timeout_s = float(sys.argv[3]) if len(sys.argv) > 3 else 20.0
    # The seed's messages are Chinese: print UTF-8 whatever the locale of the test runner says.
    sys.stdout.reconfigure(encoding='utf-8')

    ip_port = ('127.0.0.1', port)
    udp_server_sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    udp_server_sock.bind(ip_port)
    udp_server_sock.settimeout(timeout_s)
    print('listening on %s:%s' % udp_server_sock.getsockname(), flush=True)

    try:
        qq_msg, addr = udp_server_sock.recvfrom(1024)
    except socket.timeout:
        print('FAIL: no message within %s s' % timeout_s, file=sys.stderr, flush=True)
        return 1
    print('来自[%s:%s]的一条消息:\033[1;44m%s\033[0m' % (addr[0], addr[1], qq_msg.decode('utf-8')), flush=True)
    udp_server_sock.sendto(back_msg.encode('utf-8'), addr)
    udp_server_sock.close()
    return 0


if __name__ == '__main__':
    sys.exit(main())
