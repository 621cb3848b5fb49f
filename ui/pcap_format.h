#pragma once

#include "ui/capture_output.h"
#include "ui/traffic_record.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

// Capture records as a pcap file (the classic libpcap format, LINKTYPE_RAW: each packet starts at
// its IPv4 or IPv6 header), so a capture opens in Wireshark, tcpdump -r or scapy with its
// addresses, ports and TCP streams. SockLab sees what the sockets moved, not the packets the kernel
// sent, so the headers are made up from what the record says:
//
// - one packet per received or sent chunk (a chunk longer than an IP packet can carry is cut into
//   several, back to back); Info records (connected, closed, errors) are not packets and are left
//   out;
// - source and destination from the record's local and peer endpoints (received: peer -> local;
//   an end not known is 0.0.0.0:0 or [::]:0, never a reason to leave bytes out);
// - TCP: sequence numbers count each connection's bytes per direction from 1, acknowledging what
//   the other direction sent, flags PSH+ACK, no handshake or FIN (the connection's open and close
//   are in SockLab's own log); UDP: a datagram cut short by a small receive buffer keeps its real
//   size in the IP and UDP lengths and in the record's original length, so Wireshark marks it
//   "packet size limited during capture";
// - the IPv4 header checksum is right; TCP and UDP checksums are 0 (Wireshark does not check them
//   unless asked, and loopback traffic has none worth checking);
// - time: the wall clock when the first record is formatted stands for that record's time, later
//   records keep their distances from it (the records' own times count from the session's start,
//   in milliseconds).
//
// One object per capture file, used by one thread (the capture writer's), in record order.
class PcapFormat {
public:
    enum class Transport : std::uint8_t { Tcp, Udp };

    // IP packets are at most 65,535 bytes: the largest payload one packet carries (IPv4 + TCP).
    static constexpr int kMaxSegment = 65535 - 20 - 20;

    explicit PcapFormat(Transport transport);

    // The 24-byte file header: magic (microsecond times, this machine's byte order), version 2.4,
    // snap length 262,144, link type RAW (101).
    [[nodiscard]] static QByteArray fileHeader();
    // Appends the record's packets (none for Info).
    void appendRecord(CaptureOutput& out, const TrafficRecord& record);
    void appendRecord(QByteArray& out, const TrafficRecord& record);

private:
    struct Endpoint {
        bool v6 = false;
        std::array<std::uint8_t, 16> ip{}; // IPv4 uses the first 4 bytes
        std::uint16_t port = 0;
    };
    struct Packet {
        const Endpoint* from = nullptr;
        const Endpoint* to = nullptr;
        const char* payload = nullptr;
        int captured = 0;    // payload bytes in the file
        qint64 wireSize = 0; // payload bytes the lengths claim (a cut datagram's real size)
        std::uint32_t seq = 0;
        std::uint32_t ack = 0;
    };

    const Endpoint* endpoint(const QString& text);
    void appendPacket(CaptureOutput& out, const Packet& packet, qint64 timeUs);

    Transport m_transport;
    QHash<QString, std::optional<Endpoint>> m_endpoints; // parsed once per distinct text
    // Bytes sent so far per connection and direction: (connection << 1) | sent.
    QHash<quint64, std::uint32_t> m_sequence;
    std::optional<qint64> m_epochOffsetUs; // wall clock (us) minus the first record's time
    std::uint16_t m_ipId = 0;
};
