#pragma once

#include "ui/byte_decode_section.h"
#include "ui/struct_pack_section.h"

#include <QByteArray>
#include <QString>
#include <QWidget>

class QComboBox;
class QLineEdit;
class PlainLabel;

// The byte-order inspector (meant for a dock): the host's endianness; a value through
// hton/ntoh 16/32/64 with its bytes in host order and in network order side by side; Python's
// struct pack/unpack; a socket address as the sockaddr bytes the OS gets (family, port in network
// order, address, rest); and "decode bytes" for a selection of received bytes. Everything shown
// is plain text, so bytes from a peer can never become markup.
class ByteOrderInspector : public QWidget {
    Q_OBJECT

public:
    explicit ByteOrderInspector(QWidget* parent = nullptr);
    ~ByteOrderInspector() override;

    // (1) "This machine is little-endian: ..."
    [[nodiscard]] QString hostEndiannessText() const;

    // (2) hton/ntoh. The value is decimal or 0x hex; the width is 16, 32 or 64 bits (others are
    // ignored and return false).
    void setValue(const QString& value);
    bool setWidth(int bits);
    [[nodiscard]] int width() const;
    // "90 1f": the value's bytes in memory on this machine; empty while the value is invalid.
    [[nodiscard]] QString hostOrderText() const { return m_hostOrderText; }
    // "1f 90": the bytes after hton (big-endian), as they go on the wire.
    [[nodiscard]] QString networkOrderText() const { return m_networkOrderText; }
    // "hton16(8080) = 36895 (0x901f)"
    [[nodiscard]] QString swappedText() const { return m_swappedText; }
    // "8080 does not fit in 16 bits (0 to 65535)"; empty when the value is fine.
    [[nodiscard]] QString valueProblem() const { return m_valueProblem; }

    // (3) Python struct.
    void setStructFormat(const QString& format) { m_struct->setFormat(format); }
    void setStructValues(const QString& values) { m_struct->setValues(values); }
    void setStructUnpackHex(const QString& hex) { m_struct->setUnpackHex(hex); }
    [[nodiscard]] QString packedText() const { return m_struct->packedText(); }
    [[nodiscard]] QString structProblem() const { return m_struct->packProblem(); }
    [[nodiscard]] QString unpackedText() const { return m_struct->unpackedText(); }
    [[nodiscard]] QString unpackProblem() const { return m_struct->unpackProblem(); }

    // (4) A socket address ("127.0.0.1:8080", "[::1]:8080", "unix:/tmp/s") as sockaddr bytes, one
    // labelled line per field: "port     1f 90   8080, network order".
    void setAddressText(const QString& address);
    [[nodiscard]] QString addressBytesText() const { return m_addressBytesText; }
    // The hex of one field ("family", "port", "address", "flowinfo", "scope id", "path", "rest").
    [[nodiscard]] QString addressField(const QString& field) const;
    [[nodiscard]] QString addressProblem() const { return m_addressProblem; }

    // (5) Decode bytes (the traffic view calls setBytes() with the selected row's bytes).
    void setBytes(const QByteArray& bytes) { m_decode->setBytes(bytes); }
    void setDecodeHex(const QString& hex) { m_decode->setHex(hex); }
    [[nodiscard]] QString decodedText() const { return m_decode->decodedText(); }
    [[nodiscard]] QString decodedValue(const QString& type, ByteDecodeSection::Column column) const {
        return m_decode->decodedValue(type, column);
    }

private:
    QWidget* buildValueSection();
    QWidget* buildAddressSection();
    void updateValue();
    void updateAddress();

    QLineEdit* m_value = nullptr;
    QComboBox* m_width = nullptr;
    PlainLabel* m_hostOrder = nullptr;
    PlainLabel* m_networkOrder = nullptr;
    PlainLabel* m_swapped = nullptr;
    QLineEdit* m_address = nullptr;
    PlainLabel* m_addressBytes = nullptr;
    StructPackSection* m_struct = nullptr;
    ByteDecodeSection* m_decode = nullptr;

    QString m_hostOrderText;
    QString m_networkOrderText;
    QString m_swappedText;
    QString m_valueProblem;
    QString m_addressBytesText;
    QString m_addressProblem;
    QList<std::pair<QString, QString>> m_addressFields;
};
