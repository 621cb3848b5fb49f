#include "netcore/python_export.h"

#include "netcore/address.h"
#include "netcore/error_code.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <list>
#include <map>
#include <set>

namespace netcore {

namespace {

/// Text safe inside a Python comment or a '...' str literal without quotes: printable ASCII only.
std::string commentSafe(std::string_view text) {
    std::string out;
    for (char c : text)
        out += (c >= 0x20 && c < 0x7f) ? c : '?';
    return out;
}

bool isIdentifier(std::string_view text) {
    return !text.empty() && std::ranges::all_of(text, [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    });
}

std::optional<long long> number(std::string_view text) {
    long long value = 0;
    const auto* end = text.data() + text.size();
    const auto parsed = std::from_chars(text.data(), end, value);
    if (parsed.ec != std::errc{} || parsed.ptr != end) return std::nullopt;
    return value;
}

/// The leading count of "12 bytes" / "12"; 0 for "EOF" and anything else.
std::size_t leadingCount(std::string_view text) {
    const auto digits = text.substr(0, text.find(' '));
    const auto value = number(digits);
    return value && *value > 0 ? static_cast<std::size_t>(*value) : 0;
}

/// "a, b, c" split on ", ".
std::vector<std::string> splitArguments(std::string_view text) {
    std::vector<std::string> parts;
    for (std::size_t start = 0;;) {
        const auto comma = text.find(", ", start);
        parts.emplace_back(text.substr(start, comma - start));
        if (comma == std::string_view::npos) return parts;
        start = comma + 2;
    }
}

bool isSend(const std::string& call) {
    return call == "send" || call == "sendall" || call == "sendto";
}

struct SocketInfo {
    std::string name;
    bool created = false;       ///< a "socket" step creates it
    bool accepted = false;      ///< an accept creates it
    std::size_t acceptStep = 0; ///< accepted: the index of that accept
    std::string family = "AF_INET";
    std::string type = "SOCK_STREAM";
    bool connected = false;   ///< a connect was emitted
    bool available = false;   ///< its variable exists in the script so far
    bool nonBlocking = false; ///< setblocking(False) was emitted: waits go through select()
};

class Writer {
public:
    explicit Writer(std::span<const PythonStep> steps) : m_steps(steps) { nameSockets(); }

    std::string run(const PythonExportOptions& options) {
        m_out = "#!/usr/bin/env python3\n# Exported by SockLab";
        if (!options.title.empty()) m_out += ": " + commentSafe(options.title);
        m_out += "\n# The calls replay in one thread: an accept comes after the connect it answers,\n"
                 "# a recv after the bytes it got were sent.\nimport select\nimport socket\n\n";
        if (options.defaultTimeoutSeconds > 0) {
            char text[48];
            std::snprintf(text, sizeof text, "%g", options.defaultTimeoutSeconds);
            m_out += "socket.setdefaulttimeout(" + std::string(text) + ")  # no replay hangs forever\n";
        }
        std::list<std::size_t> pending;
        for (std::size_t i = 0; i < m_steps.size(); ++i)
            pending.push_back(i);
        while (!pending.empty()) {
            auto chosen = pending.begin();
            std::set<SocketId> waiting;
            for (auto it = pending.begin(); it != pending.end(); ++it) {
                const SocketId socket = m_steps[*it].socket;
                if (!waiting.contains(socket) && ready(*it)) {
                    chosen = it;
                    break;
                }
                waiting.insert(socket);
            }
            emit(*chosen);
            pending.erase(chosen);
        }
        return m_out;
    }

private:
    void nameSockets() {
        std::vector<std::size_t> unnamedAccepts;
        int created = 0;
        int accepted = 0;
        for (std::size_t i = 0; i < m_steps.size(); ++i) {
            const auto& step = m_steps[i];
            if (step.call == "accept" && !step.error) {
                if (step.accepted != 0) {
                    auto& info = m_sockets[step.accepted];
                    info = {"conn" + std::to_string(++accepted), false, true, i};
                } else {
                    unnamedAccepts.push_back(i);
                }
            }
            if (m_sockets.contains(step.socket)) continue;
            auto& info = m_sockets[step.socket];
            if (!unnamedAccepts.empty() && unnamedAccepts.front() < i && mayBeAccepted(step.socket)) {
                info = {"conn" + std::to_string(++accepted), false, true, unnamedAccepts.front()};
                m_acceptedBy[unnamedAccepts.front()] = step.socket;
                unnamedAccepts.erase(unnamedAccepts.begin());
                continue;
            }
            info.name = "s" + std::to_string(++created);
            info.created = step.call == "socket";
            if (info.created) {
                const auto parts = splitArguments(step.arguments);
                if (parts.size() == 2 && isIdentifier(parts[0]) && isIdentifier(parts[1])) {
                    info.family = parts[0];
                    info.type = parts[1];
                }
            } else {
                inferKind(step.socket, info);
            }
        }
        for (std::size_t i = 0; i < m_steps.size(); ++i)
            if (m_steps[i].accepted != 0) m_acceptedBy[i] = m_steps[i].accepted;
    }

    /// Never created, bound, connected nor listening: a socket an accept could have made.
    [[nodiscard]] bool mayBeAccepted(SocketId socket) const {
        return std::ranges::none_of(m_steps, [&](const PythonStep& step) {
            return step.socket == socket &&
                   (step.call == "socket" || step.call == "bind" || step.call == "listen" ||
                    step.call == "connect" || step.call == "accept");
        });
    }

    void inferKind(SocketId socket, SocketInfo& info) const {
        bool familyKnown = false;
        for (const auto& step : m_steps) {
            if (step.socket != socket) continue;
            if (step.call == "sendto" || step.call == "recvfrom") info.type = "SOCK_DGRAM";
            if (familyKnown || !(step.call == "bind" || step.call == "connect" || step.call == "sendto"))
                continue;
            const auto parts = splitArguments(step.arguments);
            if (auto address = Address::parse(parts.back()); address) {
                info.family = std::string(familyName(address->family()));
                familyKnown = true;
            }
        }
    }

    [[nodiscard]] bool ready(std::size_t index) const {
        const auto& step = m_steps[index];
        const auto& info = m_sockets.at(step.socket);
        if (info.accepted && !info.available) return false;
        if (step.error) return true;
        if (step.call == "accept") return m_connects > m_accepts;
        if ((step.call == "recv" || step.call == "recvfrom") && leadingCount(step.result) > 0)
            return m_sent > m_received;
        return true;
    }

    void line(const std::string& text, bool inTry) { m_out += (inTry ? "    " : "") + text + "\n"; }

    void emit(std::size_t index) {
        const auto& step = m_steps[index];
        auto& info = m_sockets.at(step.socket);
        // A non-blocking connect "fails" with EINPROGRESS by design: not an error to catch.
        const bool pendingConnect =
            step.call == "connect" && step.error && step.error->code == ErrorCode::InProgress;
        const bool inTry = step.error.has_value() && !pendingConnect;
        const bool creates = !info.available && !info.accepted;
        if (inTry || creates) m_out += "\n"; // a paragraph per socket created and per try block
        if (creates && step.call != "socket") {
            m_out += info.name + " = socket.socket(socket." + info.family + ", socket." + info.type + ")\n";
            info.available = true;
        }
        if (inTry) m_out += "try:\n";
        translate(index, info, inTry);
        if (inTry) {
            const auto& error = *step.error;
            const std::string name(error.nativeName.empty() ? errorCodeName(error.code) : error.nativeName);
            m_out += "except OSError as error:  # the OS said " + commentSafe(name) + " here\n";
            m_out += "    print('" + commentSafe(step.call) + " failed:', error)\n\n";
        }
    }

    void translate(std::size_t index, SocketInfo& info, bool inTry) {
        const auto& step = m_steps[index];
        const std::string& s = info.name;
        const auto parts = splitArguments(step.arguments);
        const auto untranslated = [&] {
            line("pass  # " + commentSafe(step.call + "(" + step.arguments + ")") + ": no Python translation",
                 inTry);
        };
        if (step.call == "socket") {
            line(s + " = socket.socket(socket." + info.family + ", socket." + info.type + ")", inTry);
            info.available = true;
        } else if (step.call == "bind" || step.call == "connect") {
            const auto address = pythonAddress(step.arguments);
            if (!address) return untranslated();
            if (step.call == "bind") {
                line(s + ".bind(" + *address + ")", inTry);
            } else if (info.connected) {
                line("print(" + s + ".connect_ex(" + *address + "))", inTry);
            } else if (info.nonBlocking) {
                // As the event loop did: start the connect, wait until writable, read SO_ERROR.
                line("print(" + s + ".connect_ex(" + *address + "))  # EINPROGRESS: the handshake runs",
                     inTry);
                line("select.select([], [" + s + "], [], 10)", inTry);
                line("print(" + s + ".getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))  # 0: connected",
                     inTry);
                info.connected = true;
                ++m_connects;
            } else {
                line(s + ".connect(" + *address + ")", inTry);
                info.connected = true;
                if (!step.error) ++m_connects;
            }
        } else if (step.call == "listen" && number(step.arguments)) {
            line(s + ".listen(" + step.arguments + ")", inTry);
        } else if (step.call == "accept") {
            if (info.nonBlocking)
                line("select.select([" + s + "], [], [], 10)  # wait until readable", inTry);
            const auto found = m_acceptedBy.find(index);
            if (found == m_acceptedBy.end() || step.error) {
                line("_, addr = " + s + ".accept()", inTry);
            } else {
                auto& accepted = m_sockets.at(found->second);
                line(accepted.name + ", addr = " + s + ".accept()", inTry);
                accepted.available = true;
            }
            line("print('accepted', addr)", inTry);
            if (!step.error) ++m_accepts;
        } else if (isSend(step.call)) {
            std::string data = pythonBytesLiteral(step.payload);
            const auto count = leadingCount(step.arguments);
            if (step.payload.empty() && count > 0)
                data = "b'?' * " + std::to_string(count) + "  # the bytes were not recorded";
            if (step.call == "sendto") {
                const auto address = parts.size() >= 2 ? pythonAddress(parts.back()) : std::nullopt;
                if (!address) return untranslated();
                line(s + ".sendto(" + data.substr(0, data.find("  #")) + ", " + *address + ")", inTry);
            } else {
                line(s + "." + step.call + "(" + data.substr(0, data.find("  #")) + ")", inTry);
            }
            if (!step.error) m_sent += std::max(count, step.payload.size());
        } else if ((step.call == "recv" || step.call == "recvfrom") && number(parts[0])) {
            const std::string flags = parts.size() > 1 && parts[1] == "MSG_PEEK" ? ", socket.MSG_PEEK" : "";
            if (info.nonBlocking)
                line("select.select([" + s + "], [], [], 10)  # wait until readable", inTry);
            line("print(" + s + "." + step.call + "(" + parts[0] + flags + "))", inTry);
            if (!step.error && flags.empty()) {
                const auto got = leadingCount(step.result);
                m_received = std::min(m_sent, m_received + got);
            }
        } else if (step.call == "shutdown" && isIdentifier(step.arguments)) {
            line(s + ".shutdown(socket." + step.arguments + ")", inTry);
        } else if (step.call == "close") {
            line(s + ".close()", inTry);
        } else if (step.call == "getsockname" || step.call == "getpeername") {
            line("print(" + s + "." + step.call + "())", inTry);
        } else if (step.call == "setmode") {
            info.nonBlocking = step.arguments == "non-blocking";
            if (step.arguments == "blocking") {
                line(s + ".setblocking(True)", inTry);
            } else if (step.arguments == "non-blocking") {
                line(s + ".setblocking(False)", inTry);
            } else if (step.arguments.starts_with("timeout ") && step.arguments.ends_with(" s")) {
                const auto seconds = std::string_view(step.arguments).substr(8, step.arguments.size() - 10);
                double value = 0;
                const auto parsed = std::from_chars(seconds.data(), seconds.data() + seconds.size(), value);
                if (parsed.ec != std::errc{} || parsed.ptr != seconds.data() + seconds.size())
                    return untranslated();
                line(s + ".settimeout(" + std::string(seconds) + ")", inTry);
            } else {
                return untranslated();
            }
        } else if ((step.call == "setsockopt" && parts.size() == 3) ||
                   (step.call == "getsockopt" && parts.size() == 2)) {
            if (!isIdentifier(parts[0]) || !isIdentifier(parts[1])) return untranslated();
            const std::string option = "socket." + parts[0] + ", socket." + parts[1];
            if (step.call == "getsockopt") return line("print(" + s + ".getsockopt(" + option + "))", inTry);
            std::string value = parts[2] == "on" ? "1" : parts[2] == "off" ? "0" : parts[2];
            if (!number(value)) return untranslated();
            line(s + ".setsockopt(" + option + ", " + value + ")", inTry);
        } else {
            untranslated();
        }
    }

    std::span<const PythonStep> m_steps;
    std::map<SocketId, SocketInfo> m_sockets;
    std::map<std::size_t, SocketId> m_acceptedBy; ///< accept step -> the socket it created
    std::string m_out;
    int m_connects = 0;
    int m_accepts = 0;
    std::size_t m_sent = 0;
    std::size_t m_received = 0;
};

} // namespace

PythonStep pythonStepFromTrace(const TraceRecord& record, std::vector<std::byte> payload) {
    return PythonStep{
        record.socket, record.call, record.arguments, record.result, std::move(payload), record.error, 0};
}

std::string pythonBytesLiteral(std::span<const std::byte> bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out = "b'";
    for (std::byte b : bytes) {
        const auto c = static_cast<unsigned char>(b);
        if (c == '\'' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
        } else {
            out += "\\x";
            out += kHex[c >> 4];
            out += kHex[c & 0x0f];
        }
    }
    return out + "'";
}

std::optional<std::string> pythonAddress(std::string_view traced) {
    if (traced.starts_with("unix:")) {
        const auto path = traced.substr(5);
        std::vector<std::byte> bytes(path.size());
        std::ranges::transform(path, bytes.begin(), [](char c) { return static_cast<std::byte>(c); });
        return pythonBytesLiteral(bytes) + ".decode()";
    }
    auto address = Address::parse(traced);
    if (!address || (address->family() != Family::IPv4 && address->family() != Family::IPv6))
        return std::nullopt;
    return "('" + commentSafe(address->host()) + "', " + std::to_string(address->port()) + ")";
}

std::string exportPython(std::span<const PythonStep> steps, const PythonExportOptions& options) {
    return Writer(steps).run(options);
}

} // namespace netcore
