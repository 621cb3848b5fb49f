#pragma once

#include "netcore/error_code.h"

#include <span>
#include <string_view>

namespace netcore {

/// One row of the explanation table: what an error means in plain words, why it usually happens,
/// and what to try. Text is English source text; the UI translates it (tr) by these strings.
struct Explanation {
    ErrorCode code;
    std::string_view title;        ///< short headline, "Connection refused"
    std::string_view explanation;  ///< what the OS is telling you
    std::string_view causes;       ///< likely causes, one per line
    std::string_view tryThis;      ///< what to try, one per line
    std::string_view platformNote; ///< where Windows/macOS/Linux differ (empty if they do not)
};

/// The entry for a code; every ErrorCode has one (Unknown's entry is the fallback).
[[nodiscard]] const Explanation& explain(ErrorCode code) noexcept;

/// The whole table, in ErrorCode order (for the UI's reference list and for translators).
[[nodiscard]] std::span<const Explanation> explanationTable() noexcept;

} // namespace netcore
