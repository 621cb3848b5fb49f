#include "netcore/demo_responder.h"

#include "netcore/framing.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <map>
#include <utility>
#include <vector>

namespace netcore {

namespace {

constexpr std::string_view kBlanks = " \t\r\n";

std::string_view trim(std::string_view s) {
    const auto first = s.find_first_not_of(kBlanks);
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(kBlanks) - first + 1);
}

/// A command as it may be shown back: control bytes as '?', long ones cut.
std::string printable(std::string_view s) {
    constexpr std::size_t kShown = 80;
    std::string shown(s.substr(0, kShown));
    std::ranges::replace_if(
        shown, [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }, '?');
    if (s.size() > kShown) shown += "...";
    return shown;
}

std::string helpText() {
    return "SockLab demo server: built-in commands only, nothing is ever run.\n"
           "  help      this list\n"
           "  date      the server's current UTC time\n"
           "  echo TEXT TEXT back\n"
           "  big N     N bytes of numbered lines (N up to 16777216)\n"
           "  dir, ls   a canned, made-up directory listing (several KB)\n"
           "  whoami    the demo user's name\n";
}

/// The current UTC time, from std::chrono's calendar (no gmtime_r / gmtime_s split).
std::string dateText() {
    using namespace std::chrono;
    const auto now = floor<seconds>(system_clock::now());
    const auto day = floor<days>(now);
    const year_month_day ymd{day};
    const hh_mm_ss time{now - day};
    std::array<char, 64> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%04d-%02u-%02u %02ld:%02ld:%02ld UTC\n", int(ymd.year()),
                  unsigned(ymd.month()), unsigned(ymd.day()), static_cast<long>(time.hours().count()),
                  static_cast<long>(time.minutes().count()), static_cast<long>(time.seconds().count()));
    return buffer.data();
}

/// A made-up listing, the same every time; several KB so that it cannot fit one recv(1024).
std::string dirText() {
    static constexpr std::array<std::string_view, 4> kFolders = {"docs", "src", "assets", "backup"};
    static constexpr std::array<std::string_view, 18> kNames = {
        "readme.txt", "notes.md",   "report.pdf",  "budget.xlsx", "photo_001.jpg", "photo_002.jpg",
        "song.mp3",   "setup.exe",  "config.ini",  "server.py",   "client.py",     "data.csv",
        "todo.txt",   "slides.ppt", "archive.zip", "letter.docx", "index.html",    "style.css"};
    std::string text = "(canned demo output: nothing was run, this listing is made up)\n";
    std::array<char, 128> line{};
    unsigned n = 0;
    for (const auto folder : kFolders) {
        std::snprintf(line.data(), line.size(), "\n Directory of C:\\demo\\%.*s\n\n",
                      static_cast<int>(folder.size()), folder.data());
        text += line.data();
        for (const auto name : kNames) {
            ++n;
            const unsigned size = (n * 7919u) % 250000u + 17u;
            std::snprintf(line.data(), line.size(), "2024-%02u-%02u  %02u:%02u  %12u %.*s\n", n % 12u + 1u,
                          n % 28u + 1u, n % 24u, (n * 7u) % 60u, size, static_cast<int>(name.size()),
                          name.data());
            text += line.data();
        }
        std::snprintf(line.data(), line.size(), "           %2zu File(s)\n", kNames.size());
        text += line.data();
    }
    return text;
}

DemoReply bigReply(std::string_view argument) {
    std::size_t size = 0;
    const auto* end = argument.data() + argument.size();
    const auto [ptr, ec] = std::from_chars(argument.data(), end, size);
    if (argument.empty() || ec != std::errc{} || ptr != end || size > kDemoBigMax)
        return {"big: N must be a byte count from 0 to " + std::to_string(kDemoBigMax) + ", got '" +
                    printable(argument) + "'\n",
                {}};
    return {{}, demoBigOutput(size)};
}

} // namespace

std::string demoBigOutput(std::size_t size) {
    constexpr std::size_t kLine = 64;
    constexpr std::string_view kFill = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::string text;
    text.reserve(size + kLine);
    std::array<char, 16> number{};
    for (std::size_t line = 1; text.size() < size; ++line) {
        std::snprintf(number.data(), number.size(), "line %06zu ", line);
        const std::string_view head(number.data());
        text += head;
        text += kFill.substr(0, kLine - head.size() - 1);
        text += '\n';
    }
    text.resize(size);
    return text;
}

DemoReply runDemoCommand(std::string_view command) {
    command = trim(command);
    const auto space = command.find_first_of(" \t");
    const auto name = command.substr(0, space);
    const auto argument = space == std::string_view::npos ? std::string_view{} : trim(command.substr(space));
    if (name == "echo") return {{}, std::string(argument) + "\n"};
    if (name == "big") return bigReply(argument);
    // The others take no argument: "ls | sh" or "date; id" is no command of ours.
    if (argument.empty()) {
        if (name == "help") return {{}, helpText()};
        if (name == "date") return {{}, dateText()};
        if (name == "whoami") return {{}, "socklab-demo\n"};
        if (name == "dir" || name == "ls") return {{}, dirText()};
    }
    return {"unknown command: " + printable(command) + " (try help)\n", {}};
}

namespace {

std::vector<std::byte> toBytes(std::string_view s) {
    std::vector<std::byte> out(s.size());
    std::ranges::transform(s, out.begin(), [](char c) { return static_cast<std::byte>(c); });
    return out;
}

std::string toText(std::span<const std::byte> data) {
    std::string out(data.size(), '\0');
    std::ranges::transform(data, out.begin(), [](std::byte b) { return static_cast<char>(b); });
    return out;
}

FramingSpec commandSpec(DemoFraming framing) {
    FramingSpec spec;
    spec.kind = framing == DemoFraming::Raw ? FramingKind::Delimiter : FramingKind::LengthPrefix;
    spec.maxSize = kDemoMaxCommand;
    return spec;
}

FramingSpec replySpec() {
    FramingSpec spec;
    spec.kind = FramingKind::LengthPrefix;
    spec.maxSize = kDemoBigMax + 4096; // the largest stdout plus any stderr
    return spec;
}

class DemoResponder final : public Responder {
public:
    explicit DemoResponder(DemoFraming framing) : m_framing(framing) {}

    void onData(ReplyContext& context, ConnectionId connection, std::span<const std::byte> data) override {
        auto& state = m_connections[connection];
        if (m_framing == DemoFraming::Raw && !state.lineMode) {
            if (std::ranges::find(data, std::byte{'\n'}) == data.end()) {
                answer(context, connection, toText(data)); // the seed's way: one chunk, one command
                return;
            }
            state.lineMode = true;
        }
        if (!state.decoder) {
            auto decoder = makeDecoder(commandSpec(m_framing));
            if (!decoder) return; // cannot happen: the spec is valid
            state.decoder = std::move(*decoder);
        }
        std::vector<Frame> commands;
        state.decoder->feed(data, commands);
        for (const auto& command : commands)
            answer(context, connection, toText(command));
        if (const auto error = state.decoder->error()) {
            // Past a broken frame the next boundary is unknown: say so once, then start afresh
            // (a Raw line resynchronises at the next '\n'; a length prefix may not).
            state.decoder->reset();
            reply(context, connection, {"command refused: " + error->text() + "\n", {}});
        }
    }

    void onClosed(ConnectionId connection) override { m_connections.erase(connection); }

private:
    struct Connection {
        bool lineMode = false;
        std::unique_ptr<FrameDecoder> decoder;
    };

    void answer(ReplyContext& context, ConnectionId connection, std::string_view command) {
        if (trim(command).empty()) return; // like the seed's client, a blank command gets nothing
        reply(context, connection, runDemoCommand(command));
    }

    void reply(ReplyContext& context, ConnectionId connection, DemoReply answer) {
        if (m_framing == DemoFraming::LengthPrefix) {
            auto framed = encode(replySpec(), toBytes(answer.err + answer.out));
            if (framed) context.send(connection, std::move(*framed));
            return;
        }
        // Two sends, stderr then stdout, as the seed's conn.send(stderr); conn.send(stdout).
        if (!answer.err.empty()) context.send(connection, toBytes(answer.err));
        if (!answer.out.empty()) context.send(connection, toBytes(answer.out));
    }

    DemoFraming m_framing;
    std::map<ConnectionId, Connection> m_connections;
};

} // namespace

std::shared_ptr<Responder> makeDemoResponder(DemoFraming framing) {
    return std::make_shared<DemoResponder>(framing);
}

} // namespace netcore
