#include "ui/ansi_text.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr char16_t kEsc = 0x1b;
constexpr char16_t kBel = 0x07;
// Longer parameter lists are not colours anyone sends; a cap keeps a hostile datagram cheap.
constexpr qsizetype kMaxParameterLength = 64;

// Collects runs, merging neighbours that look the same so a view draws few of them.
class SegmentBuilder {
public:
    void append(QStringView text, bool escaped) {
        if (text.isEmpty()) return;
        if (!m_segments.isEmpty() && m_segments.last().style == m_style &&
            m_segments.last().escaped == escaped) {
            m_segments.last().text += text;
            return;
        }
        m_segments.append({text.toString(), m_style, escaped});
    }
    AnsiStyle& style() { return m_style; }
    QList<AnsiSegment> take() { return std::move(m_segments); }

private:
    QList<AnsiSegment> m_segments;
    AnsiStyle m_style;
};

bool inRange(QChar c, char16_t low, char16_t high) {
    return c.unicode() >= low && c.unicode() <= high;
}

// Characters that must not reach a text view raw: C0 controls but newline and tab, DEL, C1 controls,
// and the bidi embedding/override/isolate marks that can make text read differently than it is.
bool needsEscaping(QChar c) {
    const char16_t u = c.unicode();
    if (u == u'\n' || u == u'\t') return false;
    return u < 0x20 || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e) ||
           (u >= 0x2066 && u <= 0x2069);
}

QString visibleEscape(QChar c) {
    const char16_t u = c.unicode();
    if (u == u'\r') return u"\\r"_s;
    if (u <= 0xff) return u"\\x%1"_s.arg(static_cast<uint>(u), 2, 16, QChar(u'0'));
    return u"\\u%1"_s.arg(static_cast<uint>(u), 4, 16, QChar(u'0'));
}

// Parses "1;44" into numbers; empty fields are 0 (as "\033[m" and "\033[;1m" mean). nullopt when the
// list holds anything else (':' sub-parameters, private markers): the sequence is then ignored.
std::optional<QList<int>> sgrParameters(QStringView text) {
    QList<int> numbers;
    if (text.size() > kMaxParameterLength) return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c == u';') {
            numbers.append(value);
            value = 0;
        } else if (inRange(c, u'0', u'9')) {
            value = value * 10 + (c.unicode() - u'0');
            if (value > 99999) return std::nullopt;
        } else {
            return std::nullopt;
        }
    }
    numbers.append(value);
    return numbers;
}

// 38;5;n or 38;2;r;g;b starting at `at` (the 5 or 2); advances `at` past what it used.
std::optional<QColor> extendedColour(const QList<int>& p, qsizetype& at) {
    if (at >= p.size()) return std::nullopt;
    if (p[at] == 5 && at + 1 < p.size() && p[at + 1] <= 255) {
        at += 2;
        return AnsiText::paletteColor(p[at - 1]);
    }
    if (p[at] == 2 && at + 3 < p.size() && p[at + 1] <= 255 && p[at + 2] <= 255 && p[at + 3] <= 255) {
        at += 4;
        return QColor(p[at - 3], p[at - 2], p[at - 1]);
    }
    return std::nullopt;
}

void applySgr(AnsiStyle& style, const QList<int>& p) {
    for (qsizetype i = 0; i < p.size(); ++i) {
        const int code = p[i];
        if (code == 0) {
            style = {};
        } else if (code == 1) {
            style.bold = true;
        } else if (code == 3) {
            style.italic = true;
        } else if (code == 4) {
            style.underline = true;
        } else if (code == 22) {
            style.bold = false;
        } else if (code == 23) {
            style.italic = false;
        } else if (code == 24) {
            style.underline = false;
        } else if (code >= 30 && code <= 37) {
            style.foreground = AnsiText::paletteColor(code - 30);
        } else if (code >= 90 && code <= 97) {
            style.foreground = AnsiText::paletteColor(code - 90 + 8);
        } else if (code == 39) {
            style.foreground.reset();
        } else if (code >= 40 && code <= 47) {
            style.background = AnsiText::paletteColor(code - 40);
        } else if (code >= 100 && code <= 107) {
            style.background = AnsiText::paletteColor(code - 100 + 8);
        } else if (code == 49) {
            style.background.reset();
        } else if (code == 38 || code == 48) {
            qsizetype at = i + 1;
            const std::optional<QColor> colour = extendedColour(p, at);
            // A terminal gives up on the rest of a list it cannot follow; so do we.
            if (!colour) return;
            (code == 38 ? style.foreground : style.background) = colour;
            i = at - 1;
        }
        // Anything else (blink, reverse, fonts, ...) is understood as "no visible change here".
    }
}

// Where the escape starting at `start` (an ESC) ends, one past its last character, or -1 when it is
// malformed. `sgr` receives the parameters of a complete "ESC [ ... m" with no intermediates.
qsizetype escapeEnd(QStringView raw, qsizetype start, std::optional<QStringView>* sgr) {
    const qsizetype n = raw.size();
    qsizetype j = start + 1;
    if (j >= n) return -1;
    if (raw[j] == u'[') { // CSI: parameters, intermediates, one final byte
        const qsizetype parametersStart = ++j;
        while (j < n && inRange(raw[j], 0x30, 0x3f))
            ++j;
        const qsizetype parametersEnd = j;
        while (j < n && inRange(raw[j], 0x20, 0x2f))
            ++j;
        if (j >= n || !inRange(raw[j], 0x40, 0x7e)) return -1;
        if (raw[j] == u'm' && j == parametersEnd)
            *sgr = raw.sliced(parametersStart, parametersEnd - parametersStart);
        return j + 1;
    }
    if (raw[j] == u']') { // OSC (window title, hyperlink): up to BEL or ESC backslash
        for (qsizetype k = j + 1; k < n; ++k) {
            if (raw[k] == kBel) return k + 1;
            if (raw[k] == kEsc) return k + 1 < n && raw[k + 1] == u'\\' ? k + 2 : -1;
        }
        return -1;
    }
    // Two-byte escapes (ESC 7, ESC M) and charset selections (ESC ( B).
    while (j < n && inRange(raw[j], 0x20, 0x2f))
        ++j;
    return j < n && inRange(raw[j], 0x30, 0x7e) ? j + 1 : -1;
}

} // namespace

AnsiText::AnsiText(QStringView raw) : m_segments(parse(raw)) {}

QString AnsiText::plainText() const {
    QString text;
    for (const auto& segment : m_segments)
        text += segment.text;
    return text;
}

bool AnsiText::isStyled() const {
    for (const auto& segment : m_segments)
        if (segment.escaped || !segment.style.isPlain()) return true;
    return false;
}

QString AnsiText::plainText(QStringView raw) {
    return AnsiText(raw).plainText();
}

QList<AnsiSegment> AnsiText::parse(QStringView raw) {
    SegmentBuilder builder;
    const qsizetype n = raw.size();
    qsizetype runStart = 0;
    qsizetype i = 0;
    const auto flushRun = [&](qsizetype end) { builder.append(raw.sliced(runStart, end - runStart), false); };
    while (i < n) {
        const QChar c = raw[i];
        if (c == kEsc) {
            flushRun(i);
            std::optional<QStringView> sgr;
            const qsizetype end = escapeEnd(raw, i, &sgr);
            if (end < 0) {
                // Shown, not obeyed: what follows the ESC stays ordinary text.
                builder.append(visibleEscape(c), true);
                i += 1;
            } else {
                if (sgr)
                    if (const auto parameters = sgrParameters(*sgr)) applySgr(builder.style(), *parameters);
                i = end;
            }
            runStart = i;
        } else if (needsEscaping(c)) {
            flushRun(i);
            // CR LF is a line break written the network way: keep the LF only.
            if (!(c == u'\r' && i + 1 < n && raw[i + 1] == u'\n')) builder.append(visibleEscape(c), true);
            runStart = ++i;
        } else {
            ++i;
        }
    }
    flushRun(n);
    return builder.take();
}

QColor AnsiText::paletteColor(int index) {
    // xterm's defaults: the colours most terminals (and the seeds' readers) show.
    static constexpr std::array<QRgb, 16> kBase = {
        0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
        0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff,
    };
    if (index < 0 || index > 255) return {};
    if (index < 16) return QColor::fromRgb(kBase[static_cast<std::size_t>(index)]);
    if (index < 232) {
        static constexpr std::array<int, 6> kLevels = {0, 95, 135, 175, 215, 255};
        const int cube = index - 16;
        const auto level = [](int step) { return kLevels[static_cast<std::size_t>(step)]; };
        return QColor(level(cube / 36), level((cube / 6) % 6), level(cube % 6));
    }
    const int grey = 8 + (index - 232) * 10;
    return QColor(grey, grey, grey);
}
