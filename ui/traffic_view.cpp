#include "ui/traffic_view.h"

#include "ui/hex_dump_view.h"
#include "ui/netcore_text.h"
#include "ui/traffic_capture.h"
#include "ui/traffic_filter_model.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

enum FramingChoice : int { RawChunks, Lines, LengthPrefix, FixedSize };

// Direction filter entries: which directions each shows, as bits of TrafficRecord::Direction.
constexpr int bit(TrafficRecord::Direction direction) {
    return 1 << static_cast<int>(direction);
}
constexpr int allDirections = 0x7;

QIcon themeIcon(const QString& name) {
    // Platforms without an icon theme (Windows, macOS) get text-only buttons, not blank ones.
    return QIcon::fromTheme(name);
}

} // namespace

TrafficView::TrafficView(QWidget* parent)
    : QWidget(parent), m_model(new TrafficModel(this)), m_filter(new TrafficFilterModel(this)),
      m_capture(new TrafficCapture(this)), m_statusTimer(new QTimer(this)), m_scrollTimer(new QTimer(this)) {
    m_filter->setSourceModel(m_model);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(100); // a flood updates the totals ten times a second, not per batch
    m_scrollTimer->setSingleShot(true);
    m_scrollTimer->setInterval(0); // one scroll per event-loop turn, however many batches came in

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    createToolBars();
    createTable();

    m_status = new QLabel(this);
    m_status->setObjectName(u"trafficStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_message = new QLabel(this);
    m_message->setObjectName(u"trafficMessage"_s);
    m_message->setTextFormat(Qt::PlainText);
    auto* statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(4, 0, 4, 2);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_message);

    layout->addWidget(m_splitter, 1);
    layout->addLayout(statusRow);
    connectModels();
    updateStatus();
}

TrafficView::~TrafficView() = default;

void TrafficView::createToolBars() {
    auto* top = new QToolBar(this);
    top->setObjectName(u"trafficToolBar"_s);
    top->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto* bottom = new QToolBar(this);
    bottom->setObjectName(u"trafficToolBar2"_s);
    bottom->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_pauseAction = top->addAction(themeIcon(u"media-playback-pause"_s), tr("Pause"));
    m_pauseAction->setObjectName(u"pauseAction"_s);
    m_pauseAction->setCheckable(true);
    m_pauseAction->setToolTip(tr("Stop updating the table. Counting and capture go on; the rows that arrive "
                                 "meanwhile appear on resume (up to the cap)."));
    m_clearAction = top->addAction(themeIcon(u"edit-clear"_s), tr("Clear"));
    m_clearAction->setObjectName(u"clearAction"_s);
    m_clearAction->setToolTip(tr("Empty the table and reset the totals. A running capture goes on."));
    top->addSeparator();

    m_findEdit = new QLineEdit(this);
    m_findEdit->setObjectName(u"findEdit"_s);
    m_findEdit->setPlaceholderText(tr("Find"));
    m_findEdit->setClearButtonEnabled(true);
    m_findEdit->setToolTip(tr("Find bytes in the shown rows. In text mode \\n, \\r, \\t and \\xNN escapes "
                              "work; in hex mode type bytes like \"de ad be ef\"."));
    m_findEdit->setMaximumWidth(fontMetrics().horizontalAdvance(u'x') * 28);
    top->addWidget(m_findEdit);
    m_findPreviousAction = top->addAction(themeIcon(u"go-up"_s), tr("Previous"));
    m_findPreviousAction->setObjectName(u"findPreviousAction"_s);
    m_findPreviousAction->setShortcut(QKeySequence::FindPrevious);
    m_findNextAction = top->addAction(themeIcon(u"go-down"_s), tr("Next"));
    m_findNextAction->setObjectName(u"findNextAction"_s);
    m_findNextAction->setShortcut(QKeySequence::FindNext);
    top->addSeparator();

    m_peerCombo = new QComboBox(this);
    m_peerCombo->setObjectName(u"peerCombo"_s);
    m_peerCombo->setEditable(true);
    m_peerCombo->setInsertPolicy(QComboBox::NoInsert);
    m_peerCombo->lineEdit()->setPlaceholderText(tr("All peers"));
    m_peerCombo->lineEdit()->setClearButtonEnabled(true);
    m_peerCombo->setToolTip(tr("Show one peer (pick from the list) or every peer whose address contains "
                               "the typed text."));
    m_peerCombo->setMinimumContentsLength(22);
    m_peerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    top->addWidget(m_peerCombo);

    m_directionCombo = new QComboBox(this);
    m_directionCombo->setObjectName(u"directionCombo"_s);
    m_directionCombo->addItem(tr("All directions"), allDirections);
    m_directionCombo->addItem(TrafficModel::directionText(TrafficRecord::Direction::Received),
                              bit(TrafficRecord::Direction::Received));
    m_directionCombo->addItem(TrafficModel::directionText(TrafficRecord::Direction::Sent),
                              bit(TrafficRecord::Direction::Sent));
    m_directionCombo->addItem(tr("Data only (no info)"),
                              bit(TrafficRecord::Direction::Received) | bit(TrafficRecord::Direction::Sent));
    m_directionCombo->addItem(TrafficModel::directionText(TrafficRecord::Direction::Info),
                              bit(TrafficRecord::Direction::Info));
    top->addWidget(m_directionCombo);

    bottom->addWidget(new QLabel(tr("Show:"), this));
    m_displayCombo = new QComboBox(this);
    m_displayCombo->setObjectName(u"displayCombo"_s);
    m_displayCombo->addItem(tr("Text"), static_cast<int>(TrafficModel::DisplayMode::Text));
    m_displayCombo->addItem(tr("Hex"), static_cast<int>(TrafficModel::DisplayMode::Hex));
    bottom->addWidget(m_displayCombo);
    bottom->addSeparator();

    bottom->addWidget(new QLabel(tr("Framing:"), this));
    m_framingCombo = new QComboBox(this);
    m_framingCombo->setObjectName(u"framingCombo"_s);
    m_framingCombo->addItem(tr("Raw chunks"), RawChunks);
    m_framingCombo->addItem(tr("Lines (\\n)"), Lines);
    m_framingCombo->addItem(tr("Length prefix (4 bytes, big-endian)"), LengthPrefix);
    m_framingCombo->addItem(tr("Fixed size"), FixedSize);
    m_framingCombo->setToolTip(tr("How rows are cut from each connection's byte stream. A change applies to "
                                  "data arriving from now on; rows already shown stay as they were, and a "
                                  "message left unfinished by the old framing becomes one row."));
    bottom->addWidget(m_framingCombo);
    m_fixedSizeSpin = new QSpinBox(this);
    m_fixedSizeSpin->setObjectName(u"fixedSizeSpin"_s);
    m_fixedSizeSpin->setRange(1, 1 << 20);
    m_fixedSizeSpin->setValue(16);
    m_fixedSizeSpin->setSuffix(tr(" bytes"));
    m_fixedSizeSpin->setKeyboardTracking(false);
    m_fixedSizeSpin->setEnabled(false);
    bottom->addWidget(m_fixedSizeSpin);
    bottom->addSeparator();

    bottom->addWidget(new QLabel(tr("Keep:"), this));
    m_capSpin = new QSpinBox(this);
    m_capSpin->setObjectName(u"capSpin"_s);
    m_capSpin->setRange(1, 10'000'000);
    m_capSpin->setSingleStep(10'000);
    m_capSpin->setGroupSeparatorShown(true);
    m_capSpin->setValue(TrafficModel::defaultCap);
    m_capSpin->setSuffix(tr(" rows"));
    // Typing "50000" must not apply 5, 50, 500... on the way and drop rows each time.
    m_capSpin->setKeyboardTracking(false);
    m_capSpin->setToolTip(tr("The table keeps this many of the newest rows. Totals stay exact, and a "
                             "capture file gets every byte."));
    bottom->addWidget(m_capSpin);
    bottom->addSeparator();

    m_saveAction = bottom->addAction(themeIcon(u"document-save-as"_s), tr("Save\u2026"));
    m_saveAction->setObjectName(u"saveAction"_s);
    m_saveAction->setToolTip(tr("Save the shown rows as CSV or text"));
    m_captureAction = bottom->addAction(themeIcon(u"media-record"_s), tr("Capture to File\u2026"));
    m_captureAction->setObjectName(u"captureAction"_s);
    m_captureAction->setCheckable(true);
    m_captureAction->setToolTip(tr("Write every record to a file as it arrives, beyond the cap and while "
                                   "paused (tab-separated, payload in hex)"));

    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->addWidget(top);
    layout->addWidget(bottom);
}

void TrafficView::createTable() {
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(u"trafficTable"_s);
    m_table->setModel(m_filter);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setTextElideMode(Qt::ElideRight);

    // Uniform, fixed row heights: the view never measures rows, which keeps 100,000 rows cheap.
    const int fixedHeight = QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont)).height();
    auto* rows = m_table->verticalHeader();
    rows->setVisible(false);
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(1);
    rows->setDefaultSectionSize(std::max(fontMetrics().height(), fixedHeight) + 4);

    // Widths from sample texts, never ResizeToContents (which would measure every row).
    auto* columns = m_table->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    const auto width = [this](const QString& sample) { return fontMetrics().horizontalAdvance(sample) + 24; };
    m_table->setColumnWidth(TrafficModel::TimeColumn, width(TrafficModel::timeText(99'999'999)));
    m_table->setColumnWidth(TrafficModel::DirectionColumn,
                            width(TrafficModel::directionText(TrafficRecord::Direction::Received)));
    m_table->setColumnWidth(TrafficModel::PeerColumn, width(u"255.255.255.255:65535"_s));
    m_table->setColumnWidth(TrafficModel::SizeColumn, width(u"65,535 of 65,535"_s));

    m_hexDump = new HexDumpView(m_splitter);
    m_hexDump->setObjectName(u"hexDumpView"_s);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({300, 100}); // rows first: the dump is a detail, shown small until dragged
    m_splitter->setChildrenCollapsible(false);
}

void TrafficView::connectModels() {
    connect(m_pauseAction, &QAction::toggled, this, &TrafficView::setPaused);
    connect(m_clearAction, &QAction::triggered, this, &TrafficView::clear);
    connect(m_findEdit, &QLineEdit::returnPressed, this, &TrafficView::findNext);
    connect(m_findEdit, &QLineEdit::textChanged, m_message, &QLabel::clear);
    connect(m_findNextAction, &QAction::triggered, this, &TrafficView::findNext);
    connect(m_findPreviousAction, &QAction::triggered, this, &TrafficView::findPrevious);
    connect(m_peerCombo, &QComboBox::editTextChanged, this, &TrafficView::applyPeerText);
    connect(m_peerCombo, &QComboBox::textActivated, this, &TrafficView::onPeerActivated);
    connect(m_directionCombo, &QComboBox::currentIndexChanged, this, &TrafficView::applyDirectionFilter);
    connect(m_displayCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setDisplayMode(
            static_cast<TrafficModel::DisplayMode>(m_displayCombo->currentData().toInt()));
    });
    connect(m_framingCombo, &QComboBox::currentIndexChanged, this, &TrafficView::applyFraming);
    connect(m_fixedSizeSpin, &QSpinBox::valueChanged, this, &TrafficView::applyFraming);
    connect(m_capSpin, &QSpinBox::valueChanged, this, &TrafficView::setCap);
    connect(m_saveAction, &QAction::triggered, this, &TrafficView::saveWithDialog);
    connect(m_captureAction, &QAction::toggled, this, &TrafficView::toggleCapture);
    connect(m_capture, &TrafficCapture::failed, this, [this](const QString& message) {
        const QSignalBlocker blocker(m_captureAction);
        m_captureAction->setChecked(false);
        m_message->setText(message);
    });

    connect(m_model, &TrafficModel::totalsChanged, this, &TrafficView::scheduleStatusUpdate);
    connect(m_model, &TrafficModel::peersAdded, this, [this](const QStringList& peers) {
        // Adding items must not touch the typed filter text.
        const QSignalBlocker blocker(m_peerCombo);
        const QString text = m_peerCombo->currentText();
        m_peerCombo->addItems(peers);
        m_peerCombo->setEditText(text);
    });
    connect(m_statusTimer, &QTimer::timeout, this, &TrafficView::updateStatus);
    connect(m_scrollTimer, &QTimer::timeout, this, [this] {
        if (m_follow) m_table->scrollToBottom();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrafficView::showCurrentRecord);

    auto* scrollBar = m_table->verticalScrollBar();
    connect(scrollBar, &QScrollBar::valueChanged, this,
            [this, scrollBar](int value) { m_follow = value >= scrollBar->maximum(); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TrafficView::followNewest);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TrafficView::followNewest);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TrafficView::followNewest);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this,
            [this, scrollBar](const QModelIndex&, int first, int last) {
                // The cap drops the oldest rows: keep the rows the user is reading in place instead of
                // letting them slide up under the cursor.
                if (m_follow || first != 0) return;
                scrollBar->setValue(std::max(0, scrollBar->value() - (last - first + 1)));
            });
}

void TrafficView::appendBatch(std::span<const TrafficRecord> records) {
    m_capture->write(records);
    m_model->appendBatch(records);
}

void TrafficView::clear() {
    m_model->clear();
    m_hexDump->clearRecord();
    m_peerCombo->clear();
    m_message->clear();
    m_follow = true;
    updateStatus();
}

void TrafficView::setCap(int cap) {
    m_model->setCap(cap);
    const QSignalBlocker blocker(m_capSpin);
    m_capSpin->setValue(m_model->cap());
    updateStatus();
}

int TrafficView::cap() const {
    return m_model->cap();
}

void TrafficView::setPaused(bool paused) {
    m_model->setPaused(paused);
    const QSignalBlocker blocker(m_pauseAction);
    m_pauseAction->setChecked(paused);
    m_pauseAction->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseAction->setIcon(themeIcon(paused ? u"media-playback-start"_s : u"media-playback-pause"_s));
    updateStatus();
}

bool TrafficView::isPaused() const {
    return m_model->isPaused();
}

const TrafficModel::Totals& TrafficView::totals() const {
    return m_model->totals();
}

QString TrafficView::statusText() const {
    const QLocale locale;
    const TrafficModel::Totals& totals = m_model->totals();
    QString text = tr("%1 rows shown of %2 received; %3 in, %4 out")
                       .arg(locale.toString(m_filter->rowCount()), locale.toString(totals.rowsAdded),
                            locale.formattedDataSize(static_cast<qint64>(totals.bytesReceived), 1,
                                                     QLocale::DataSizeSIFormat),
                            locale.formattedDataSize(static_cast<qint64>(totals.bytesSent), 1,
                                                     QLocale::DataSizeSIFormat));
    if (totals.rowsDropped > 0)
        text += u"; "_s + tr("%1 dropped by cap %2")
                              .arg(locale.toString(totals.rowsDropped), locale.toString(m_model->cap()));
    if (m_model->isPaused())
        text += u"; "_s + tr("paused, %1 rows waiting").arg(locale.toString(m_model->pendingCount()));
    if (m_capture->isActive()) text += u"; "_s + tr("capturing to %1").arg(m_capture->path());
    return text;
}

void TrafficView::setFindText(const QString& text) {
    m_findEdit->setText(text);
}

bool TrafficView::findNext() {
    return find(false);
}

bool TrafficView::findPrevious() {
    return find(true);
}

bool TrafficView::find(bool backward) {
    const auto mode = m_model->displayMode() == TrafficModel::DisplayMode::Hex
                          ? TrafficFilterModel::FindMode::Hex
                          : TrafficFilterModel::FindMode::Text;
    const auto needle = TrafficFilterModel::parseNeedle(m_findEdit->text(), mode);
    if (!needle) {
        m_message->setText(tr("Not valid hex"));
        return false;
    }
    const int row = m_filter->findRow(*needle, m_table->currentIndex().row(), backward);
    if (row < 0) {
        m_message->setText(needle->isEmpty() ? QString() : tr("Not found"));
        return false;
    }
    m_message->clear();
    const QModelIndex found = m_filter->index(row, 0);
    m_table->setCurrentIndex(found);
    m_table->scrollTo(found, QAbstractItemView::PositionAtCenter);
    m_follow = false; // the user is reading this row: do not scroll it away
    return true;
}

bool TrafficView::saveCsv(const QString& path, QString* error) const {
    return TrafficCapture::saveCsv(*m_filter, path, error);
}

bool TrafficView::saveText(const QString& path, QString* error) const {
    return TrafficCapture::saveText(*m_filter, path, m_model->displayMode(), error);
}

bool TrafficView::startCapture(const QString& path, TrafficCapture::Format format, QString* error) {
    const bool started = m_capture->start(path, format, m_captureTransport);
    if (!started && error != nullptr) *error = m_capture->errorString();
    const QSignalBlocker blocker(m_captureAction);
    m_captureAction->setChecked(started);
    updateStatus();
    return started;
}

void TrafficView::stopCapture() {
    m_capture->stop();
    const QSignalBlocker blocker(m_captureAction);
    m_captureAction->setChecked(false);
    updateStatus();
}

bool TrafficView::isCapturing() const {
    return m_capture->isActive();
}

void TrafficView::applyFraming() {
    netcore::FramingSpec spec;
    const int choice = m_framingCombo->currentData().toInt();
    m_fixedSizeSpin->setEnabled(choice == FixedSize);
    switch (choice) {
    case Lines:
        spec.kind = netcore::FramingKind::Delimiter;
        break;
    case LengthPrefix:
        spec.kind = netcore::FramingKind::LengthPrefix;
        spec.prefixSize = 4;
        spec.bigEndian = true;
        break;
    case FixedSize:
        spec.kind = netcore::FramingKind::FixedSize;
        spec.fixedSize = static_cast<std::size_t>(m_fixedSizeSpin->value());
        break;
    default:
        spec.kind = netcore::FramingKind::Raw;
        break;
    }
    if (const auto error = m_model->setFraming(spec)) m_message->setText(NetcoreText::text(*error));
}

void TrafficView::applyDirectionFilter() {
    const int bits = m_directionCombo->currentData().toInt();
    for (const auto direction :
         {TrafficRecord::Direction::Received, TrafficRecord::Direction::Sent, TrafficRecord::Direction::Info})
        m_filter->setDirectionVisible(direction, (bits & bit(direction)) != 0);
    scheduleStatusUpdate();
}

void TrafficView::applyPeerText(const QString& text) {
    m_filter->setPeerFilter(text, TrafficFilterModel::PeerMatch::Substring);
    scheduleStatusUpdate();
}

void TrafficView::onPeerActivated(const QString& text) {
    const bool known = m_model->peers().contains(text);
    m_filter->setPeerFilter(text, known ? TrafficFilterModel::PeerMatch::Exact
                                        : TrafficFilterModel::PeerMatch::Substring);
    scheduleStatusUpdate();
}

void TrafficView::showCurrentRecord() {
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) return; // keep the last record: it may just have been capped away
    const TrafficRecord& record = m_model->record(m_filter->mapToSource(current).row());
    m_hexDump->setRecord(record);
    emit bytesSelected(record.bytes);
}

void TrafficView::scheduleStatusUpdate() {
    if (!m_statusTimer->isActive()) m_statusTimer->start();
}

void TrafficView::updateStatus() {
    m_status->setText(statusText());
}

void TrafficView::followNewest() {
    if (m_follow && !m_scrollTimer->isActive()) m_scrollTimer->start();
}

void TrafficView::saveWithDialog() {
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString textFilter = tr("Text files (*.txt)");
    QString selected = csvFilter;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Traffic"), QString(),
                                                csvFilter + u";;"_s + textFilter, &selected);
    if (path.isEmpty()) return;
    const bool asText = selected == textFilter || path.endsWith(u".txt"_s, Qt::CaseInsensitive);
    QString error;
    if (!(asText ? saveText(path, &error) : saveCsv(path, &error)))
        QMessageBox::warning(this, tr("Save Traffic"), tr("Could not save %1: %2").arg(path, error));
}

void TrafficView::toggleCapture(bool on) {
    if (!on) {
        stopCapture();
        return;
    }
    const QString textFilter = tr("SockLab text captures (*.tsv)");
    const QString pcapFilter = tr("pcap for Wireshark and tcpdump (*.pcap)");
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Capture Traffic to File"), QString(),
        textFilter + u";;"_s + pcapFilter + u";;"_s + tr("All files (*)"), &selected);
    // The name the dialog confirmed is the one written (no extension added after its overwrite
    // question); the pcap filter chosen means pcap whatever the name ends with.
    const auto format =
        selected == pcapFilter ? TrafficCapture::Format::Pcap : TrafficCapture::formatFor(path);
    QString error;
    if (path.isEmpty()) {
        stopCapture();
    } else if (!startCapture(path, format, &error)) {
        QMessageBox::warning(this, tr("Capture Traffic"), tr("Could not write %1: %2").arg(path, error));
    }
}
