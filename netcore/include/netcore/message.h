#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace netcore {

/// Text a user reads, kept apart from its variable parts so the UI can translate it: `format` is
/// English with Qt-style placeholders %1..%9, `args` fill them in order (already display-ready).
///
/// Every format is written as a string literal directly after `Message{` (never assembled at run
/// time, never held in a variable, never chosen by a ternary inside the braces: write two Messages),
/// so that scripts/translations.py finds them all (`\bMessage\s*\{\s*"`). Numbers are args, already
/// formatted.
struct Message {
    /// Always a string literal (static storage): a Message may outlive the code that made it and
    /// travels between threads.
    std::string_view format;
    /// Defaulted, so that a Message without args needs no `{}` and -Wmissing-field-initializers is quiet.
    std::vector<std::string> args{};

    /// English, placeholders replaced as QString::arg would: %N (one or two digits, as Qt reads
    /// them) becomes args[N-1]; a placeholder with no arg, and any other '%', stay as written. One
    /// pass, so an arg that itself contains "%2" is not substituted again.
    [[nodiscard]] std::string text() const;
    /// True when no text was given (a default-constructed Message).
    [[nodiscard]] bool empty() const noexcept { return format.empty(); }

    bool operator==(const Message&) const = default;
};

} // namespace netcore
