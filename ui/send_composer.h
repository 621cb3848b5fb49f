#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <expected>
#include <optional>

class QCheckBox;
class QComboBox;
class QKeyEvent;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

// Composes what a tab sends: typed text with backslash escapes or hex, in an encoding, with a line
// ending; once, or every N ms for a count; or a file (read by the caller, in chunks). Input is checked
// as it is typed: a bad escape or hex digit is named with its column under the input and disables Send.
//
// Byte order of the work: escapes are parsed on the typed text first (so "\xff" is one raw byte in
// every encoding), then the characters between escapes are encoded in the chosen encoding, then the
// line ending (in that encoding) is appended. Hex input is exact bytes: no encoding, no line ending.
//
// Large input stays responsive: text above kLargeText characters is kept out of the editor (laying
// out a multi-megabyte line would freeze the window for seconds) and is checked on a worker thread
// after a short pause in typing.
class SendComposer : public QWidget {
    Q_OBJECT

public:
    enum class Format { Text, Hex };
    enum class Encoding { Utf8, Latin1, Utf16LE, Utf16BE };
    enum class LineEnding { None, Lf, CrLf };

    struct Input {
        QString text;
        Format format = Format::Text;
        Encoding encoding = Encoding::Utf8;
        LineEnding lineEnding = LineEnding::None;
    };

    // Pastes at least this long are held outside the editor.
    static constexpr qsizetype kLargeText = 200'000;
    // Input at least this long is checked after a pause and on a worker thread.
    static constexpr qsizetype kAsyncText = 32'768;
    static constexpr int kDebounceMs = 150;

    explicit SendComposer(QWidget* parent = nullptr);
    ~SendComposer() override;

    // The bytes for an input, or why there are none ("column 7: 'g' is not a hex digit"). Pure.
    [[nodiscard]] static std::expected<QByteArray, QString> encode(const Input& input);

    [[nodiscard]] std::expected<QByteArray, QString> bytes() const;
    [[nodiscard]] Input input() const;

    void setText(const QString& text);
    [[nodiscard]] QString text() const;
    void setFormat(Format format);
    [[nodiscard]] Format format() const;
    void setEncoding(Encoding encoding);
    [[nodiscard]] Encoding encoding() const;
    void setLineEnding(LineEnding lineEnding);
    [[nodiscard]] LineEnding lineEnding() const;
    // count 0 repeats until Stop.
    void setRepeat(bool enabled, int intervalMs = 1000, int count = 10);

    // The message under the input; empty when the input is fine (or still being checked).
    [[nodiscard]] QString problem() const;
    [[nodiscard]] bool isValidationPending() const { return m_checkedGeneration != m_generation; }
    [[nodiscard]] bool isSendEnabled() const;
    [[nodiscard]] bool isRepeating() const { return m_repeatTimer.isActive(); }
    [[nodiscard]] int sentCount() const { return m_sent; }
    [[nodiscard]] QStringList history() const;

public slots:
    // Sends once, or starts repeating when Repeat is checked.
    void send();
    void stop();

signals:
    void sendRequested(const QByteArray& bytes);
    void sendFileRequested(const QString& path);
    // Emitted whenever a check of the current input completes (tests wait on it).
    void inputChecked();

private:
    struct HistoryEntry {
        QString text;
        Format format;
    };

    void buildUi();
    void inputChanged();
    void startCheck();
    void applyResult(quint64 generation, const std::expected<QByteArray, QString>& result);
    void showProblem(const QString& problem);
    void updateSendState();
    void repeatTick();
    void updateProgress();
    void chooseFile();
    bool holdLargeText(const QString& text);
    void releaseLargeText();
    bool editorKey(QKeyEvent* event);
    void recall(int step);
    void remember(const Input& input);

    QComboBox* m_format = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_lineEnding = nullptr;
    QLabel* m_byteCount = nullptr;
    QStackedWidget* m_stack = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QLabel* m_largeInfo = nullptr;
    QWidget* m_problemRow = nullptr;
    QLabel* m_problem = nullptr;
    QCheckBox* m_repeat = nullptr;
    QSpinBox* m_interval = nullptr;
    QSpinBox* m_count = nullptr;
    QLabel* m_progress = nullptr;
    QPushButton* m_fileButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QPushButton* m_sendButton = nullptr;

    // Text too large for the editor; when set, it is the input and the editor is hidden.
    std::optional<QString> m_largeText;

    // Every change bumps m_generation; a check's result only counts if it is still current.
    quint64 m_generation = 0;
    quint64 m_checkedGeneration = 0;
    std::expected<QByteArray, QString> m_checked;
    QTimer m_debounce;
    QThreadPool m_pool;

    QTimer m_repeatTimer;
    QByteArray m_repeatBytes;
    int m_repeatTotal = 0;
    int m_sent = 0;

    QList<HistoryEntry> m_history;
    int m_historyIndex = -1; // -1: editing the draft, not browsing history
    QString m_draft;
};
