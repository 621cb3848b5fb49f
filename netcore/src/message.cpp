#include "netcore/message.h"

namespace netcore {

std::string Message::text() const {
    std::string out;
    out.reserve(format.size() + 16 * args.size());
    std::size_t i = 0;
    while (i < format.size()) {
        const char c = format[i];
        const auto isDigit = [&](std::size_t k) {
            return k < format.size() && format[k] >= '0' && format[k] <= '9';
        };
        if (c != '%' || !isDigit(i + 1)) {
            out.push_back(c);
            ++i;
            continue;
        }
        // Qt reads up to two digits after '%': "%10" is placeholder 10, never "%1" followed by '0'.
        std::size_t length = 2;
        std::size_t number = static_cast<std::size_t>(format[i + 1] - '0');
        if (isDigit(i + 2)) {
            number = number * 10 + static_cast<std::size_t>(format[i + 2] - '0');
            length = 3;
        }
        if (number >= 1 && number <= args.size()) {
            out.append(args[number - 1]);
        } else {
            out.append(format.substr(i, length)); // no such arg: QString::arg leaves it too
        }
        i += length;
    }
    return out;
}

} // namespace netcore
