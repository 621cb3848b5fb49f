#pragma once

#include <QByteArray>
#include <QString>
#include <QWidget>

class QLineEdit;
class QTableWidget;
class PlainLabel;

// "Decode bytes": bytes typed in hex (or handed over by the traffic view with setBytes()) read as
// integers of 8/16/32/64 bits, signed and unsigned, in big and little endian, as float/double in
// both orders, and as UTF-8 / UTF-16BE / UTF-16LE text. Numbers are read from the first bytes; text
// is escaped (control characters, invalid sequences and bidi controls become visible escapes) and
// shown as plain text only.
class ByteDecodeSection : public QWidget {
    Q_OBJECT

public:
    // Text decoding covers this many bytes at most; a longer selection is cut (and says so).
    static constexpr qsizetype maxDecodedBytes = 4096;

    enum Column { TypeColumn = 0, BigEndianColumn = 1, LittleEndianColumn = 2 };

    explicit ByteDecodeSection(QWidget* parent = nullptr);
    ~ByteDecodeSection() override;

    void setBytes(const QByteArray& bytes);
    void setHex(const QString& hex);
    [[nodiscard]] QByteArray bytes() const { return m_bytes; }

    // One line per row, "uint32\t256\t65536" (type, big-endian, little-endian; a single value for
    // rows where byte order does not matter).
    [[nodiscard]] QString decodedText() const;
    // The cell of row `type` ("uint32", "float", "UTF-16", ...) in `column`; empty if no such row.
    [[nodiscard]] QString decodedValue(const QString& type, Column column) const;
    // "Hex, column 3: 'g' is not a hex digit"; empty when the input is fine.
    [[nodiscard]] QString problem() const { return m_problem; }

    // Text decoded for display: control characters, invalid bytes, backslashes and bidi controls
    // escaped. `codec` is "UTF-8", "UTF-16BE" or "UTF-16LE".
    [[nodiscard]] static QString displayText(const QByteArray& bytes, QStringView codec);

private:
    void parseInput();
    void decode();
    void setRow(int row, const QString& type, const QString& big, const QString& little);
    void setRow(int row, const QString& type, const QString& both);

    QLineEdit* m_input = nullptr;
    PlainLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
    QByteArray m_bytes;
    QString m_problem;
    bool m_settingBytes = false;
};
