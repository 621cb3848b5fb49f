// The explanation table and NetError's text, through the public API only. Which native number maps
// to which code is error_translation_test.cpp's job; real socket outcomes are the socket tests'.

#include <doctest/doctest.h>

#include "netcore/error_code.h"
#include "netcore/explanation.h"
#include "netcore/net_error.h"

#include <cstddef>
#include <set>
#include <string>
#include <string_view>

using namespace netcore;

namespace {

constexpr std::size_t kCodeCount = static_cast<std::size_t>(ErrorCode::Unknown) + 1;

ErrorCode codeAt(std::size_t index) {
    return static_cast<ErrorCode>(index);
}

bool hasEmptyLine(std::string_view lines) {
    return lines.starts_with('\n') || lines.ends_with('\n') || lines.find("\n\n") != std::string_view::npos;
}

} // namespace

TEST_CASE("explanation table has one row per ErrorCode, in enum order") {
    const auto table = explanationTable();
    REQUIRE(table.size() == kCodeCount);
    for (std::size_t i = 0; i < table.size(); ++i) {
        CAPTURE(errorCodeName(codeAt(i)));
        CHECK(table[i].code == codeAt(i));
        CHECK(&explain(codeAt(i)) == &table[i]);
    }
}

TEST_CASE("every explanation row is filled in") {
    for (const Explanation& row : explanationTable()) {
        CAPTURE(errorCodeName(row.code));
        CHECK_FALSE(row.title.empty());
        CHECK_FALSE(row.explanation.empty());
        if (row.code == ErrorCode::None) continue;
        CHECK_FALSE(row.causes.empty());
        CHECK_FALSE(row.tryThis.empty());
        // One item per line: no blank items the UI would show as empty bullets.
        CHECK_FALSE(hasEmptyLine(row.causes));
        CHECK_FALSE(hasEmptyLine(row.tryThis));
    }
}

TEST_CASE("rows for codes whose behaviour differs by OS carry a platform note") {
    for (ErrorCode code : {ErrorCode::WouldBlock, ErrorCode::InProgress, ErrorCode::AddressInUse,
                           ErrorCode::AccessDenied, ErrorCode::ConnectionRefused, ErrorCode::ConnectionReset,
                           ErrorCode::BrokenPipe, ErrorCode::MessageTooLong, ErrorCode::HostNotFound}) {
        CAPTURE(errorCodeName(code));
        CHECK_FALSE(explain(code).platformNote.empty());
    }
}

TEST_CASE("explain() falls back to Unknown's row for values outside the enum") {
    const auto outside = static_cast<ErrorCode>(200);
    CHECK(explain(outside).code == ErrorCode::Unknown);
    CHECK(errorCodeName(outside) == "Unknown");
}

TEST_CASE("errorCodeName is unique and non-empty for every code") {
    std::set<std::string_view> names;
    for (std::size_t i = 0; i < kCodeCount; ++i) {
        const std::string_view name = errorCodeName(codeAt(i));
        CAPTURE(i);
        CHECK_FALSE(name.empty());
        CHECK(names.insert(name).second);
    }
    CHECK(errorCodeName(ErrorCode::ConnectionRefused) == "ConnectionRefused");
    CHECK(errorCodeName(ErrorCode::Timeout) == "Timeout");
}

TEST_CASE("netcore's own errors have no native part") {
    struct Row {
        const char* name;
        ErrorCode code;
        std::string_view expected;
    };
    const Row rows[] = {
        {"timeout", ErrorCode::Timeout, "recv(4096) failed: timed out"},
        {"cancelled", ErrorCode::Cancelled, "recv(4096) failed: cancelled"},
        {"closed", ErrorCode::Closed, "recv(4096) failed: the socket is closed"},
        {"other code uses its title", ErrorCode::InvalidArgument, "recv(4096) failed: Invalid argument"},
    };
    for (const Row& row : rows) {
        SUBCASE(row.name) {
            const NetError error = NetError::make(row.code, "recv", "4096");
            CHECK(error.code == row.code);
            CHECK(error.space == NativeSpace::None);
            CHECK(error.nativeNumber == 0);
            CHECK(error.nativeName.empty());
            CHECK(error.summary() == row.expected);
            CHECK(&error.explanation() == &explain(row.code));
        }
    }
}

TEST_CASE("make() keeps a given message") {
    const NetError error =
        NetError::make(ErrorCode::InvalidArgument, "parse", "\"[::1\"", Message{"missing ']'"});
    CHECK(error.osMessage == "missing ']'");
    CHECK(error.callText() == "parse(\"[::1\")");
    CHECK(error.summary() == "parse(\"[::1\") failed: missing ']'");
}

TEST_CASE("summary shows call, native name, number and OS message") {
    NetError error;
    error.code = ErrorCode::ConnectionRefused;
    error.space = NativeSpace::Errno;
    error.nativeNumber = 111;
    error.nativeName = "ECONNREFUSED";
    error.osMessage = "Connection refused";
    error.call = "connect";
    error.arguments = "127.0.0.1:9";
    CHECK(error.callText() == "connect(127.0.0.1:9)");
    CHECK(error.summary() == "connect(127.0.0.1:9) failed: ECONNREFUSED (111) Connection refused");

    SUBCASE("with bytes moved before the failure") {
        error.call = "sendall";
        error.arguments = "65536 bytes";
        error.transferred = 1024;
        CHECK(error.summary() ==
              "sendall(65536 bytes) failed after 1024 bytes: ECONNREFUSED (111) Connection "
              "refused");
    }
    SUBCASE("without a call") {
        error.call.clear();
        CHECK(error.summary() == "ECONNREFUSED (111) Connection refused");
    }
}
