#include "ui/error_panel.h"
#include "ui/plain_label.h"

#include "netcore/explanation.h"
#include "ui/error_model.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace {

// The detail area's text: plain (OS messages and arguments may carry peer bytes), wrapped and
// selectable by mouse and keyboard so it can be copied into a bug report.
PlainLabel* detailLabel(const QString& objectName, QWidget* parent) {
    auto* label = new PlainLabel(objectName, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

// Every label here is plain text: Qt::AutoText would render "<b>" from a peer's bytes as markup.
QLabel* heading(const QString& text, const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// The table keeps one cause / one suggestion per line; the panel shows them as bullets.
QString bullets(const QString& lines) {
    QStringList out;
    for (const QString& line : lines.split(u'\n', Qt::SkipEmptyParts))
        out.append(u"\u2022 "_s + line.trimmed());
    return out.join(u'\n');
}

} // namespace

ErrorPanel::ErrorPanel(QWidget* parent) : QWidget(parent), m_model(new ErrorModel(this)) {
    m_view = new QTableView(this);
    m_view->setObjectName(u"errorTable"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row height: ResizeToContents would measure every row of a 10,000-row model.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int charWidth = m_view->fontMetrics().horizontalAdvance(u'0');
    m_view->setColumnWidth(ErrorModel::TimeColumn, charWidth * 14);
    m_view->setColumnWidth(ErrorModel::CallColumn, charWidth * 26);
    m_view->setColumnWidth(ErrorModel::ErrorColumn, charWidth * 20);
    m_view->setColumnWidth(ErrorModel::MessageColumn, charWidth * 24);

    m_count = new QLabel(this);
    m_count->setObjectName(u"errorCount"_s);
    m_count->setTextFormat(Qt::PlainText);
    m_clear = new QPushButton(tr("Clear"), this);
    m_clear->setObjectName(u"clearErrors"_s);

    m_detail = new QWidget;
    m_detail->setObjectName(u"errorDetail"_s);
    m_headline = detailLabel(u"errorHeadline"_s, m_detail);
    QFont big = m_headline->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_headline->setFont(big);
    m_summary = detailLabel(u"errorSummary"_s, m_detail);
    m_summary->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_explanation = detailLabel(u"errorExplanation"_s, m_detail);
    m_causesHeading = heading(tr("Likely causes"), u"errorCausesHeading"_s, m_detail);
    m_causes = detailLabel(u"errorCauses"_s, m_detail);
    m_tryHeading = heading(tr("What to try"), u"errorTryHeading"_s, m_detail);
    m_tryThis = detailLabel(u"errorTryThis"_s, m_detail);
    m_noteHeading = heading(tr("Platform note"), u"errorNoteHeading"_s, m_detail);
    m_platformNote = detailLabel(u"errorPlatformNote"_s, m_detail);

    auto* detailLayout = new QVBoxLayout(m_detail);
    for (QWidget* widget : {static_cast<QWidget*>(m_headline), static_cast<QWidget*>(m_summary),
                            static_cast<QWidget*>(m_explanation), static_cast<QWidget*>(m_causesHeading),
                            static_cast<QWidget*>(m_causes), static_cast<QWidget*>(m_tryHeading),
                            static_cast<QWidget*>(m_tryThis), static_cast<QWidget*>(m_noteHeading),
                            static_cast<QWidget*>(m_platformNote)})
        detailLayout->addWidget(widget);
    detailLayout->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"errorDetailScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_detail);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_clear);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_view);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showRow(current.isValid() ? current.row() : -1); });
    connect(m_model, &ErrorModel::modelReset, this, [this] { showRow(-1); });
    connect(m_model, &ErrorModel::totalCountChanged, this, &ErrorPanel::updateCount);
    connect(m_model, &ErrorModel::modelReset, this, &ErrorPanel::updateCount);
    connect(m_clear, &QPushButton::clicked, m_model, &ErrorModel::clear);
    updateCount();
    showRow(-1);
}

ErrorPanel::~ErrorPanel() = default;

void ErrorPanel::append(qint64 timeMs, const netcore::NetError& error) {
    append(timeMs, std::span(&error, 1));
}

void ErrorPanel::append(qint64 timeMs, std::span<const netcore::NetError> errors) {
    if (errors.empty()) return;
    const int last = m_model->rowCount() - 1;
    const int current = currentRow();
    // Follow the newest error unless the user has picked an older one to read.
    const bool follow = current < 0 || current == last;
    m_model->append(timeMs, errors);
    if (follow) selectRow(m_model->rowCount() - 1);
}

void ErrorPanel::selectRow(int row) {
    if (row < 0 || row >= m_model->rowCount()) return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

int ErrorPanel::currentRow() const {
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ErrorPanel::showRow(int row) {
    const netcore::NetError* error = m_model->errorAt(row);
    const bool hasError = error != nullptr;
    if (!hasError) {
        m_headline->setText(tr("No error selected"));
        m_summary->clear();
        m_explanation->setText(tr("Failed socket calls appear in the table above. Select one to read "
                                  "what it means and what to try."));
    } else {
        const netcore::Explanation& entry = error->explanation();
        m_headline->setText(ErrorModel::translated(entry.title));
        QString summary = ErrorModel::callText(*error);
        if (!summary.isEmpty()) summary = tr("%1 failed: ").arg(summary);
        summary += ErrorModel::errorText(*error);
        const QString message = ErrorModel::messageText(*error);
        if (!message.isEmpty() && message != ErrorModel::errorText(*error)) summary += u" "_s + message;
        if (error->transferred > 0)
            summary += u"\n"_s + tr("%n byte(s) were transferred before the error.", nullptr,
                                    static_cast<int>(std::min<std::size_t>(error->transferred, INT_MAX)));
        m_summary->setText(summary);
        m_explanation->setText(ErrorModel::translated(entry.explanation));
        m_causes->setText(bullets(ErrorModel::translated(entry.causes)));
        m_tryThis->setText(bullets(ErrorModel::translated(entry.tryThis)));
        m_platformNote->setText(ErrorModel::translated(entry.platformNote));
    }
    m_summary->setVisible(hasError);
    const bool hasCauses = hasError && !m_causes->text().isEmpty();
    const bool hasTry = hasError && !m_tryThis->text().isEmpty();
    const bool hasNote = hasError && !m_platformNote->text().isEmpty();
    m_causesHeading->setVisible(hasCauses);
    m_causes->setVisible(hasCauses);
    m_tryHeading->setVisible(hasTry);
    m_tryThis->setVisible(hasTry);
    m_noteHeading->setVisible(hasNote);
    m_platformNote->setVisible(hasNote);
}

void ErrorPanel::updateCount() {
    const qint64 total = m_model->totalCount();
    const int shown = m_model->rowCount();
    const QLocale locale;
    if (total == shown)
        m_count->setText(tr("%n error(s)", nullptr, shown));
    else
        m_count->setText(
            tr("%1 errors, the latest %2 shown").arg(locale.toString(total), locale.toString(shown)));
    m_clear->setEnabled(shown > 0);
}
