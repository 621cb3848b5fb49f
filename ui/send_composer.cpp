#include "ui/send_composer.h"

#include "ui/netcore_text.h"

#include "netcore/typed_input.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStringEncoder>
#include <QStyle>
#include <QTextBlock>
#include <QVBoxLayout>

#include <cstddef>
#include <functional>
#include <span>
#include <string_view>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kHistoryEntryLimit = 65'536; // longer inputs are not worth keeping in memory twice
constexpr int kHistorySize = 50;

// The editor forwards large pastes and a few keys to the composer; everything else is stock.
class ComposerEdit : public QPlainTextEdit {
public:
    using QPlainTextEdit::QPlainTextEdit;
    std::function<bool(const QString&)> largePaste;
    std::function<bool(QKeyEvent*)> keyHook;

protected:
    void insertFromMimeData(const QMimeData* source) override {
        if (largePaste && source->hasText()) {
            const QString pasted = source->text();
            if (pasted.size() >= SendComposer::kLargeText) {
                // The paste replaces the selection, as a normal paste would.
                const QString current = toPlainText();
                const QTextCursor cursor = textCursor();
                const QString whole =
                    current.left(cursor.selectionStart()) + pasted + current.mid(cursor.selectionEnd());
                if (largePaste(whole)) return;
            }
        }
        QPlainTextEdit::insertFromMimeData(source);
    }
    void keyPressEvent(QKeyEvent* event) override {
        if (keyHook && keyHook(event)) return;
        QPlainTextEdit::keyPressEvent(event);
    }
};

std::string_view viewOf(const QByteArray& bytes) {
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

QByteArray toByteArray(const std::vector<std::byte>& bytes) {
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

QString inputErrorText(const netcore::InputError& error) {
    return SendComposer::tr("column %1: %2").arg(error.column).arg(NetcoreText::translated(error.message));
}

// The 1-based column a user counts: characters, so a surrogate pair counts once (as netcore counts).
qsizetype columnAt(const QString& text, qsizetype index) {
    qsizetype column = 1;
    for (qsizetype i = 0; i < index; ++i)
        if (!text.at(i).isLowSurrogate()) ++column;
    return column;
}

std::expected<QByteArray, QString> encodeLiteral(const QString& text, qsizetype from, qsizetype to,
                                                 SendComposer::Encoding encoding) {
    const QStringView run = QStringView(text).mid(from, to - from);
    switch (encoding) {
    case SendComposer::Encoding::Utf8:
        return run.toUtf8();
    case SendComposer::Encoding::Latin1:
        // Qt would silently send '?' for characters Latin-1 lacks: that is a typo waiting to happen.
        for (qsizetype i = 0; i < run.size(); ++i) {
            if (run.at(i).unicode() > 0xFF) {
                const qsizetype length = run.at(i).isHighSurrogate() && i + 1 < run.size() ? 2 : 1;
                return std::unexpected(SendComposer::tr("column %1: '%2' cannot be encoded in Latin-1")
                                           .arg(columnAt(text, from + i))
                                           .arg(run.mid(i, length).toString()));
            }
        }
        return run.toLatin1();
    case SendComposer::Encoding::Utf16LE:
    case SendComposer::Encoding::Utf16BE: {
        QStringEncoder encoder(encoding == SendComposer::Encoding::Utf16LE ? QStringConverter::Utf16LE
                                                                           : QStringConverter::Utf16BE);
        return QByteArray(encoder(run));
    }
    }
    return {};
}

} // namespace

SendComposer::SendComposer(QWidget* parent) : QWidget(parent), m_checked(QByteArray()) {
    // One worker per composer, so the destructor can wait for exactly its own checks.
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(u"sendComposerChecks"_s);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SendComposer::startCheck);
    connect(&m_repeatTimer, &QTimer::timeout, this, &SendComposer::repeatTick);
    buildUi();
    inputChanged();
}

SendComposer::~SendComposer() {
    // A running check posts its result to this object: it must finish before the object goes.
    m_pool.waitForDone();
}

void SendComposer::buildUi() {
    m_format = new QComboBox(this);
    m_format->setObjectName(u"composerFormat"_s);
    m_format->addItem(tr("Text"));
    m_format->addItem(tr("Hex"));
    m_format->setToolTip(tr("Text: typed characters with escapes (\\n, \\t, \\xNN).\n"
                            "Hex: bytes as hex digits (\"de ad be ef\", \"de:ad\", \"0xde 0xad\")."));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(u"composerEncoding"_s);
    m_encoding->addItem(tr("UTF-8"));
    m_encoding->addItem(tr("Latin-1"));
    m_encoding->addItem(tr("UTF-16LE"));
    m_encoding->addItem(tr("UTF-16BE"));
    m_encoding->setToolTip(
        tr("How typed characters become bytes (\\xNN escapes are raw bytes in every encoding)"));
    m_lineEnding = new QComboBox(this);
    m_lineEnding->setObjectName(u"composerLineEnding"_s);
    m_lineEnding->addItem(tr("No line ending"));
    m_lineEnding->addItem(tr("\\n (LF)"));
    m_lineEnding->addItem(tr("\\r\\n (CRLF)"));
    m_byteCount = new QLabel(this);
    m_byteCount->setObjectName(u"composerByteCount"_s);
    m_byteCount->setTextFormat(Qt::PlainText);

    auto* editor = new ComposerEdit(this);
    m_editor = editor;
    m_editor->setObjectName(u"composerInput"_s);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(tr("Text to send. Escapes: \\n \\r \\t \\0 \\\\ \\xNN. Ctrl+Enter sends; "
                                    "Up and Down recall earlier messages."));
    m_editor->setMinimumHeight(m_editor->fontMetrics().lineSpacing() * 3);
    editor->largePaste = [this](const QString& text) { return holdLargeText(text); };
    editor->keyHook = [this](QKeyEvent* event) { return editorKey(event); };

    auto* largePage = new QWidget(this);
    m_largeInfo = new QLabel(largePage);
    m_largeInfo->setObjectName(u"composerLargeInfo"_s);
    m_largeInfo->setTextFormat(Qt::PlainText);
    m_largeInfo->setWordWrap(true);
    m_largeInfo->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* clearLarge = new QPushButton(tr("Clear"), largePage);
    clearLarge->setObjectName(u"composerClearLarge"_s);
    auto* largeLayout = new QHBoxLayout(largePage);
    largeLayout->addWidget(m_largeInfo, 1);
    largeLayout->addWidget(clearLarge, 0, Qt::AlignTop);
    connect(clearLarge, &QPushButton::clicked, this, [this] { setText({}); });

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_editor);
    m_stack->addWidget(largePage);

    // The problem row: a warning icon and the message, in the window's text colour (bold) so it
    // reads well in light and dark palettes alike.
    m_problemRow = new QWidget(this);
    auto* problemIcon = new QLabel(m_problemRow);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    problemIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_problem = new QLabel(m_problemRow);
    m_problem->setObjectName(u"composerProblem"_s);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* problemLayout = new QHBoxLayout(m_problemRow);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(problemIcon, 0, Qt::AlignTop);
    problemLayout->addWidget(m_problem, 1);
    QFont problemFont = m_problem->font();
    problemFont.setBold(true);
    m_problem->setFont(problemFont);
    m_problemRow->setVisible(false);

    m_repeat = new QCheckBox(tr("Repeat every"), this);
    m_repeat->setObjectName(u"composerRepeat"_s);
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(u"composerInterval"_s);
    m_interval->setRange(1, 3'600'000);
    m_interval->setValue(1000);
    m_interval->setSuffix(tr(" ms"));
    m_count = new QSpinBox(this);
    m_count->setObjectName(u"composerCount"_s);
    m_count->setRange(0, 1'000'000);
    m_count->setValue(10);
    m_count->setSuffix(tr(" times"));
    m_count->setSpecialValueText(tr("until stopped"));
    m_progress = new QLabel(this);
    m_progress->setObjectName(u"composerProgress"_s);
    m_progress->setTextFormat(Qt::PlainText);
    m_fileButton = new QPushButton(tr("Send File…"), this);
    m_fileButton->setObjectName(u"composerSendFile"_s);
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_stopButton->setObjectName(u"composerStop"_s);
    m_stopButton->setEnabled(false);
    m_sendButton = new QPushButton(tr("Send"), this);
    m_sendButton->setObjectName(u"composerSend"_s);
    m_sendButton->setDefault(true);

    auto* options = new QHBoxLayout;
    options->addWidget(m_format);
    options->addWidget(m_encoding);
    options->addWidget(m_lineEnding);
    options->addStretch(1);
    options->addWidget(m_byteCount);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_repeat);
    actions->addWidget(m_interval);
    actions->addWidget(m_count);
    actions->addWidget(m_progress);
    actions->addStretch(1);
    actions->addWidget(m_fileButton);
    actions->addWidget(m_stopButton);
    actions->addWidget(m_sendButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(options);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_problemRow);
    layout->addLayout(actions);

    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_largeText) inputChanged();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &SendComposer::inputChanged);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &SendComposer::inputChanged);
    connect(m_lineEnding, &QComboBox::currentIndexChanged, this, &SendComposer::inputChanged);
    connect(m_sendButton, &QPushButton::clicked, this, &SendComposer::send);
    connect(m_stopButton, &QPushButton::clicked, this, &SendComposer::stop);
    connect(m_fileButton, &QPushButton::clicked, this, &SendComposer::chooseFile);
}

std::expected<QByteArray, QString> SendComposer::encode(const Input& input) {
    const QByteArray utf8 = input.text.toUtf8();
    if (input.format == Format::Hex) {
        auto parsed = netcore::parseHex(viewOf(utf8));
        if (!parsed) return std::unexpected(inputErrorText(parsed.error()));
        return toByteArray(*parsed);
    }
    // netcore checks the escapes (and names the column) on the text as typed, whatever the encoding.
    auto parsed = netcore::parseEscapedText(viewOf(utf8));
    if (!parsed) return std::unexpected(inputErrorText(parsed.error()));

    QByteArray out;
    if (input.encoding == Encoding::Utf8) {
        out = toByteArray(*parsed);
    } else {
        // Other encodings: encode the runs between escapes; each escape is netcore's bytes, as is.
        out.reserve(utf8.size() * (input.encoding == Encoding::Latin1 ? 1 : 2));
        const QString& text = input.text;
        qsizetype from = 0;
        while (from < text.size()) {
            qsizetype slash = text.indexOf(u'\\', from);
            if (slash < 0) slash = text.size();
            auto literal = encodeLiteral(text, from, slash, input.encoding);
            if (!literal) return literal;
            out += *literal;
            if (slash >= text.size()) break;
            // Already validated: "\xNN" is four characters, every other escape two.
            const qsizetype length = slash + 1 < text.size() && text.at(slash + 1) == u'x' ? 4 : 2;
            const QByteArray escape = QStringView(text).mid(slash, length).toUtf8();
            auto escaped = netcore::parseEscapedText(viewOf(escape));
            if (!escaped) return std::unexpected(inputErrorText(escaped.error()));
            out += toByteArray(*escaped);
            from = slash + length;
        }
    }
    const QString ending = input.lineEnding == LineEnding::Lf     ? u"\n"_s
                           : input.lineEnding == LineEnding::CrLf ? u"\r\n"_s
                                                                  : QString();
    if (!ending.isEmpty()) {
        auto encoded = encodeLiteral(ending, 0, ending.size(), input.encoding);
        if (encoded) out += *encoded;
    }
    return out;
}

SendComposer::Input SendComposer::input() const {
    return Input{text(), format(), encoding(), lineEnding()};
}

std::expected<QByteArray, QString> SendComposer::bytes() const {
    if (!isValidationPending()) return m_checked;
    return encode(input());
}

void SendComposer::setText(const QString& text) {
    if (text.size() >= kLargeText) {
        holdLargeText(text);
        return;
    }
    releaseLargeText();
    m_editor->setPlainText(text);
}

QString SendComposer::text() const {
    return m_largeText ? *m_largeText : m_editor->toPlainText();
}

void SendComposer::setFormat(Format format) {
    m_format->setCurrentIndex(static_cast<int>(format));
}

SendComposer::Format SendComposer::format() const {
    return static_cast<Format>(m_format->currentIndex());
}

void SendComposer::setEncoding(Encoding encoding) {
    m_encoding->setCurrentIndex(static_cast<int>(encoding));
}

SendComposer::Encoding SendComposer::encoding() const {
    return static_cast<Encoding>(m_encoding->currentIndex());
}

void SendComposer::setLineEnding(LineEnding lineEnding) {
    m_lineEnding->setCurrentIndex(static_cast<int>(lineEnding));
}

SendComposer::LineEnding SendComposer::lineEnding() const {
    return static_cast<LineEnding>(m_lineEnding->currentIndex());
}

void SendComposer::setRepeat(bool enabled, int intervalMs, int count) {
    m_repeat->setChecked(enabled);
    m_interval->setValue(intervalMs);
    m_count->setValue(count);
}

QString SendComposer::problem() const {
    return m_problem->isVisibleTo(this) ? m_problem->text() : QString();
}

bool SendComposer::isSendEnabled() const {
    return m_sendButton->isEnabled();
}

QStringList SendComposer::history() const {
    QStringList out;
    for (const HistoryEntry& entry : m_history)
        out.append(entry.text);
    return out;
}

void SendComposer::inputChanged() {
    ++m_generation;
    const bool hex = format() == Format::Hex;
    m_encoding->setEnabled(!hex);
    m_lineEnding->setEnabled(!hex);
    if (text().size() < kAsyncText) {
        m_debounce.stop();
        applyResult(m_generation, encode(input()));
        return;
    }
    // Large: wait for a pause in typing, then check off the GUI thread.
    m_byteCount->setText(tr("checking…"));
    m_debounce.start();
    updateSendState();
}

void SendComposer::startCheck() {
    const quint64 generation = m_generation;
    const Input snapshot = input();
    m_pool.start([this, generation, snapshot] {
        auto result = encode(snapshot);
        QMetaObject::invokeMethod(
            this, [this, generation, result = std::move(result)] { applyResult(generation, result); },
            Qt::QueuedConnection);
    });
}

void SendComposer::applyResult(quint64 generation, const std::expected<QByteArray, QString>& result) {
    if (generation != m_generation) return; // the input changed meanwhile: a newer check is coming
    m_checked = result;
    m_checkedGeneration = generation;
    if (result) {
        showProblem({});
        m_byteCount->setText(tr("%1 bytes").arg(QLocale().toString(result->size())));
    } else {
        showProblem(result.error());
        m_byteCount->setText(tr("invalid"));
    }
    updateSendState();
    emit inputChecked();
}

void SendComposer::showProblem(const QString& problem) {
    m_problem->setText(problem);
    m_problemRow->setVisible(!problem.isEmpty());
}

void SendComposer::updateSendState() {
    // While a large input is still being checked Send stays usable: send() checks synchronously.
    const bool inputOk = isValidationPending() || m_checked.has_value();
    m_sendButton->setEnabled(inputOk && !isRepeating());
    m_stopButton->setEnabled(isRepeating());
    m_fileButton->setEnabled(!isRepeating());
}

void SendComposer::send() {
    if (isRepeating()) return;
    auto result = bytes();
    if (!result) {
        showProblem(result.error());
        return;
    }
    remember(input());
    if (!m_repeat->isChecked()) {
        emit sendRequested(*result);
        return;
    }
    // The bytes are fixed when repeating starts: editing meanwhile prepares the next message.
    m_repeatBytes = *result;
    m_repeatTotal = m_count->value();
    m_sent = 0;
    m_repeatTimer.start(m_interval->value());
    updateSendState();
    repeatTick();
}

void SendComposer::stop() {
    if (!m_repeatTimer.isActive()) return;
    m_repeatTimer.stop();
    m_repeatBytes.clear();
    updateProgress();
    updateSendState();
}

void SendComposer::repeatTick() {
    ++m_sent;
    // Stop before emitting the last one, so a receiver that inspects isRepeating() sees the truth.
    if (m_repeatTotal > 0 && m_sent >= m_repeatTotal) {
        const QByteArray last = m_repeatBytes;
        stop();
        emit sendRequested(last);
        return;
    }
    updateProgress();
    emit sendRequested(m_repeatBytes);
}

void SendComposer::updateProgress() {
    const QLocale locale;
    if (m_repeatTotal > 0)
        m_progress->setText(tr("%1 / %2 sent").arg(locale.toString(m_sent), locale.toString(m_repeatTotal)));
    else
        m_progress->setText(tr("%1 sent").arg(locale.toString(m_sent)));
}

void SendComposer::chooseFile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Send File"));
    if (!path.isEmpty()) emit sendFileRequested(path);
}

bool SendComposer::holdLargeText(const QString& text) {
    m_largeText = text;
    // A short preview, control characters escaped: the text may be anything the clipboard held.
    const QByteArray head = text.left(160).toUtf8();
    const QString preview = QString::fromStdString(netcore::escapeForDisplay(
        std::as_bytes(std::span(head.constData(), static_cast<std::size_t>(head.size())))));
    m_largeInfo->setText(
        tr("%1 characters, too many to edit comfortably here: they are sent as they are.\n%2…")
            .arg(QLocale().toString(text.size()), preview));
    m_stack->setCurrentIndex(1);
    inputChanged();
    return true;
}

void SendComposer::releaseLargeText() {
    if (!m_largeText) return;
    m_largeText.reset();
    m_largeInfo->clear();
    m_stack->setCurrentIndex(0);
}

bool SendComposer::editorKey(QKeyEvent* event) {
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        send();
        return true;
    }
    const QTextCursor cursor = m_editor->textCursor();
    // Up on the first line and Down on the last one browse the history, as in a shell.
    if (event->key() == Qt::Key_Up && event->modifiers() == Qt::NoModifier && cursor.blockNumber() == 0 &&
        !m_history.isEmpty()) {
        recall(-1);
        return true;
    }
    if (event->key() == Qt::Key_Down && event->modifiers() == Qt::NoModifier && m_historyIndex >= 0 &&
        cursor.blockNumber() == m_editor->document()->blockCount() - 1) {
        recall(+1);
        return true;
    }
    return false;
}

void SendComposer::recall(int step) {
    if (m_historyIndex < 0) {
        if (step > 0) return;
        m_draft = m_editor->toPlainText();
        m_historyIndex = static_cast<int>(m_history.size());
    }
    const int next = m_historyIndex + step;
    if (next < 0) return;
    if (next >= m_history.size()) {
        m_historyIndex = -1;
        m_editor->setPlainText(m_draft);
    } else {
        setFormat(m_history.at(next).format);
        m_editor->setPlainText(m_history.at(next).text);
        m_historyIndex = next;
    }
    m_editor->moveCursor(QTextCursor::End);
}

void SendComposer::remember(const Input& sent) {
    if (sent.text.isEmpty() || sent.text.size() > kHistoryEntryLimit) return;
    if (!m_history.isEmpty() && m_history.constLast().text == sent.text &&
        m_history.constLast().format == sent.format)
        return;
    m_history.append({sent.text, sent.format});
    if (m_history.size() > kHistorySize) m_history.removeFirst();
    m_historyIndex = -1;
}
