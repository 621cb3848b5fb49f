#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// How a run of text looks after the SGR escapes before it (`\033[1;44m`): colours, bold, italic,
// underline. Unset colours mean "the view's default", so the text follows the palette.
struct AnsiStyle {
    std::optional<QColor> foreground;
    std::optional<QColor> background;
    bool bold = false;
    bool italic = false;
    bool underline = false;

    [[nodiscard]] bool isPlain() const {
        return !foreground && !background && !bold && !italic && !underline;
    }
    friend bool operator==(const AnsiStyle&, const AnsiStyle&) = default;
};

// One run of text with one style. `escaped` runs stand for bytes that must not reach the screen as
// they are (a stray ESC, BEL, a bidi override): their text is a visible escape such as "\x1b", which a
// view may draw dimmed.
struct AnsiSegment {
    QString text;
    AnsiStyle style;
    bool escaped = false;

    friend bool operator==(const AnsiSegment&, const AnsiSegment&) = default;
};

// Text a peer sent, with its ANSI escapes interpreted the way a terminal would (the seeds' QQ server
// prints `\033[1;44m%s\033[0m`). Understood: SGR 0/1/3/4/22/23/24, colours 30-37 40-47 90-97
// 100-107, 39/49, 38;5;n 48;5;n and 38;2;r;g;b 48;2;r;g;b. Other well-formed CSI, OSC and two-byte
// escapes (cursor moves, window titles) are dropped; malformed escapes and other control characters
// become visible escapes. Nothing raw survives: the result is safe to show as plain text.
class AnsiText {
public:
    AnsiText() = default;
    explicit AnsiText(QStringView raw);

    [[nodiscard]] const QList<AnsiSegment>& segments() const { return m_segments; }
    // The text as shown, without styles (escaped runs keep their visible form).
    [[nodiscard]] QString plainText() const;
    // True when any segment carries a style or an escape: worth drawing run by run.
    [[nodiscard]] bool isStyled() const;

    [[nodiscard]] static QList<AnsiSegment> parse(QStringView raw);
    [[nodiscard]] static QString plainText(QStringView raw);
    // xterm's colour for a 256-colour index (0-15 the standard and bright colours).
    [[nodiscard]] static QColor paletteColor(int index);

private:
    QList<AnsiSegment> m_segments;
};
