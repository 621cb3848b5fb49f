#include "netcore/explanation.h"

#include <array>
#include <cstddef>

// The explanation table: one row per ErrorCode, in enum order, as data. Text is English source
// text written for two readers at once: someone following the Python socket tutorials (so the Python
// exception names appear) and an engineer debugging a service (so the native names and options do).
// "causes" and "tryThis" hold one item per line.

namespace netcore {

namespace {

using enum ErrorCode;

constexpr std::array kTable{
    Explanation{None, "No error", "The call succeeded.", "", "", ""},

    Explanation{WouldBlock, "Operation would block",
                "The socket is non-blocking and the call could not finish at once: there was nothing to "
                "read yet, no room in the send buffer, or no pending connection to accept. Nothing is "
                "wrong; the OS is asking you to come back later. Python raises BlockingIOError.",
                "The socket was put in non-blocking mode (setblocking(False) / settimeout(0))\n"
                "recv/recvfrom: no data has arrived yet\n"
                "send: the send buffer is full because the peer reads slower than you write\n"
                "accept: no client is waiting in the backlog",
                "Wait until the socket is ready with select/poll (or the selectors module), then repeat "
                "the call\n"
                "Use a blocking socket or a timeout if you do not need to serve several sockets at once",
                "Linux defines EWOULDBLOCK and EAGAIN as the same number (tools such as strace print "
                "EAGAIN); netcore names it EWOULDBLOCK. Windows reports WSAEWOULDBLOCK (10035)."},

    Explanation{InProgress, "Connection in progress",
                "A non-blocking connect() has sent the handshake but it has not finished yet. This is "
                "the normal answer, not a failure: the connection completes (or fails) later.",
                "connect() on a non-blocking socket (Python: connect_ex returns EINPROGRESS, or "
                "BlockingIOError from connect)",
                "Wait for the socket to become writable with select/poll\n"
                "Then read SO_ERROR (getsockopt) to learn whether the connection succeeded",
                "Windows reports a non-blocking connect as WSAEWOULDBLOCK instead of EINPROGRESS; "
                "netcore shows both as 'in progress'. WSAEINPROGRESS on Windows means a blocking "
                "Winsock call is already running on the thread."},

    Explanation{Already, "Operation already in progress",
                "A previous non-blocking connect() on this socket is still running, and you called "
                "connect() again before it finished.",
                "connect() called twice on a non-blocking socket\n"
                "Retrying connect in a loop instead of waiting for writability",
                "Wait for the first connect to finish (socket writable), then check SO_ERROR\n"
                "Call connect() once per socket; to retry after a failure, open a new socket",
                "Windows reports WSAEALREADY; some Windows versions answer a repeated connect with "
                "WSAEINVAL instead."},

    Explanation{IsConnected, "Socket is already connected",
                "The socket already has a connection (or a default peer, for UDP), so this call is not "
                "allowed.",
                "connect() on a socket that is already connected\n"
                "sendto() with an address on a connected socket (macOS)",
                "Use send() on a connected socket, without an address\n"
                "Open a new socket for a new connection",
                "Linux and Windows ignore the address given to sendto() on a connected TCP socket; "
                "macOS reports EISCONN, also for a connected UDP socket. Windows reports WSAEISCONN "
                "(10056) for a second connect()."},

    Explanation{NotConnected, "Socket is not connected",
                "The call needs a connected socket, but this one has no connection (yet or any more). "
                "Python raises OSError with ENOTCONN.",
                "send/recv on a TCP socket before connect() or on the listening socket itself\n"
                "getpeername() on an unconnected socket\n"
                "shutdown() after the connection was already closed\n"
                "send() on an unconnected UDP socket (use sendto with an address)",
                "Connect first, or use the socket returned by accept(), not the listening socket\n"
                "For UDP, use sendto() or connect() the socket to a default peer",
                "Windows reports WSAENOTCONN; sending on an unconnected UDP socket there gives "
                "WSAENOTCONN or WSAEDESTADDRREQ."},

    Explanation{AddressInUse, "Address already in use",
                "Another socket already holds this address and port, so bind() (or listen) cannot take "
                "it. Python raises OSError: [Errno 98] Address already in use.",
                "Another program (or another tab) is listening on the same port\n"
                "Your previous server has just exited and its connections are in TIME_WAIT\n"
                "Two UDP sockets bound to the same port without SO_REUSEADDR / SO_REUSEPORT\n"
                "AF_UNIX: the socket file already exists from an earlier run",
                "Pick another port, or port 0 to let the OS choose one\n"
                "Set SO_REUSEADDR before bind() so a restarted server can reuse a port in TIME_WAIT\n"
                "Find who holds the port: ss -ltnp / lsof -i :PORT / netstat -ano\n"
                "AF_UNIX: remove the stale socket file before bind()",
                "On Windows SO_REUSEADDR means something else: it lets a second socket bind the same "
                "port and steal its traffic; SO_EXCLUSIVEADDRUSE prevents that. Windows can rebind a "
                "port in TIME_WAIT without SO_REUSEADDR. Windows reports WSAEADDRINUSE (10048); Linux "
                "98, macOS 48."},

    Explanation{AddressNotAvailable, "Cannot assign requested address",
                "The address does not belong to this machine, or no local address can be used to reach "
                "the destination.",
                "bind() to an IP address that is not configured on any interface here\n"
                "connect() to 0.0.0.0 or to port 0\n"
                "IPv6 link-local address without a scope id (fe80::1%eth0)\n"
                "Out of ephemeral ports after very many short connections\n"
                "AF_UNIX: the path (or its directory) does not exist",
                "bind() to 127.0.0.1, 0.0.0.0 (all interfaces) or an address that ip addr / ipconfig "
                "shows\n"
                "Connect to a real destination address and a port other than 0\n"
                "Add the interface to link-local addresses (%eth0 / %12)",
                "Windows reports WSAEADDRNOTAVAIL (10049), also for connect() to 0.0.0.0. A missing "
                "AF_UNIX path is ENOENT on Linux and macOS."},

    Explanation{AccessDenied, "Permission denied",
                "The OS refused the operation because this program lacks a permission the call needs. "
                "Python raises PermissionError.",
                "bind() to a port below 1024 without administrator rights\n"
                "sendto() to a broadcast address without SO_BROADCAST\n"
                "A firewall or security policy blocked the call\n"
                "Raw sockets need administrator rights",
                "Use a port of 1024 or above (e.g. 8080 instead of 80)\n"
                "Set SO_BROADCAST on the socket before sending to 255.255.255.255 or a subnet broadcast\n"
                "Check firewall rules (iptables/nftables, pf, Windows Defender Firewall)",
                "Linux and macOS reserve ports below 1024 for root (Linux: unless CAP_NET_BIND_SERVICE "
                "or net.ipv4.ip_unprivileged_port_start; macOS 10.14+ lets anyone bind them on all "
                "interfaces). Windows has no privileged ports but reports WSAEACCES (10013) for "
                "broadcast without SO_BROADCAST and for ports reserved by another service (Hyper-V, "
                "netsh int ipv4 show excludedportrange). Linux reports EPERM when a firewall rule "
                "rejects the packet."},

    Explanation{ConnectionRefused, "Connection refused",
                "The destination host is reachable, but nothing is listening on that port: it answered "
                "the connection request (SYN) with a reset (RST). Python raises ConnectionRefusedError.",
                "The server is not running, or listens on another port\n"
                "The server listens on 127.0.0.1 only and you connect from another machine (or the "
                "other way round: IPv4 vs IPv6, ::1 vs 127.0.0.1)\n"
                "The server's listen backlog is full (some systems refuse instead of waiting)\n"
                "A firewall rejects (rather than drops) the connection\n"
                "UDP: an earlier datagram got an ICMP 'port unreachable' back",
                "Start the server first, and check the host and port\n"
                "Check what listens: ss -ltn / lsof -i -P / netstat -an\n"
                "Bind the server to 0.0.0.0 (or the right interface) if clients come from elsewhere\n"
                "UDP: make sure the peer's socket is bound before you send",
                "For UDP, Linux and macOS report this on a connected socket's next send/recv after an "
                "ICMP port unreachable. Windows reports a failed TCP connect as WSAECONNREFUSED (10061) "
                "only after retrying the SYN for about two seconds, and the UDP case as "
                "WSAECONNRESET."},

    Explanation{ConnectionReset, "Connection reset by peer",
                "The other side aborted the connection: it sent a reset (RST) instead of closing "
                "normally, so data in flight may be lost. Python raises ConnectionResetError.",
                "The peer process crashed or was killed\n"
                "The peer closed with SO_LINGER set to 0 (abortive close)\n"
                "The peer closed while unread data was still in its receive buffer\n"
                "A firewall, NAT or load balancer dropped the connection's state\n"
                "Windows UDP: an earlier sendto got an ICMP port unreachable",
                "Treat it like the end of the connection: close the socket and reconnect if needed\n"
                "On the peer: read all data before closing, and close gracefully (shutdown, then "
                "close)\n"
                "Windows UDP: ignore it, or disable it with SIO_UDP_CONNRESET",
                "Windows reports WSAECONNRESET (10054) on a UDP socket's next recvfrom after an ICMP "
                "port unreachable from a previous sendto; the ioctl SIO_UDP_CONNRESET turns that off. "
                "On Windows, send after the peer closed often gives WSAECONNRESET or WSAECONNABORTED "
                "where Linux gives EPIPE."},

    Explanation{ConnectionAborted, "Connection aborted",
                "The connection was ended by this machine's own network stack, for example because "
                "it timed out retransmitting data or a pending connection was reset before accept(). "
                "Python raises ConnectionAbortedError.",
                "accept(): the client reset the connection while it waited in the backlog\n"
                "Data could not be delivered and the local stack gave up\n"
                "Windows: the local side closed the socket or the network went away",
                "Close the socket and reconnect\n"
                "A server should treat this from accept() as harmless and accept the next client",
                "Windows reports WSAECONNABORTED (10053) much more often than Linux or macOS, e.g. "
                "for send after the peer closed or after a keep-alive failure."},

    Explanation{TimedOut, "Connection timed out (by the OS)",
                "The operating system gave up: it sent the connection request (or data, or keep-alive "
                "probes) again and again and never got an answer. This is the OS's own timeout, not "
                "the timeout you set on the socket. Python raises TimeoutError with errno ETIMEDOUT.",
                "The host is down or does not exist on that network\n"
                "A firewall silently drops the packets (no reset, no ICMP)\n"
                "The route to the host is broken somewhere along the way\n"
                "Keep-alive found the peer gone",
                "Check that the host is up and reachable (ping, traceroute/tracert)\n"
                "Check firewalls on both sides and on the way\n"
                "Set a shorter socket timeout (settimeout) if you do not want to wait for the OS",
                "The OS timeout differs: Linux gives up on connect after about 2 minutes (tcp_syn_"
                "retries), macOS after about 75 seconds, Windows after about 21 seconds "
                "(WSAETIMEDOUT, 10060)."},

    Explanation{Timeout, "Timed out",
                "The timeout you set on this socket (settimeout) expired before the call could "
                "finish. The OS reported nothing; netcore stopped waiting. Python raises "
                "socket.timeout (TimeoutError since 3.10) with the message 'timed out'.",
                "recv: the peer sent nothing within the timeout\n"
                "connect: the handshake did not finish within the timeout (host slow, down or "
                "firewalled)\n"
                "send: the peer did not read and the send buffer stayed full\n"
                "accept: no client connected within the timeout",
                "Increase the timeout, or use blocking mode to wait without limit\n"
                "Catch the timeout and retry, or give up politely\n"
                "Check that the peer actually sends (and that your request reached it)",
                ""},

    Explanation{HostUnreachable, "No route to host",
                "The network stack (or a router on the way) reports that the host cannot be reached: "
                "no route, or nobody answers on the local network.",
                "The host is switched off or not on this network (no ARP / neighbour answer)\n"
                "A router on the way sent ICMP 'host unreachable'\n"
                "A firewall rejects with 'host unreachable'",
                "Check the address, and that the host is up (ping)\n"
                "Check routes (ip route / netstat -rn / route print) and firewalls",
                "Windows reports WSAEHOSTUNREACH (10065). Linux also uses EHOSTDOWN in some cases; "
                "netcore shows both as 'no route to host'."},

    Explanation{NetworkUnreachable, "Network is unreachable",
                "There is no route from this machine to the destination's network.",
                "No default gateway, or the interface is down\n"
                "Connecting to an IPv6 address on a machine without IPv6 connectivity\n"
                "VPN or routing table changes",
                "Check the network connection and routing table (ip route / route print)\n"
                "Try the IPv4 address, or resolve with AF_INET only",
                "Windows reports WSAENETUNREACH (10051)."},

    Explanation{NetworkDown, "Network is down", "The network interface needed for this call is down.",
                "Wi-Fi or cable disconnected\n"
                "The interface was disabled or is being reconfigured",
                "Reconnect the network and try again",
                "Windows reports WSAENETDOWN (10050), also when the network stack itself has failed."},

    Explanation{BrokenPipe, "Broken pipe",
                "You sent data on a connection that is already closed for writing: the peer closed it "
                "(and reset it), or you called shutdown(SHUT_WR) yourself. Python raises "
                "BrokenPipeError.",
                "The peer closed the connection and you kept sending\n"
                "You shut down the write side earlier (shutdown SHUT_WR / SD_SEND)\n"
                "The first send after the peer's close succeeded; the next one fails",
                "Stop sending when recv returns 0 (end of stream) or an error\n"
                "Design the protocol so each side knows when the other is done\n"
                "Reconnect if you need to send more",
                "POSIX systems also raise the signal SIGPIPE, which kills a program by default; "
                "netcore suppresses it per socket (MSG_NOSIGNAL on Linux, SO_NOSIGPIPE on macOS) so you "
                "see EPIPE instead. Windows has no SIGPIPE and reports WSAESHUTDOWN (10058) after "
                "your own shutdown, and WSAECONNABORTED or WSAECONNRESET after the peer's close."},

    Explanation{MessageTooLong, "Message too long",
                "The datagram is larger than the socket or the protocol can carry in one piece, or "
                "(Windows) larger than the buffer you received it into.",
                "sendto() with more than 65507 bytes of UDP payload over IPv4 (65527 over IPv6)\n"
                "A datagram larger than the socket's send buffer (SO_SNDBUF) or the OS limit\n"
                "Windows: recvfrom() into a buffer smaller than the datagram",
                "Send smaller datagrams; keep them under the path MTU (about 1472 bytes) to avoid "
                "fragmentation\n"
                "Use TCP for large messages\n"
                "Receive with a buffer of 65535 bytes to be sure nothing is cut",
                "On Windows recvfrom() into a small buffer fails with WSAEMSGSIZE (10040) and the rest of "
                "the datagram is lost. Linux and macOS cut the datagram silently (MSG_TRUNC tells); "
                "macOS's default UDP send limit (net.inet.udp.maxdgram, 9216 bytes) is lower than "
                "65507."},

    Explanation{TooManyOpenFiles, "Too many open files",
                "This process has reached its limit of open file descriptors (sockets count as "
                "files), so no new socket can be created or accepted.",
                "Sockets are opened but never closed (a leak)\n"
                "Many simultaneous connections with a low limit (often 1024 on Linux, 256 on macOS)",
                "Close sockets you no longer need (with statement in Python, RAII in C++)\n"
                "Raise the limit: ulimit -n 4096 (or in the service's configuration)",
                "Windows has no per-process descriptor limit of this kind; WSAEMFILE (10024) is rare "
                "there."},

    Explanation{SystemFileLimit, "Too many open files in system",
                "The whole system has reached its limit of open files, not just this process.",
                "Some process on the machine leaks descriptors\n"
                "The system-wide limit is set very low",
                "Find the process with many open files (lsof)\n"
                "Raise the system limit (fs.file-max on Linux, kern.maxfiles on macOS)",
                "Windows has no equivalent; this error comes from Linux and macOS."},

    Explanation{NoBuffers, "No buffer space available",
                "The operating system ran out of memory for socket buffers or other network resources.",
                "Sending faster than the network can carry (especially UDP floods)\n"
                "A very large number of sockets or connections\n"
                "The machine is low on memory\n"
                "Windows: ephemeral ports exhausted",
                "Slow down, or wait briefly and retry\n"
                "Close unused sockets\n"
                "Check memory and network resource use on the machine",
                "macOS returns ENOBUFS from sendto() when the interface queue is full, where Linux "
                "usually drops the datagram silently. Windows reports WSAENOBUFS (10055)."},

    Explanation{FamilyNotSupported, "Address family not supported",
                "The address family (IPv4, IPv6, Unix) of the address or socket is not supported here, "
                "or does not match the socket.",
                "Using an IPv6 address with an IPv4 socket (or the other way round)\n"
                "IPv6 disabled on this machine\n"
                "AF_UNIX where the OS does not offer it",
                "Open the socket with the family of the address (AF_INET for 1.2.3.4, AF_INET6 for "
                "::1)\n"
                "Resolve the host name and use the family getaddrinfo returns",
                "Windows reports WSAEAFNOSUPPORT (10047); Linux and macOS may also use EPFNOSUPPORT."},

    Explanation{ProtocolNotSupported, "Protocol not supported",
                "The combination of family, socket type and protocol is not supported.",
                "Asking for TCP with a datagram socket or UDP with a stream socket\n"
                "A socket type the OS does not offer (e.g. SOCK_SEQPACKET on macOS)",
                "Use SOCK_STREAM for TCP and SOCK_DGRAM for UDP, with protocol 0",
                "Windows reports WSAEPROTONOSUPPORT, WSAESOCKTNOSUPPORT or WSAEPROTOTYPE."},

    Explanation{OptionNotSupported, "Protocol option not available",
                "The socket option is unknown to this OS or does not apply to this kind of socket.",
                "An option for TCP on a UDP socket (e.g. TCP_NODELAY)\n"
                "An option that exists only on another OS (SO_REUSEPORT on Windows, "
                "SO_EXCLUSIVEADDRUSE elsewhere)",
                "Check that the option fits the socket type and platform",
                "Windows reports WSAENOPROTOOPT (10042). Option names and levels differ between "
                "platforms; netcore's option editor hides those the OS lacks."},

    Explanation{OperationNotSupported, "Operation not supported",
                "This socket type does not support the call.",
                "listen() or accept() on a UDP socket\n"
                "A send/recv flag the socket type does not support (e.g. MSG_OOB on UDP)",
                "Use listen/accept only with TCP (stream) sockets\n"
                "For UDP, just bind() and recvfrom()",
                "Windows reports WSAEOPNOTSUPP (10045). On Linux EOPNOTSUPP and ENOTSUP are the same "
                "number; on macOS they differ and netcore shows both as this error."},

    Explanation{InvalidArgument, "Invalid argument",
                "An argument of the call is not valid for this socket in its current state.",
                "bind() on a socket that is already bound\n"
                "listen() before bind() on some systems, or accept() on a socket that is not "
                "listening\n"
                "An address length or option value of the wrong size\n"
                "A port out of range or an address that could not be parsed",
                "Check the order of calls: socket, bind, listen, accept (server) / socket, connect "
                "(client)\n"
                "Check the address, port and option values",
                "Windows reports WSAEINVAL (10022), e.g. for accept() without listen() and for a "
                "repeated connect()."},

    Explanation{BadDescriptor, "Not a valid socket", "The handle passed to the call is not an open socket.",
                "The socket was already closed (possibly by another thread)\n"
                "The number is a file, not a socket\n"
                "A stale handle used after close()",
                "Do not use a socket after closing it\n"
                "Make sure only one owner closes each socket",
                "Linux and macOS report EBADF (closed) or ENOTSOCK (not a socket); Windows reports "
                "WSAENOTSOCK (10038)."},

    Explanation{BadAddress, "Bad address",
                "The call got a pointer to memory it cannot use (a buffer or address structure).",
                "A programming error: a buffer or address pointer is invalid or too short",
                "Report this as a bug in the program making the call",
                "Windows reports WSAEFAULT (10014), also for an address length that is too small."},

    Explanation{DestinationRequired, "Destination address required",
                "The socket has no destination: it is not connected and the call gave no address.",
                "send() on an unconnected UDP socket\n"
                "sendto() with an empty address",
                "Use sendto() with the destination's address\n"
                "Or connect() the UDP socket to a default peer, then use send()",
                "Windows reports WSAEDESTADDRREQ (10039)."},

    Explanation{Interrupted, "Interrupted system call",
                "A signal interrupted the call before it finished. netcore normally just repeats the "
                "call; you see this only when that was not possible.",
                "A signal arrived while the call was waiting (e.g. Ctrl+C, a timer)\n"
                "Windows: a blocking call was cancelled with WSACancelBlockingCall or by closing the "
                "socket from another thread",
                "Repeat the call (Python 3.5+ does this automatically, PEP 475)",
                "Windows reports WSAEINTR (10004), typically when another thread closes a socket "
                "that is blocked in a call."},

    Explanation{Cancelled, "Cancelled",
                "You cancelled the call before it finished (for example with the Stop button while it "
                "was blocked). This comes from SockLab, not from the OS.",
                "The call was cancelled from the user interface or another thread",
                "Start the call again when you are ready", ""},

    Explanation{Closed, "Socket is closed",
                "The call was made on a socket that has already been closed. This comes from netcore, "
                "not from the OS: the socket no longer exists.",
                "The socket was closed before this call (Python: OSError [Errno 9] Bad file "
                "descriptor)\n"
                "The session was stopped",
                "Open a new socket", ""},

    Explanation{HostNotFound, "Host not found",
                "Name resolution (DNS, hosts file) found no address for this host name. Python raises "
                "socket.gaierror: [Errno -2] Name or service not known.",
                "A typo in the host name\n"
                "The name does not exist in DNS (or only on another network / VPN)\n"
                "A numeric address with a mistake (e.g. 127.0.0.256) is treated as a name",
                "Check the spelling; try the name with nslookup / dig / ping\n"
                "Use an IP address directly (127.0.0.1, ::1)\n"
                "Check the hosts file and DNS settings",
                "Linux and macOS report EAI_NONAME; Windows reports WSAHOST_NOT_FOUND (11001), which "
                "is its EAI_NONAME."},

    Explanation{TryAgain, "Temporary failure in name resolution",
                "The DNS server could not be reached or did not answer in time. The name may well "
                "exist; try again later.",
                "No network connection, or the DNS server is down\n"
                "A firewall blocks DNS (port 53)\n"
                "Slow DNS on a VPN or captive portal",
                "Check the network connection and DNS settings\n"
                "Try again in a moment\n"
                "Use an IP address to bypass DNS",
                "Linux and macOS report EAI_AGAIN; Windows reports WSATRY_AGAIN (11002)."},

    Explanation{ServiceNotFound, "Service not found",
                "The service (port) name is not in the services database for this socket type, for "
                "example a misspelled name or a service known only for TCP asked for with UDP.",
                "A service name instead of a port number that the services database lacks\n"
                "A service that exists only for TCP asked for UDP",
                "Use a port number (80) instead of a name (http)",
                "Linux and macOS report EAI_SERVICE; Windows reports WSATYPE_NOT_FOUND (10109)."},

    Explanation{FamilyNotForHost, "No address of the requested family",
                "The host name exists, but it has no address of the family you asked for (for "
                "example only IPv4 when you asked for IPv6), or no address at all.",
                "Asking for IPv6 (AF_INET6) for a host that has only IPv4 addresses, or the other way "
                "round\n"
                "The DNS name exists but has no A/AAAA record",
                "Ask for any family (AF_UNSPEC) and use what getaddrinfo returns\n"
                "Check the host's DNS records (dig A / dig AAAA)",
                "Linux reports EAI_ADDRFAMILY or EAI_NODATA, macOS EAI_NODATA or EAI_FAMILY; Windows "
                "reports WSANO_DATA (11004) or WSAEAFNOSUPPORT."},

    Explanation{ResolverFailure, "Name resolution failed",
                "The resolver failed for a reason other than an unknown name, such as a permanent DNS "
                "server error or invalid flags.",
                "The DNS server answered with a permanent failure (SERVFAIL / refused)\n"
                "Invalid hints or flags passed to getaddrinfo\n"
                "A system error inside the resolver",
                "Check the DNS configuration\n"
                "Try another DNS server, or an IP address instead of the name",
                "Linux and macOS report EAI_FAIL, EAI_SYSTEM and others; Windows reports "
                "WSANO_RECOVERY (11003)."},

    Explanation{NotInitialized, "Winsock not initialized",
                "The Windows socket library was not started (WSAStartup) before the call. netcore "
                "starts it itself, so this means an internal error.",
                "A socket call before WSAStartup, or after WSACleanup", "Report this as a bug",
                "Windows only (WSANOTINITIALISED, 10093). Linux and macOS need no initialization."},

    Explanation{Unknown, "Unexpected error",
                "The OS reported an error that SockLab does not have an explanation for yet. The "
                "native name, number and message above are exactly what the OS said.",
                "See the OS message", "Search for the native error name together with the call's name", ""},
};

// Row i must explain ErrorCode i, and every code must have a row: checked at compile time so a new
// code cannot be added without its explanation.
consteval bool tableIsComplete() {
    if (kTable.size() != static_cast<std::size_t>(ErrorCode::Unknown) + 1) return false;
    for (std::size_t i = 0; i < kTable.size(); ++i) {
        if (static_cast<std::size_t>(kTable[i].code) != i) return false;
        if (kTable[i].title.empty()) return false;
    }
    return true;
}
static_assert(tableIsComplete(), "explanation table must have one row per ErrorCode, in enum order");

} // namespace

const Explanation& explain(ErrorCode code) noexcept {
    const auto index = static_cast<std::size_t>(code);
    return index < kTable.size() ? kTable[index] : kTable.back();
}

std::span<const Explanation> explanationTable() noexcept {
    return kTable;
}

} // namespace netcore
