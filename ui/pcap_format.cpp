#include "ui/pcap_format.h"

#include "netcore/address.h"

#include <QDateTime>

#include <algorithm>
#include <cstring>

namespace {

constexpr std::uint32_t kMagicMicroseconds = 0xa1b2c3d4;
constexpr std::uint32_t kSnapLength = 262144;
constexpr std::uint32_t kLinkTypeRaw = 101;
constexpr std::uint8_t kProtocolTcp = 6;
constexpr std::uint8_t kProtocolUdp = 17;
// The largest UDP payload each IP version carries (IPv6's length field leaves out its own header).
constexpr int kUdpMaxPayloadV4 = 65535 - 20 - 8;
constexpr int kUdpMaxPayloadV6 = 65535 - 8;

// The file header and record headers are in the writer's byte order (readers detect it from the
// magic); packet headers are in network order.
template <typename T>
void appendHost(QByteArray& out, T value) {
    out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

void put16(char* at, std::uint32_t value) {
    at[0] = static_cast<char>((value >> 8) & 0xff);
    at[1] = static_cast<char>(value & 0xff);
}

void put32(char* at, std::uint32_t value) {
    put16(at, value >> 16);
    put16(at + 2, value & 0xffff);
}

std::uint16_t ipv4Checksum(const char* header) {
    std::uint32_t sum = 0;
    for (int i = 0; i < 20; i += 2)
        sum += (std::uint32_t(std::uint8_t(header[i])) << 8) | std::uint8_t(header[i + 1]);
    while (sum >> 16)
        sum = (sum & 0xffff) + (sum >> 16);
    return static_cast<std::uint16_t>(~sum & 0xffff);
}

} // namespace

PcapFormat::PcapFormat(Transport transport) : m_transport(transport) {}

QByteArray PcapFormat::fileHeader() {
    QByteArray header;
    appendHost<std::uint32_t>(header, kMagicMicroseconds);
    appendHost<std::uint16_t>(header, 2);
    appendHost<std::uint16_t>(header, 4);
    appendHost<std::int32_t>(header, 0);  // times are UTC
    appendHost<std::uint32_t>(header, 0); // timestamp accuracy, unused by readers
    appendHost<std::uint32_t>(header, kSnapLength);
    appendHost<std::uint32_t>(header, kLinkTypeRaw);
    return header;
}

const PcapFormat::Endpoint* PcapFormat::endpoint(const QString& text) {
    auto found = m_endpoints.constFind(text);
    if (found == m_endpoints.cend()) {
        std::optional<Endpoint> parsed;
        if (const auto address = netcore::Address::parse(text.toStdString()); address) {
            // sockaddr_in keeps the IPv4 address at byte 4, sockaddr_in6 the IPv6 one at byte 8, on
            // every system SockLab builds for (BSD's length byte shares the family's two bytes).
            const auto raw = address->raw();
            if (address->family() == netcore::Family::IPv4 && raw.size() >= 8) {
                parsed = Endpoint{};
                std::memcpy(parsed->ip.data(), raw.data() + 4, 4);
            } else if (address->family() == netcore::Family::IPv6 && raw.size() >= 24) {
                parsed = Endpoint{};
                parsed->v6 = true;
                std::memcpy(parsed->ip.data(), raw.data() + 8, 16);
            }
            if (parsed) parsed->port = address->port();
        }
        if (m_endpoints.size() > 10000) m_endpoints.clear(); // a UDP server hearing from everyone
        found = m_endpoints.insert(text, parsed);
    }
    return found->has_value() ? &**found : nullptr;
}

void PcapFormat::appendRecord(QByteArray& out, const TrafficRecord& record) {
    CaptureOutput gathered(out);
    appendRecord(gathered, record);
}

void PcapFormat::appendRecord(CaptureOutput& out, const TrafficRecord& record) {
    if (record.direction == TrafficRecord::Direction::Info) return;
    // An end that is not known (the record came before the tab knew its local address, or a peer
    // SockLab could not name) is the other end's family's unspecified address, port 0: the bytes are
    // still in the file.
    const Endpoint* peer = endpoint(record.peer);
    const Endpoint* local = endpoint(record.local);
    const Endpoint unknownPeer{.v6 = local != nullptr && local->v6};
    if (peer == nullptr) peer = &unknownPeer;
    const Endpoint unknownLocal{.v6 = peer->v6};
    if (local == nullptr || local->v6 != peer->v6) local = &unknownLocal;

    const bool sent = record.direction == TrafficRecord::Direction::Sent;
    if (!m_epochOffsetUs) m_epochOffsetUs = QDateTime::currentMSecsSinceEpoch() * 1000 - record.timeMs * 1000;
    const qint64 timeUs = *m_epochOffsetUs + record.timeMs * 1000;

    Packet packet;
    packet.from = sent ? local : peer;
    packet.to = sent ? peer : local;
    if (m_transport == Transport::Udp) {
        // No datagram is longer than its IP version allows, so the limit cuts nothing real.
        const int maxPayload = peer->v6 ? kUdpMaxPayloadV6 : kUdpMaxPayloadV4;
        packet.payload = record.bytes.constData();
        packet.captured = static_cast<int>(std::min<qsizetype>(record.bytes.size(), maxPayload));
        packet.wireSize =
            std::min<qint64>(maxPayload, std::max<qint64>(packet.captured, record.realSize.value_or(0)));
        appendPacket(out, packet, timeUs);
        return;
    }
    const quint64 key = (record.connectionId << 1) | (sent ? 1 : 0);
    std::uint32_t& seq = m_sequence[key];
    const std::uint32_t ack = 1 + m_sequence.value(key ^ 1);
    for (qsizetype at = 0; at < record.bytes.size(); at += kMaxSegment) {
        packet.payload = record.bytes.constData() + at;
        packet.captured = static_cast<int>(std::min<qsizetype>(kMaxSegment, record.bytes.size() - at));
        packet.wireSize = packet.captured;
        packet.seq = 1 + seq;
        packet.ack = ack;
        appendPacket(out, packet, timeUs);
        seq += static_cast<std::uint32_t>(packet.captured); // wraps like TCP's own sequence space
    }
}

void PcapFormat::appendPacket(CaptureOutput& output, const Packet& packet, qint64 timeUs) {
    QByteArray& out = output.buffer();
    const bool tcp = m_transport == Transport::Tcp;
    const int ipHeader = packet.from->v6 ? 40 : 20;
    const int transportHeader = tcp ? 20 : 8;
    const int headers = ipHeader + transportHeader;
    const auto captured = static_cast<std::uint32_t>(headers + packet.captured);
    const auto wire = static_cast<std::uint32_t>(headers + packet.wireSize);

    appendHost<std::uint32_t>(out, static_cast<std::uint32_t>(timeUs / 1'000'000));
    appendHost<std::uint32_t>(out, static_cast<std::uint32_t>(timeUs % 1'000'000));
    appendHost<std::uint32_t>(out, captured);
    appendHost<std::uint32_t>(out, wire);

    const qsizetype start = out.size();
    out.resize(start + headers);
    char* ip = out.data() + start;
    std::memset(ip, 0, static_cast<std::size_t>(headers));
    const std::uint8_t protocol = tcp ? kProtocolTcp : kProtocolUdp;
    if (packet.from->v6) {
        ip[0] = 0x60;
        put16(ip + 4, wire - 40);
        ip[6] = static_cast<char>(protocol);
        ip[7] = 64; // hop limit
        std::memcpy(ip + 8, packet.from->ip.data(), 16);
        std::memcpy(ip + 24, packet.to->ip.data(), 16);
    } else {
        ip[0] = 0x45;
        put16(ip + 2, wire);
        put16(ip + 4, m_ipId++);
        put16(ip + 6, 0x4000); // don't fragment
        ip[8] = 64;            // time to live
        ip[9] = static_cast<char>(protocol);
        std::memcpy(ip + 12, packet.from->ip.data(), 4);
        std::memcpy(ip + 16, packet.to->ip.data(), 4);
        put16(ip + 10, ipv4Checksum(ip));
    }
    char* segment = ip + ipHeader;
    put16(segment, packet.from->port);
    put16(segment + 2, packet.to->port);
    if (tcp) {
        put32(segment + 4, packet.seq);
        put32(segment + 8, packet.ack);
        segment[12] = 0x50;         // data offset: 5 words, no options
        segment[13] = 0x18;         // PSH + ACK
        put16(segment + 14, 65535); // window
    } else {
        put16(segment + 4, wire - static_cast<std::uint32_t>(ipHeader));
    }
    output.appendPayload(packet.payload, packet.captured);
}
