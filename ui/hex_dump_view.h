#pragma once

#include "ui/traffic_record.h"

#include <QString>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

// The detail pane of a traffic view: one record's bytes as a classic hex dump (offset, hex, ASCII)
// under a header line (time, direction, peer, size). Plain text only, so nothing a peer sent can
// become markup.
class HexDumpView : public QWidget {
    Q_OBJECT

public:
    // A 1 MiB message would be 65,536 lines of dump; its start is what one reads in a detail pane.
    static constexpr qsizetype maxShownBytes = 64 * 1024;

    explicit HexDumpView(QWidget* parent = nullptr);
    ~HexDumpView() override;

    void setRecord(const TrafficRecord& record);
    void clearRecord();

    [[nodiscard]] QString headerText() const;
    [[nodiscard]] QString dumpText() const;

private:
    QLabel* m_header = nullptr;
    QPlainTextEdit* m_dump = nullptr;
};
