#pragma once

#include <QString>
#include <QWidget>

class QLineEdit;
class PlainLabel;

// Python's struct module in two lines: a format (">H") and values ("256") give the packed bytes in
// hex ("01 00"); the reverse takes hex bytes and shows the values unpack() returns. Problems name
// the text and column they are in (a FormatError or an InputError), as typed.
class StructPackSection : public QWidget {
    Q_OBJECT

public:
    explicit StructPackSection(QWidget* parent = nullptr);
    ~StructPackSection() override;

    void setFormat(const QString& format);
    void setValues(const QString& values);
    void setUnpackHex(const QString& hex);

    // "01 00"; empty while there is a problem.
    [[nodiscard]] QString packedText() const { return m_packedText; }
    // "256" (values as parseStructValues() reads them, separated by spaces); empty on a problem.
    [[nodiscard]] QString unpackedText() const { return m_unpackedText; }
    // "Format, column 3: bad char in struct format"; empty when packing works.
    [[nodiscard]] QString packProblem() const { return m_packProblem; }
    // The problem of the unpack direction; empty when unpacking works.
    [[nodiscard]] QString unpackProblem() const { return m_unpackProblem; }

private:
    void updatePack();
    void updateUnpack();

    QLineEdit* m_format = nullptr;
    QLineEdit* m_values = nullptr;
    QLineEdit* m_hex = nullptr;
    PlainLabel* m_packed = nullptr;
    PlainLabel* m_unpacked = nullptr;
    QString m_packedText;
    QString m_unpackedText;
    QString m_packProblem;
    QString m_unpackProblem;
};
