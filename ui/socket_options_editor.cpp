#include "ui/socket_options_editor.h"

#include "ui/error_model.h"
#include "ui/netcore_text.h"
#include "ui/plain_label.h"
#include "ui/socket_list_model.h"
#include "ui/socket_options_model.h"

#include "netcore_qt/session_handle.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString nameOf(const netcore::OptionInfo& info) {
    return QString::fromUtf8(info.name.data(), static_cast<qsizetype>(info.name.size()));
}

} // namespace

SocketOptionsEditor::SocketOptionsEditor(QWidget* parent) : QWidget(parent) {
    m_model = new SocketOptionsModel(this);
    m_title = new PlainLabel(u"socketOptionsTitle"_s, this, PlainLabel::Bold);
    m_title->setWordWrap(true);
    m_reload = new QPushButton(tr("&Reload"), this);
    m_reload->setObjectName(u"socketOptionsReload"_s);
    m_reload->setToolTip(tr("getsockopt() every option again"));
    m_reload->setAutoDefault(false);
    connect(m_reload, &QPushButton::clicked, this, &SocketOptionsEditor::reload);

    m_view = new QTableView(this);
    m_view->setObjectName(u"socketOptionsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::NoSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_error = new PlainLabel(u"socketOptionsError"_s, this, PlainLabel::Selectable);
    m_error->setWordWrap(true);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(palette);
    m_error->hide();
    // The Note column is often scrolled out of a narrow dock: the outcome of a set is repeated here.
    m_result = new PlainLabel(u"socketOptionsResult"_s, this, PlainLabel::Selectable);
    m_result->setWordWrap(true);
    m_result->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_reload);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_result);

    int rowHeight = m_view->verticalHeader()->defaultSectionSize();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto* editor = createEditor(m_model->infoAt(row));
        rowHeight = std::max(rowHeight, editor->sizeHint().height());
        m_view->setIndexWidget(m_model->index(row, SocketOptionsModel::Change), editor);
    }
    m_view->verticalHeader()->setDefaultSectionSize(rowHeight);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->resizeColumnsToContents();
    // The Value column shows numbers and short error names: room for "on, 65535 s".
    m_view->setColumnWidth(SocketOptionsModel::Value,
                           std::max(m_view->columnWidth(SocketOptionsModel::Value),
                                    m_view->fontMetrics().horizontalAdvance(u"Value (read back)__"_s)));
    clearSocket();
}

SocketOptionsEditor::~SocketOptionsEditor() = default;

QWidget* SocketOptionsEditor::createEditor(const netcore::OptionInfo& info) {
    auto* box = new QWidget(m_view);
    box->setObjectName(u"option_"_s + nameOf(info));
    auto* layout = new QHBoxLayout(box);
    layout->setContentsMargins(2, 0, 2, 0);
    layout->setSpacing(4);
    const auto option = info.option;
    if (!info.available) {
        box->setEnabled(false);
        layout->addStretch(1);
        return box;
    }
    if (info.readOnly) {
        auto* readButton = new QPushButton(tr("Read"), box);
        readButton->setObjectName(u"read"_s);
        readButton->setAutoDefault(false);
        readButton->setToolTip(tr("getsockopt(%1): read-only").arg(nameOf(info)));
        connect(readButton, &QPushButton::clicked, this, [this, option] { read(option); });
        layout->addWidget(readButton);
        layout->addStretch(1);
        return box;
    }
    switch (info.kind) {
    case netcore::OptionKind::Flag: {
        auto* flag = new QCheckBox(tr("on"), box);
        flag->setObjectName(u"flag"_s);
        layout->addWidget(flag);
        break;
    }
    case netcore::OptionKind::Integer: {
        auto* number = new QSpinBox(box);
        number->setObjectName(u"number"_s);
        // The whole int range: the OS, not the editor, says what is out of range (and how).
        number->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        number->setGroupSeparatorShown(false);
        layout->addWidget(number);
        break;
    }
    case netcore::OptionKind::Linger: {
        auto* on = new QCheckBox(tr("on"), box);
        on->setObjectName(u"flag"_s);
        auto* seconds = new QSpinBox(box);
        seconds->setObjectName(u"number"_s);
        seconds->setRange(0, 65535);
        seconds->setSuffix(tr(" s"));
        seconds->setToolTip(tr("On with 0 s: close() sends RST"));
        layout->addWidget(on);
        layout->addWidget(seconds);
        break;
    }
    case netcore::OptionKind::Duration: {
        auto* ms = new QSpinBox(box);
        ms->setObjectName(u"number"_s);
        ms->setRange(0, std::numeric_limits<int>::max());
        ms->setSuffix(tr(" ms"));
        ms->setSpecialValueText(tr("0 (none)"));
        layout->addWidget(ms);
        break;
    }
    }
    auto* set = new QPushButton(tr("Set"), box);
    set->setObjectName(u"set"_s);
    set->setAutoDefault(false);
    set->setToolTip(tr("setsockopt(%1, %2, …), then getsockopt to read back what the OS kept")
                        .arg(QString::fromUtf8(info.level.data(), static_cast<qsizetype>(info.level.size())),
                             nameOf(info)));
    connect(set, &QPushButton::clicked, this, [this, option] { apply(option); });
    layout->addWidget(set);
    layout->addStretch(1);
    return box;
}

QWidget* SocketOptionsEditor::editorFor(netcore::SocketOption option) const {
    const int row = m_model->rowOf(option);
    return row < 0 ? nullptr : m_view->indexWidget(m_model->index(row, SocketOptionsModel::Change));
}

netcore::SocketInspector* SocketOptionsEditor::inspector() const {
    return m_handle ? m_handle->inspector() : nullptr;
}

void SocketOptionsEditor::setSocket(netcore_qt::SessionHandle* handle,
                                    const netcore::SocketSnapshot& snapshot) {
    const bool same = m_socket && m_socket->id == snapshot.id && m_handle == handle;
    m_handle = handle;
    m_socket = snapshot;
    QString peer;
    if (snapshot.peer.isValid()) peer = u" ⇄ "_s + SocketListModel::addressText(snapshot.peer);
    m_title->setText(
        tr("Options of socket #%1 (%2, %3%4)")
            .arg(snapshot.id)
            .arg(SocketListModel::roleText(snapshot), SocketListModel::addressText(snapshot.local), peer));
    setEditorsEnabled(true);
    if (!same) reload();
}

void SocketOptionsEditor::clearSocket() {
    m_handle = nullptr;
    m_socket.reset();
    m_model->clearValues();
    m_title->setText(tr("Select a socket to see its options"));
    m_error->clear();
    m_error->hide();
    m_result->clear();
    m_result->hide();
    setEditorsEnabled(false);
}

std::optional<netcore::SocketId> SocketOptionsEditor::socketId() const {
    if (!m_socket) return std::nullopt;
    return m_socket->id;
}

void SocketOptionsEditor::setEditorsEnabled(bool enabled) {
    m_reload->setEnabled(enabled);
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (auto* editor = m_view->indexWidget(m_model->index(row, SocketOptionsModel::Change)))
            editor->setEnabled(enabled && m_model->infoAt(row).available);
}

void SocketOptionsEditor::reload() {
    m_error->clear();
    m_error->hide();
    m_result->clear();
    m_result->hide();
    m_model->clearValues();
    if (!m_socket) return;
    auto* sessions = inspector();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto& info = m_model->infoAt(row);
        // Reading SO_ERROR clears the pending error: only when asked (its Read button).
        if (!info.available || info.option == netcore::SocketOption::Error) continue;
        // An IPv6 option on an IPv4 socket only says "not here": say so rather than list an error.
        if (info.option == netcore::SocketOption::V6Only && m_socket->family != netcore::Family::IPv6) {
            m_model->setNotApplicable(info.option, tr("IPv6 sockets only"));
            if (auto* editor = editorFor(info.option)) editor->setEnabled(false);
            continue;
        }
        if (!sessions) {
            m_model->setRead(info.option, std::unexpected(netcore::NetError::make(
                                              netcore::ErrorCode::Closed, "getsockopt", info.name.data(),
                                              NetcoreText::verbatim(tr("the session has stopped")))));
            continue;
        }
        const auto value = sessions->getOption(m_socket->id, info.option);
        m_model->setRead(info.option, value);
        if (value) showInEditor(info.option, *value);
    }
}

void SocketOptionsEditor::read(netcore::SocketOption option) {
    if (!m_socket) return;
    auto* sessions = inspector();
    if (!sessions) return;
    const auto value = sessions->getOption(m_socket->id, option);
    m_model->setRead(option, value);
    if (!value) {
        m_error->setText(tr("%1 failed: %2")
                             .arg(ErrorModel::callText(value.error()),
                                  SocketOptionsModel::errorDescription(value.error())));
        m_error->show();
    }
}

std::optional<netcore::OptionValue> SocketOptionsEditor::editedValue(netcore::SocketOption option) const {
    auto* editor = editorFor(option);
    if (!editor) return std::nullopt;
    auto* flag = editor->findChild<QCheckBox*>(u"flag"_s);
    auto* number = editor->findChild<QSpinBox*>(u"number"_s);
    switch (netcore::optionInfo(option).kind) {
    case netcore::OptionKind::Flag:
        if (flag) return netcore::OptionValue{flag->isChecked()};
        break;
    case netcore::OptionKind::Integer:
        if (number) return netcore::OptionValue{number->value()};
        break;
    case netcore::OptionKind::Linger:
        if (flag && number)
            return netcore::OptionValue{netcore::LingerValue{flag->isChecked(), number->value()}};
        break;
    case netcore::OptionKind::Duration:
        if (number) return netcore::OptionValue{std::chrono::milliseconds(number->value())};
        break;
    }
    return std::nullopt;
}

void SocketOptionsEditor::showInEditor(netcore::SocketOption option, const netcore::OptionValue& value) {
    auto* editor = editorFor(option);
    if (!editor) return;
    auto* flag = editor->findChild<QCheckBox*>(u"flag"_s);
    auto* number = editor->findChild<QSpinBox*>(u"number"_s);
    if (const auto* on = std::get_if<bool>(&value); on && flag) flag->setChecked(*on);
    if (const auto* integer = std::get_if<int>(&value); integer && number) number->setValue(*integer);
    if (const auto* linger = std::get_if<netcore::LingerValue>(&value); linger && flag && number) {
        flag->setChecked(linger->enabled);
        number->setValue(linger->seconds);
    }
    if (const auto* ms = std::get_if<std::chrono::milliseconds>(&value); ms && number)
        number->setValue(static_cast<int>(
            std::min<std::chrono::milliseconds::rep>(ms->count(), std::numeric_limits<int>::max())));
}

bool SocketOptionsEditor::apply(netcore::SocketOption option) {
    if (!m_socket) return false;
    const auto requested = editedValue(option);
    if (!requested) return false;
    auto* sessions = inspector();
    const auto result =
        sessions
            ? sessions->setOption(m_socket->id, option, *requested)
            : std::expected<netcore::OptionValue, netcore::NetError>(std::unexpected(netcore::NetError::make(
                  netcore::ErrorCode::Closed, "setsockopt", netcore::optionInfo(option).name.data(),
                  NetcoreText::verbatim(tr("the session has stopped")))));
    m_model->setWritten(option, *requested, result);
    if (result) {
        showInEditor(option, *result);
        m_error->clear();
        m_error->hide();
        const int row = m_model->rowOf(option);
        m_result->setText(m_model->index(row, SocketOptionsModel::Name).data().toString() + u": "_s +
                          m_model->index(row, SocketOptionsModel::Note).data().toString());
        m_result->show();
        return true;
    }
    m_result->clear();
    m_result->hide();
    m_error->setText(
        tr("%1 failed: %2")
            .arg(ErrorModel::callText(result.error()), SocketOptionsModel::errorDescription(result.error())));
    m_error->show();
    return false;
}
