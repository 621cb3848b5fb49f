#include "ui/ansi_text.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A compact picture of the segments: "[b,fg=#rrggbb,bg=#rrggbb,u,i,esc]text|..." (style part omitted
// when plain), so each row of the table states the whole result.
QString describe(const QList<AnsiSegment>& segments) {
    QStringList parts;
    for (const auto& segment : segments) {
        QStringList style;
        if (segment.style.bold) style << u"b"_s;
        if (segment.style.italic) style << u"i"_s;
        if (segment.style.underline) style << u"u"_s;
        if (segment.style.foreground) style << u"fg="_s + segment.style.foreground->name();
        if (segment.style.background) style << u"bg="_s + segment.style.background->name();
        if (segment.escaped) style << u"esc"_s;
        parts << (style.isEmpty() ? QString() : u"["_s + style.join(u',') + u"]"_s) + segment.text;
    }
    return parts.join(u'|');
}

} // namespace

class AnsiTextTest : public QObject {
    Q_OBJECT

private slots:
    void parse_data() {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("segments");
        QTest::addColumn<QString>("plain");

        QTest::newRow("plain") << u"hello"_s << u"hello"_s << u"hello"_s;
        QTest::newRow("empty") << QString() << QString() << QString();
        QTest::newRow("seed's bold on blue") << u"\x1b[1;44mhi\x1b[0m"_s << u"[b,bg=#0000ee]hi"_s << u"hi"_s;
        QTest::newRow("seed's whole line") << u"来自[127.0.0.1:8081]的一条消息:\x1b[1;44m你好\x1b[0m"_s
                                           << u"来自[127.0.0.1:8081]的一条消息:|[b,bg=#0000ee]你好"_s
                                           << u"来自[127.0.0.1:8081]的一条消息:你好"_s;
        QTest::newRow("reset by empty list") << u"\x1b[31ma\x1b[mb"_s << u"[fg=#cd0000]a|b"_s << u"ab"_s;
        QTest::newRow("bright colours") << u"\x1b[91;102mx"_s << u"[fg=#ff0000,bg=#00ff00]x"_s << u"x"_s;
        QTest::newRow("default fg and bg") << u"\x1b[32;43ma\x1b[39mb\x1b[49mc"_s
                                           << u"[fg=#00cd00,bg=#cdcd00]a|[bg=#cdcd00]b|c"_s << u"abc"_s;
        QTest::newRow("bold and underline off")
            << u"\x1b[1;4;3ma\x1b[22mb\x1b[24;23mc"_s << u"[b,i,u]a|[i,u]b|c"_s << u"abc"_s;
        QTest::newRow("256 colours") << u"\x1b[38;5;196;48;5;21mx"_s << u"[fg=#ff0000,bg=#0000ff]x"_s
                                     << u"x"_s;
        QTest::newRow("256 grey") << u"\x1b[38;5;244mx"_s << u"[fg=#808080]x"_s << u"x"_s;
        QTest::newRow("truecolour") << u"\x1b[38;2;1;2;3mx"_s << u"[fg=#010203]x"_s << u"x"_s;
        QTest::newRow("extended colour cut short") << u"\x1b[1;38;5mx"_s << u"[b]x"_s << u"x"_s;
        QTest::newRow("extended colour out of range") << u"\x1b[38;5;300mx"_s << u"x"_s << u"x"_s;
        QTest::newRow("unknown SGR ignored") << u"\x1b[5;7mx"_s << u"x"_s << u"x"_s;
        QTest::newRow("sub-parameters ignored") << u"\x1b[4:3mx"_s << u"x"_s << u"x"_s;
        QTest::newRow("huge number ignored") << u"\x1b[99999999999mx"_s << u"x"_s << u"x"_s;
        QTest::newRow("other CSI dropped") << u"a\x1b[2J\x1b[10;20Hb"_s << u"ab"_s << u"ab"_s;
        QTest::newRow("private CSI dropped") << u"a\x1b[?25lb"_s << u"ab"_s << u"ab"_s;
        QTest::newRow("OSC title dropped (BEL)") << u"a\x1b]0;pwned\x07"
                                                    u"b"_s
                                                 << u"ab"_s << u"ab"_s;
        QTest::newRow("OSC title dropped (ST)") << u"a\x1b]0;pwned\x1b\\b"_s << u"ab"_s << u"ab"_s;
        QTest::newRow("two-byte escape dropped") << u"a\x1b"
                                                    u"7b\x1b(Bc"_s
                                                 << u"abc"_s << u"abc"_s;
        QTest::newRow("lone ESC at end") << u"a\x1b"_s << u"a|[esc]\\x1b"_s << u"a\\x1b"_s;
        QTest::newRow("unterminated CSI") << u"a\x1b[1;4"_s << u"a|[esc]\\x1b|[1;4"_s << u"a\\x1b[1;4"_s;
        QTest::newRow("CSI broken by a letter outside the range")
            << u"\x1b[1\x01m"_s << u"[esc]\\x1b|[1|[esc]\\x01|m"_s << u"\\x1b[1\\x01m"_s;
        QTest::newRow("unterminated OSC") << u"\x1b]0;t"_s << u"[esc]\\x1b|]0;t"_s << u"\\x1b]0;t"_s;
        QTest::newRow("bell and backspace")
            << u"a\x07\x08z"_s << u"a|[esc]\\x07\\x08|z"_s << u"a\\x07\\x08z"_s;
        QTest::newRow("newline and tab kept") << u"a\nb\tc"_s << u"a\nb\tc"_s << u"a\nb\tc"_s;
        QTest::newRow("CRLF becomes LF") << u"a\r\nb"_s << u"a\nb"_s << u"a\nb"_s;
        QTest::newRow("lone CR escaped") << u"a\rb"_s << u"a|[esc]\\r|b"_s << u"a\\rb"_s;
        QTest::newRow("DEL and C1") << u"a\x7f\u009b"_s << u"a|[esc]\\x7f\\x9b"_s << u"a\\x7f\\x9b"_s;
        QTest::newRow("bidi override") << u"a\u202eb"_s << u"a|[esc]\\u202e|b"_s << u"a\\u202eb"_s;
        QTest::newRow("escapes keep the style") << u"\x1b[1mx\x07"_s << u"[b]x|[b,esc]\\x07"_s << u"x\\x07"_s;
        QTest::newRow("markup is just text") << u"<b>x</b>"_s << u"<b>x</b>"_s << u"<b>x</b>"_s;
        QTest::newRow("neighbours merge") << u"\x1b[1ma\x1b[1mb"_s << u"[b]ab"_s << u"ab"_s;
    }

    void parse() {
        QFETCH(QString, raw);
        QFETCH(QString, segments);
        QFETCH(QString, plain);
        const AnsiText text(raw);
        QCOMPARE(describe(text.segments()), segments);
        QCOMPARE(text.plainText(), plain);
        QCOMPARE(AnsiText::plainText(raw), plain);
        // Whatever came in, nothing that a terminal or a text view would obey is left.
        for (const QChar c : text.plainText()) {
            QVERIFY2(c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7f),
                     qPrintable(raw));
            QVERIFY(!(c.unicode() >= 0x80 && c.unicode() <= 0x9f));
        }
    }

    void styledOnlyWhenSomethingIs() {
        QVERIFY(!AnsiText(u"plain"_s).isStyled());
        QVERIFY(AnsiText(u"\x1b[4mu"_s).isStyled());
        QVERIFY(AnsiText(u"bell\x07"_s).isStyled());
    }

    void paletteMatchesXterm_data() {
        QTest::addColumn<int>("index");
        QTest::addColumn<QString>("colour");
        QTest::newRow("blue") << 4 << u"#0000ee"_s;
        QTest::newRow("bright white") << 15 << u"#ffffff"_s;
        QTest::newRow("cube start") << 16 << u"#000000"_s;
        QTest::newRow("cube end") << 231 << u"#ffffff"_s;
        QTest::newRow("cube middle") << 67 << u"#5f87af"_s;
        QTest::newRow("grey start") << 232 << u"#080808"_s;
        QTest::newRow("grey end") << 255 << u"#eeeeee"_s;
    }

    void paletteMatchesXterm() {
        QFETCH(int, index);
        QFETCH(QString, colour);
        QCOMPARE(AnsiText::paletteColor(index).name(), colour);
    }

    void outOfRangeIndexIsInvalid() {
        QVERIFY(!AnsiText::paletteColor(-1).isValid());
        QVERIFY(!AnsiText::paletteColor(256).isValid());
    }
};

QTEST_APPLESS_MAIN(AnsiTextTest)
#include "ansi_text_test.moc"
