#pragma once

#include "netcore/framing.h"

namespace netcore::detail {

/// No framing: every chunk is a message, which shows exactly how recv() happened to split the stream.
class RawDecoder final : public FrameDecoder {
public:
    void feed(std::span<const std::byte> chunk, std::vector<Frame>& out) override {
        if (!chunk.empty()) out.emplace_back(chunk.begin(), chunk.end());
    }
    [[nodiscard]] std::size_t buffered() const override { return 0; }
    [[nodiscard]] std::span<const std::byte> pending() const override { return {}; }
    [[nodiscard]] std::optional<FramingError> error() const override { return std::nullopt; }
    void reset() override {}
};

} // namespace netcore::detail
