#include <doctest/doctest.h>

#include "session_test_support.h"

#include "netcore/bytes.h"
#include "netcore/io_loop.h"
#include "netcore/payload.h"
#include "netcore/tcp_client_session.h"
#include "netcore/tcp_listener_session.h"

#include <algorithm>
#include <atomic>
#include <memory>
#include <string>
#include <vector>

using namespace netcore;
using namespace netcore::test;

namespace {

using Kind = SessionEventKind;

std::vector<std::byte> bytesOf(std::string_view text) {
    const auto span = asBytes(text);
    return {span.begin(), span.end()};
}

/// A storage that counts what was made and truncated, as an adapter's (the Qt side's) would be.
class CountingStorage final : public PayloadStorage {
public:
    explicit CountingStorage(std::size_t size, std::atomic<int>& made) : m_bytes(size) { ++made; }
    [[nodiscard]] std::span<std::byte> bytes() const noexcept override { return m_bytes; }
    void truncate(std::size_t count) override { m_bytes.resize(std::min(count, m_bytes.size())); }

private:
    mutable std::vector<std::byte> m_bytes;
};

} // namespace

TEST_CASE("payload: a vector's buffer is taken, not copied") {
    auto bytes = bytesOf("hello");
    const std::byte* buffer = bytes.data();
    const Payload payload(std::move(bytes));
    CHECK(payload.data() == buffer);
    CHECK(payload.size() == 5);
    CHECK(payload.storage() == nullptr);
    CHECK(text(payload) == "hello");
}

TEST_CASE("payload: copies, slices and equality") {
    const Payload whole = Payload::copyOf(asBytes("0123456789"));
    struct Row {
        std::size_t offset, count;
        std::string expected;
    };
    const Row rows[] = {
        {0, 10, "0123456789"},
        {2, 3, "234"},
        {9, 5, "9"}, // a count past the end is cut to it
        {10, 1, ""},
        {42, 1, ""}, // an offset at or past the end: empty
        {3, 0, ""},
    };
    for (const auto& row : rows) {
        CAPTURE(row.offset);
        CAPTURE(row.count);
        const Payload slice = whole.sliced(row.offset, row.count);
        CHECK(text(slice) == row.expected);
        CHECK(slice.size() == row.expected.size());
        if (!slice.empty()) CHECK(slice.data() == whole.data() + row.offset); // the same memory
    }
    CHECK(Payload::copyOf(asBytes("abc")) == Payload(bytesOf("abc")));
    CHECK_FALSE(Payload::copyOf(asBytes("abc")) == Payload(bytesOf("abd")));
    CHECK(Payload() == Payload::copyOf({}));
    CHECK(Payload::copyOf(asBytes("abc")).data() != Payload::copyOf(asBytes("abc")).data());
}

TEST_CASE("payload: a slice keeps its bytes alive after the whole is gone") {
    Payload slice;
    {
        const Payload whole = Payload::copyOf(asBytes("keep these bytes"));
        slice = whole.sliced(5, 5);
    }
    CHECK(text(slice) == "these");
}

TEST_CASE("payload: an adopted storage is truncated once and named by storage()") {
    std::atomic<int> made{0};
    auto storage = std::make_shared<CountingStorage>(64, made);
    std::ranges::copy(asBytes("received"), storage->bytes().begin());
    const PayloadStorage* raw = storage.get();
    const Payload payload = Payload::adopt(std::move(storage), 8);
    CHECK(payload.storage() == raw);
    CHECK(raw->bytes().size() == 8);
    CHECK(text(payload) == "received");
    CHECK(payload.sliced(1, 3).storage() == raw);
}

TEST_CASE("payload: a connection's sends and receives share their bytes with the events") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    std::atomic<int> blocks{0};
    struct Row {
        std::size_t receiveBuffer;
        std::size_t sent;
        bool handedOn; ///< the Data events' bytes are the factory's blocks, not copies
    };
    // Reads that fill half the block or more hand the block on; shorter ones are copied out, so a
    // trickle of small messages does not each pin a block of receiveBufferSize bytes.
    const Row rows[] = {{16, 64, true}, {16, 8, true}, {4096, 5, false}};
    for (const auto& row : rows) {
        CAPTURE(row.receiveBuffer);
        CAPTURE(row.sent);
        blocks = 0;
        EventLog serverLog;
        TcpListenerSession::Config config;
        config.receiveBufferSize = row.receiveBuffer;
        config.payloadStorage = [&blocks](std::size_t size) -> std::shared_ptr<PayloadStorage> {
            return std::make_shared<CountingStorage>(size, blocks);
        };
        TcpListenerSession server(*loop, serverLog.queue, config);
        const Address address = require(server.start(), "listener start");
        EventLog clientLog;
        TcpClientSession client(*loop, clientLog.queue, {});
        client.connect(address);
        clientLog.waitFor(Kind::Connected);

        const Payload sent = Payload(std::vector<std::byte>(row.sent, std::byte{0x5a}));
        client.send(sent);
        const auto accepted = serverLog.waitFor(Kind::Accepted);
        CHECK(serverLog.waitForData(accepted.connection, row.sent) == std::string(row.sent, '\x5a'));
        // The Sent event's bytes are the queued payload's (loopback takes a small send in one call).
        const auto sentEvent = clientLog.waitFor(Kind::Sent);
        CHECK(sentEvent.bytes.data() == sent.data());
        CHECK(sentEvent.bytes.size() == row.sent);
        for (const auto& event : serverLog.events) {
            if (event.kind != Kind::Data) continue;
            CHECK((event.bytes.storage() != nullptr) == row.handedOn);
            CHECK(event.bytes.size() == event.byteCount);
        }
        CHECK(blocks >= 1);
    }
}
