#pragma once

#include "ui/pcap_format.h"
#include "ui/traffic_capture.h"
#include "ui/traffic_model.h"
#include "ui/traffic_record.h"

#include <QString>
#include <QWidget>

#include <span>

class HexDumpView;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTableView;
class QTimer;
class TrafficFilterModel;

// The traffic pane of a session tab: a toolbar (pause, clear, find, peer and direction filters,
// text/hex, framing, cap, save, capture), the table of rows, the hex dump of the selected row, and a
// status line with exact totals. Sessions feed it with appendBatch(); every record goes to the
// capture file (if one is open) before the model caps, pauses or filters anything.
class TrafficView : public QWidget {
    Q_OBJECT

public:
    explicit TrafficView(QWidget* parent = nullptr);
    ~TrafficView() override;

    void appendBatch(std::span<const TrafficRecord> records);
    // Empties the table and resets the totals; a running capture goes on.
    void clear();
    void setCap(int cap);
    [[nodiscard]] int cap() const;
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const;

    [[nodiscard]] const TrafficModel::Totals& totals() const;
    [[nodiscard]] TrafficModel* model() const { return m_model; }
    [[nodiscard]] TrafficFilterModel* filterModel() const { return m_filter; }
    [[nodiscard]] QTableView* tableView() const { return m_table; }
    [[nodiscard]] HexDumpView* hexDumpView() const { return m_hexDump; }

    // "12,345 rows shown of 1,200,000 received; 3.4 MB in, 1.2 MB out; 1,100,000 dropped by cap 100,000"
    [[nodiscard]] QString statusText() const;

    // Find in the shown rows, from the current row; the match becomes the current row. Text is
    // searched as text or hex following the display mode. False when nothing matches.
    void setFindText(const QString& text);
    bool findNext();
    bool findPrevious();

    // The shown rows (after filtering), for the Save... action and for scripts and tests.
    bool saveCsv(const QString& path, QString* error = nullptr) const;
    bool saveText(const QString& path, QString* error = nullptr) const;

    // A path ending in .pcap captures as pcap (Wireshark), any other as SockLab's text form.
    bool startCapture(const QString& path, QString* error = nullptr) {
        return startCapture(path, TrafficCapture::formatFor(path), error);
    }
    bool startCapture(const QString& path, TrafficCapture::Format format, QString* error = nullptr);
    void stopCapture();
    // What a pcap capture's packets are; the tab says (TCP unless told).
    void setCaptureTransport(PcapFormat::Transport transport) { m_captureTransport = transport; }
    [[nodiscard]] bool isCapturing() const;

signals:
    /// The bytes of the row the user selected (the byte-order inspector decodes them).
    void bytesSelected(const QByteArray& bytes);

private:
    void createToolBars();
    void createTable();
    void connectModels();
    bool find(bool backward);
    void applyFraming();
    void applyDirectionFilter();
    void applyPeerText(const QString& text);
    void onPeerActivated(const QString& text);
    void showCurrentRecord();
    void scheduleStatusUpdate();
    void updateStatus();
    void followNewest();
    void saveWithDialog();
    void toggleCapture(bool on);

    TrafficModel* m_model = nullptr;
    TrafficFilterModel* m_filter = nullptr;
    TrafficCapture* m_capture = nullptr;
    PcapFormat::Transport m_captureTransport = PcapFormat::Transport::Tcp;

    QAction* m_pauseAction = nullptr;
    QAction* m_clearAction = nullptr;
    QAction* m_findNextAction = nullptr;
    QAction* m_findPreviousAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_captureAction = nullptr;
    QLineEdit* m_findEdit = nullptr;
    QComboBox* m_peerCombo = nullptr;
    QComboBox* m_directionCombo = nullptr;
    QComboBox* m_displayCombo = nullptr;
    QComboBox* m_framingCombo = nullptr;
    QSpinBox* m_fixedSizeSpin = nullptr;
    QSpinBox* m_capSpin = nullptr;

    QSplitter* m_splitter = nullptr;
    QTableView* m_table = nullptr;
    HexDumpView* m_hexDump = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr; // find results and capture errors, next to the totals
    QTimer* m_statusTimer = nullptr;
    QTimer* m_scrollTimer = nullptr;

    // Follow the newest row unless the user scrolled away from the bottom.
    bool m_follow = true;
};
