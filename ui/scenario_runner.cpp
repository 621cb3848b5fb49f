#include "ui/scenario_runner.h"

#include "ui/blocking_badge.h"
#include "ui/byte_order_inspector.h"
#include "ui/chat_tab.h"
#include "ui/error_model.h"
#include "ui/error_panel.h"
#include "ui/main_window.h"
#include "ui/netcore_text.h"
#include "ui/open_spec_parser.h"
#include "ui/reply_mode_editor.h"
#include "ui/resolved_addresses_view.h"
#include "ui/session_tab.h"
#include "ui/tcp_client_tab.h"
#include "ui/tcp_server_tab.h"
#include "ui/traffic_model.h"
#include "ui/traffic_view.h"
#include "ui/udp_client_tab.h"
#include "ui/udp_server_tab.h"

#include "netcore/blocking_mode.h"
#include "netcore/typed_input.h"
#include "netcore_qt/tcp_client_handle.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMetaProperty>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace {

QString quoted(const QString& text) {
    return u"\""_s + text + u"\""_s;
}

// The port of "127.0.0.1:4242" / "[::1]:4242"; 0 when there is none.
quint16 portOf(const QString& local) {
    const auto colon = local.lastIndexOf(u':');
    return colon < 0 ? 0 : local.mid(colon + 1).toUShort();
}

QList<netcore::NetError> errorsOf(const SessionTab& tab) {
    QList<netcore::NetError> errors;
    for (const auto* panel : tab.findChildren<ErrorPanel*>()) {
        const ErrorModel* model = panel->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (const auto* error = model->errorAt(row)) errors << *error;
    }
    return errors;
}

// Makes `widget` visible inside the window: the session tab and every inner tab page holding it
// become current, a dock holding it is shown and raised.
void reveal(QWidget* widget) {
    for (QWidget *child = widget, *parent = widget->parentWidget(); parent != nullptr;
         child = parent, parent = parent->parentWidget()) {
        // A QTabWidget's pages sit in its inner stack: switch through the tab widget, so its bar
        // follows.
        auto* stack = qobject_cast<QStackedWidget*>(parent);
        auto* tabs = stack ? qobject_cast<QTabWidget*>(stack->parentWidget()) : nullptr;
        if (tabs && tabs->indexOf(child) >= 0)
            tabs->setCurrentWidget(child);
        else if (stack && stack->indexOf(child) >= 0)
            stack->setCurrentWidget(child);
        if (auto* dock = qobject_cast<QDockWidget*>(parent)) {
            dock->show();
            dock->raise();
        }
    }
    if (auto* dock = qobject_cast<QDockWidget*>(widget)) {
        dock->show();
        dock->raise();
    }
}

} // namespace

ScenarioRunner::ScenarioRunner(MainWindow& window, QObject* parent) : QObject(parent), m_window(window) {
    m_timeout.setSingleShot(true);
    m_timeout.setObjectName(u"scenarioStepTimeout"_s);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_state != State::Running) return;
        const ScenarioStep& step = m_scenario.steps.at(m_index);
        QStringList unmet;
        for (const auto& condition : step.until) {
            QString seen;
            if (!evaluate(condition, &seen)) unmet << tr("%1 (seen: %2)").arg(quoted(condition.text), seen);
        }
        fail(tr("waited %1 s, not met: %2")
                 .arg(QString::number(step.timeoutMs / 1000.0, 'f', 1), unmet.join(u"; "_s)));
    });
}

ScenarioRunner::~ScenarioRunner() {
    unwatch();
}

void ScenarioRunner::setState(State state) {
    if (state == m_state) return;
    m_state = state;
    emit stateChanged(state);
}

void ScenarioRunner::start(const Scenario& scenario) {
    stop();
    closeScenarioTabs();
    m_scenario = scenario;
    m_index = -1;
    m_autoRun = false;
    m_failure.clear();
    setState(State::Paused);
    emit started();
    next();
}

void ScenarioRunner::next() {
    if (m_state != State::Paused) return;
    ++m_index;
    if (m_index >= m_scenario.steps.size()) {
        m_index = static_cast<int>(m_scenario.steps.size()) - 1;
        setState(State::Finished);
        emit finished();
        return;
    }
    runStep();
}

void ScenarioRunner::runToEnd() {
    m_autoRun = true;
    if (m_state == State::Paused) next();
}

void ScenarioRunner::stop() {
    if (m_state != State::Running && m_state != State::Paused) return;
    unwatch();
    m_timeout.stop();
    setState(State::Stopped);
    emit stopped();
}

SessionTab* ScenarioRunner::tab(const QString& name) const {
    return m_tabs.value(name).data();
}

void ScenarioRunner::closeScenarioTabs() {
    for (const QString& name : std::as_const(m_tabOrder)) {
        if (SessionTab* live = tab(name)) {
            const int index = static_cast<int>(m_window.tabs().indexOf(live));
            if (index >= 0) m_window.closeTab(index);
        }
    }
    m_tabOrder.clear();
    m_tabs.clear();
    m_local.clear();
}

void ScenarioRunner::runStep() {
    setState(State::Running);
    const ScenarioStep& step = m_scenario.steps.at(m_index);
    emit stepStarted(m_index);
    if (auto done = perform(step); !done) return fail(done.error());
    rememberAddresses();
    pointAt(step);
    if (m_state != State::Running) return; // a slot of pointed() stopped the run
    if (step.until.isEmpty()) return completeStep();
    watchEvents();
    m_timeout.start(step.timeoutMs);
    checkConditions();
}

void ScenarioRunner::checkConditions() {
    if (m_state != State::Running) return;
    rememberAddresses();
    const ScenarioStep& step = m_scenario.steps.at(m_index);
    for (const auto& condition : step.until)
        if (!evaluate(condition)) return;
    completeStep();
}

void ScenarioRunner::completeStep() {
    unwatch();
    m_timeout.stop();
    const int index = m_index;
    const bool last = m_index + 1 >= m_scenario.steps.size();
    setState(last ? State::Finished : State::Paused);
    emit stepFinished(index);
    if (last) {
        emit finished();
    } else if (m_autoRun) {
        // Queued: a long scenario must not nest one step inside the signal that ended the last.
        QMetaObject::invokeMethod(this, &ScenarioRunner::next, Qt::QueuedConnection);
    }
}

void ScenarioRunner::fail(const QString& message) {
    unwatch();
    m_timeout.stop();
    const ScenarioStep& step = m_scenario.steps.at(m_index);
    m_failure = tr("Step %1: %2").arg(m_index + 1).arg(message);
    if (!step.ifFails.isEmpty()) m_failure += u"\n"_s + step.ifFails;
    setState(State::Failed);
    emit failed(m_index, m_failure);
}

void ScenarioRunner::watchEvents() {
    unwatch();
    // Everything a condition reads changes with one of these: a tab's counters or state
    // (statsChanged, once per event batch), a traffic or error row, the timeline's lanes.
    for (auto it = m_tabs.cbegin(); it != m_tabs.cend(); ++it) {
        SessionTab* live = it.value().data();
        if (live == nullptr) continue;
        m_watches << connect(live, &SessionTab::statsChanged, this, &ScenarioRunner::checkConditions);
        m_watches << connect(live, &SessionTab::titleChanged, this, &ScenarioRunner::checkConditions);
        for (const auto* view : live->findChildren<TrafficView*>())
            m_watches << connect(view->model(), &QAbstractItemModel::rowsInserted, this,
                                 &ScenarioRunner::checkConditions);
        for (const auto* panel : live->findChildren<ErrorPanel*>())
            m_watches << connect(panel->model(), &ErrorModel::totalCountChanged, this,
                                 &ScenarioRunner::checkConditions);
    }
    if (QObject* timeline = m_window.findChild<QObject*>(u"callTimeline"_s)) {
        const QMetaObject* meta = timeline->metaObject();
        const int index = meta->indexOfProperty("laneCount");
        if (index >= 0 && meta->property(index).hasNotifySignal()) {
            const QMetaMethod slot = metaObject()->method(metaObject()->indexOfMethod("checkConditions()"));
            if (slot.isValid())
                m_watches << connect(timeline, meta->property(index).notifySignal(), this, slot);
        }
    }
}

void ScenarioRunner::unwatch() {
    for (const auto& connection : std::as_const(m_watches))
        disconnect(connection);
    m_watches.clear();
}

void ScenarioRunner::rememberAddresses() {
    for (auto it = m_tabs.cbegin(); it != m_tabs.cend(); ++it)
        if (const SessionTab* live = it.value().data()) {
            const QString local = live->stats().local;
            if (!local.isEmpty()) m_local.insert(it.key(), local);
        }
}

std::expected<QString, QString> ScenarioRunner::substitute(const QString& text) const {
    static const QRegularExpression variable(u"\\$\\{([A-Za-z0-9_-]+)\\.([A-Za-z]+)\\}"_s);
    QString result;
    qsizetype last = 0;
    for (auto it = variable.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        result += text.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString name = match.captured(1);
        const QString field = match.captured(2);
        const QString local = m_local.value(name);
        if (local.isEmpty())
            return std::unexpected(
                tr("%1: tab %2 has no address yet (not started?)").arg(match.captured(), quoted(name)));
        const quint16 port = portOf(local);
        if (field == u"port"_s)
            result += QString::number(port);
        else if (field == u"portHex"_s)
            result += u"%1 %2"_s.arg(port >> 8, 2, 16, QChar(u'0')).arg(port & 0xff, 2, 16, QChar(u'0'));
        else if (field == u"local"_s)
            result += local;
        else
            return std::unexpected(tr("%1: unknown field (port, portHex, local)").arg(match.captured()));
    }
    return result + text.mid(last);
}

std::expected<QString, QString> ScenarioRunner::argument(const ScenarioStep& step, const QString& key) const {
    const QJsonValue value = step.arguments.value(key);
    if (value.isDouble()) return QString::number(value.toDouble());
    if (value.isBool()) return value.toBool() ? u"true"_s : u"false"_s;
    return substitute(value.toString());
}

std::expected<void, QString> ScenarioRunner::perform(const ScenarioStep& step) {
    const QString& action = step.action;
    if (action.isEmpty()) return {};
    if (action == u"open"_s) return open(step);
    if (action == u"inspect"_s) return inspect(step);
    if (action == u"click"_s || action == u"check"_s || action == u"set"_s || action == u"selectAll"_s)
        return onWidget(step);

    SessionTab* target = tab(step.tab);
    if (target == nullptr) return std::unexpected(tr("tab %1 is not open").arg(quoted(step.tab)));
    if (action == u"start"_s) {
        target->start();
        return {};
    }
    if (action == u"stop"_s) {
        target->stop();
        return {};
    }
    if (action == u"close"_s) {
        m_window.closeTab(static_cast<int>(m_window.tabs().indexOf(target)));
        return {};
    }
    if (action == u"send"_s) return send(step, target);
    if (action == u"reply"_s) {
        const auto reply = OpenSpecParser::parseReply(step.arguments.value(u"reply"_s).toString());
        if (!reply) return std::unexpected(tr("reply: %1").arg(reply.error().message));
        auto* editor = target->findChild<ReplyModeEditor*>();
        if (editor == nullptr) return std::unexpected(tr("tab %1 has no reply mode").arg(quoted(step.tab)));
        editor->setReply(*reply);
        if (!(editor->reply() == *reply)) return std::unexpected(tr("reply: the tab refused this mode"));
        return {};
    }

    auto* client = qobject_cast<TcpClientTab*>(target);
    if (client == nullptr)
        return std::unexpected(
            tr("%1 works on a TCP client tab; %2 is not one").arg(quoted(action), quoted(step.tab)));
    if (action == u"receive"_s) {
        client->receiveOnce();
    } else if (action == u"shutdownWrite"_s) {
        client->shutdownWrite();
    } else if (action == u"closeConnection"_s) {
        client->closeConnection();
    } else if (action == u"abort"_s) {
        client->abortConnection();
    } else if (action == u"cancel"_s) {
        client->handle().cancel();
    } else if (action == u"mode"_s) {
        const QString mode = step.arguments.value(u"mode"_s).toString();
        const double seconds = step.arguments.value(u"seconds"_s).toDouble(1.0);
        if (mode == u"blocking"_s)
            client->setMode(netcore::BlockingMode::blocking());
        else if (mode == u"timeout"_s)
            client->setMode(netcore::BlockingMode::timeout(netcore::BlockingMode::Seconds(seconds)));
        else if (mode == u"nonblocking"_s)
            client->setMode(netcore::BlockingMode::nonBlocking());
        else
            return std::unexpected(tr("mode: %1 is not blocking, timeout or nonblocking").arg(quoted(mode)));
    }
    return {};
}

std::expected<void, QString> ScenarioRunner::open(const ScenarioStep& step) {
    auto text = argument(step, u"spec"_s);
    if (!text) return std::unexpected(text.error());
    auto spec = OpenSpecParser::parse(*text);
    if (!spec) return std::unexpected(tr("spec %1: %2").arg(quoted(*text), spec.error().describe(*text)));
    spec->autoStart = step.arguments.value(u"autoStart"_s).toBool(true);
    SessionTab* opened = m_window.openTab(*spec);
    if (opened == nullptr) return std::unexpected(tr("the window did not open %1").arg(quoted(*text)));
    m_tabs.insert(step.tab, opened);
    m_tabOrder << step.tab;
    return {};
}

std::expected<void, QString> ScenarioRunner::send(const ScenarioStep& step, SessionTab* target) {
    QByteArray bytes;
    if (step.arguments.contains(u"fill"_s)) {
        const int size = step.arguments.value(u"fill"_s).toInt();
        if (size <= 0 || size > 64 * 1024 * 1024) return std::unexpected(tr("fill: 1 to 64 MiB"));
        bytes = QByteArray(size, 'x');
    } else {
        const bool hex = step.arguments.contains(u"hex"_s);
        auto typed = argument(step, hex ? u"hex"_s : u"text"_s);
        if (!typed) return std::unexpected(typed.error());
        const std::string input = typed->toStdString();
        auto parsed = hex ? netcore::parseHex(input) : netcore::parseEscapedText(input);
        if (!parsed)
            return std::unexpected(tr("%1: %2").arg(quoted(*typed), NetcoreText::text(parsed.error())));
        bytes =
            QByteArray(reinterpret_cast<const char*>(parsed->data()), static_cast<qsizetype>(parsed->size()));
    }
    if (auto* client = qobject_cast<TcpClientTab*>(target)) {
        client->sendBytes(bytes);
    } else if (auto* udp = qobject_cast<UdpClientTab*>(target)) {
        udp->sendBytes(bytes);
    } else if (auto* server = qobject_cast<UdpServerTab*>(target)) {
        server->sendToTargets(bytes);
    } else if (auto* chat = qobject_cast<ChatTab*>(target)) {
        if (step.arguments.contains(u"to"_s)) {
            auto to = argument(step, u"to"_s);
            if (!to) return std::unexpected(to.error());
            if (!chat->selectContact(*to))
                return std::unexpected(tr("the chat knows no %1").arg(quoted(*to)));
        }
        if (!chat->sendMessage(QString::fromUtf8(bytes)))
            return std::unexpected(tr("the chat could not send (see its errors)"));
    } else {
        return std::unexpected(tr("send: a TCP server sends from its clients list; use click"));
    }
    return {};
}

QObject* ScenarioRunner::findIn(const QString& tabName, const QString& objectName) const {
    QObject* root = tabName.isEmpty() ? static_cast<QObject*>(&m_window) : tab(tabName);
    if (root == nullptr) return nullptr;
    // Buttons and actions first: a tab may have both a button and an action behind it.
    if (auto* button = root->findChild<QAbstractButton*>(objectName)) return button;
    if (auto* action = root->findChild<QAction*>(objectName)) return action;
    return root->findChild<QObject*>(objectName);
}

std::expected<void, QString> ScenarioRunner::onWidget(const ScenarioStep& step) {
    const QString name = step.arguments.value(u"widget"_s).toString();
    QObject* object = findIn(step.tab, name);
    const QString where = step.tab.isEmpty() ? tr("the window") : tr("tab %1").arg(quoted(step.tab));
    if (object == nullptr) return std::unexpected(tr("no widget %1 in %2").arg(quoted(name), where));
    auto* button = qobject_cast<QAbstractButton*>(object);
    auto* action = qobject_cast<QAction*>(object);
    const bool enabled = button ? button->isEnabled() : action ? action->isEnabled() : true;

    if (step.action == u"click"_s) {
        if (!button && !action) return std::unexpected(tr("%1 is not a button").arg(quoted(name)));
        if (!enabled) return std::unexpected(tr("%1 in %2 is disabled").arg(quoted(name), where));
        button ? button->click() : action->trigger();
    } else if (step.action == u"check"_s) {
        const bool on = step.arguments.value(u"on"_s).toBool();
        const bool checkable = button ? button->isCheckable() : action && action->isCheckable();
        if (!checkable) return std::unexpected(tr("%1 is not a check box").arg(quoted(name)));
        if (!enabled) return std::unexpected(tr("%1 in %2 is disabled").arg(quoted(name), where));
        // Clicked like a user would, so whatever listens to clicked() or toggled() hears it.
        const bool now = button ? button->isChecked() : action->isChecked();
        if (now != on) button ? button->click() : action->trigger();
    } else if (step.action == u"set"_s) {
        auto value = argument(step, u"value"_s);
        if (!value) return std::unexpected(value.error());
        if (auto* line = qobject_cast<QLineEdit*>(object)) {
            line->setText(*value);
            emit line->editingFinished();
        } else if (auto* spin = qobject_cast<QSpinBox*>(object)) {
            spin->setValue(value->toInt());
        } else if (auto* doubleSpin = qobject_cast<QDoubleSpinBox*>(object)) {
            doubleSpin->setValue(value->toDouble());
        } else if (auto* combo = qobject_cast<QComboBox*>(object)) {
            const int index = combo->findText(*value);
            if (index < 0) return std::unexpected(tr("%1 offers no %2").arg(quoted(name), quoted(*value)));
            combo->setCurrentIndex(index);
        } else {
            return std::unexpected(tr("%1 is not a field that can be set").arg(quoted(name)));
        }
    } else if (step.action == u"selectAll"_s) {
        auto* view = qobject_cast<QAbstractItemView*>(object);
        if (view == nullptr) return std::unexpected(tr("%1 is not a list").arg(quoted(name)));
        view->selectAll();
    }
    return {};
}

std::expected<void, QString> ScenarioRunner::inspect(const ScenarioStep& step) {
    auto* inspector = m_window.findChild<ByteOrderInspector*>();
    if (inspector == nullptr) return std::unexpected(tr("the window has no byte-order inspector"));
    const auto value = [&](const QString& key) { return argument(step, key); };
    for (const QString& key :
         {u"width"_s, u"value"_s, u"address"_s, u"format"_s, u"values"_s, u"unpackHex"_s, u"hex"_s}) {
        if (!step.arguments.contains(key)) continue;
        auto text = value(key);
        if (!text) return std::unexpected(text.error());
        if (key == u"width"_s && !inspector->setWidth(text->toInt()))
            return std::unexpected(tr("width: 16, 32 or 64"));
        if (key == u"value"_s) inspector->setValue(*text);
        if (key == u"address"_s) inspector->setAddressText(*text);
        if (key == u"format"_s) inspector->setStructFormat(*text);
        if (key == u"values"_s) inspector->setStructValues(*text);
        if (key == u"unpackHex"_s) inspector->setStructUnpackHex(*text);
        if (key == u"hex"_s) inspector->setDecodeHex(*text);
    }
    return {};
}

void ScenarioRunner::pointAt(const ScenarioStep& step) {
    if (step.pointAt.isEmpty()) return;
    QObject* object = findIn(step.pointTab, step.pointAt);
    auto* widget = qobject_cast<QWidget*>(object);
    if (widget == nullptr) {
        // A view another part of the window has not grown yet: the lesson still runs.
        qWarning("scenario %d step %d: nothing called %s to point at", m_scenario.id, m_index + 1,
                 qPrintable(step.pointAt));
        return;
    }
    if (SessionTab* holder = tab(step.pointTab))
        m_window.setCurrentTab(static_cast<int>(m_window.tabs().indexOf(holder)));
    reveal(widget);
    emit pointed(widget);
}

bool ScenarioRunner::evaluate(const ScenarioCondition& condition, QString* seen) const {
    const auto say = [seen](const QString& text) {
        if (seen) *seen = text;
    };
    using Kind = ScenarioCondition::Kind;
    if (condition.kind == Kind::TimelineLanes) {
        const QObject* timeline = m_window.findChild<QObject*>(u"callTimeline"_s);
        if (timeline == nullptr) {
            say(tr("this window has no call timeline"));
            return false;
        }
        const int lanes = timeline->property("laneCount").toInt();
        say(tr("%1 lanes").arg(lanes));
        return condition.compare(lanes);
    }
    auto expected = substitute(condition.value);
    if (!expected) {
        say(expected.error());
        return false;
    }
    if (condition.kind == Kind::Inspector) {
        const auto* inspector = m_window.findChild<ByteOrderInspector*>();
        if (inspector == nullptr) {
            say(tr("no byte-order inspector"));
            return false;
        }
        const QHash<QString, QString> fields{{u"hostOrder"_s, inspector->hostOrderText()},
                                             {u"networkOrder"_s, inspector->networkOrderText()},
                                             {u"swapped"_s, inspector->swappedText()},
                                             {u"packed"_s, inspector->packedText()},
                                             {u"unpacked"_s, inspector->unpackedText()},
                                             {u"addressPort"_s, inspector->addressField(u"port"_s)},
                                             {u"decoded"_s, inspector->decodedText()}};
        const QString text = fields.value(condition.field);
        say(quoted(text));
        return condition.op == ScenarioCondition::Op::Eq ? text == *expected : text.contains(*expected);
    }

    const SessionTab* target = tab(condition.tab);
    if (target == nullptr) {
        say(tr("tab %1 is not open").arg(quoted(condition.tab)));
        return false;
    }
    const auto* tcpServer = qobject_cast<const TcpServerTab*>(target);
    const auto* tcpClient = qobject_cast<const TcpClientTab*>(target);
    const auto* udpServer = qobject_cast<const UdpServerTab*>(target);
    const auto* udpClient = qobject_cast<const UdpClientTab*>(target);
    const auto* chat = qobject_cast<const ChatTab*>(target);
    const TabStats stats = target->stats();

    switch (condition.kind) {
    case Kind::Flag: {
        bool value = false;
        const QString& field = condition.field;
        if (field == u"listening"_s) {
            value = (tcpServer && tcpServer->isListening()) || (udpServer && udpServer->isRunning()) ||
                    (chat && chat->isRunning()) ||
                    (udpClient && udpClient->state() == UdpClientTab::State::Open);
        } else if (field == u"connected"_s) {
            value = tcpClient   ? tcpClient->state() == TcpClientTab::State::Connected
                    : udpClient ? udpClient->state() == UdpClientTab::State::Open
                                : stats.connections > 0;
        } else if (field == u"closed"_s) {
            value = tcpClient ? tcpClient->state() == TcpClientTab::State::Closed ||
                                    tcpClient->state() == TcpClientTab::State::Failed
                    : udpClient ? udpClient->state() == UdpClientTab::State::Closed
                                : stats.local.isEmpty();
        } else if (field == u"settled"_s) {
            // The client is done trying: connected, or failed/closed; not looking up or connecting.
            value = tcpClient ? tcpClient->state() == TcpClientTab::State::Connected ||
                                    tcpClient->state() == TcpClientTab::State::Closed ||
                                    tcpClient->state() == TcpClientTab::State::Failed
                              : true;
        } else if (field == u"blocked"_s) {
            value = tcpClient && tcpClient->badge()->isBlocked();
        }
        say(value ? tr("%1 is %2").arg(condition.tab, field) : tr("%1 is not %2").arg(condition.tab, field));
        return value != condition.negated;
    }
    case Kind::Number: {
        const QString& field = condition.field;
        qint64 value = 0;
        if (field == u"rxBytes"_s) value = qint64(stats.rxBytes);
        if (field == u"txBytes"_s) value = qint64(stats.txBytes);
        if (field == u"rxMessages"_s) value = qint64(stats.rxMessages);
        if (field == u"txMessages"_s) value = qint64(stats.txMessages);
        if (field == u"connections"_s) value = qint64(stats.connections);
        if (field == u"errors"_s) value = qint64(stats.errors);
        if (field == u"cut"_s) value = udpServer ? qint64(udpServer->cutCount()) : 0;
        if (field == u"resolved"_s) value = tcpClient ? tcpClient->resolvedView()->entries().size() : 0;
        say(tr("%1.%2 = %3").arg(condition.tab, field).arg(value));
        return condition.compare(value);
    }
    case Kind::Error: {
        QStringList names;
        for (const auto& error : errorsOf(*target)) {
            const QString name = ErrorModel::shortErrorText(error);
            if (name == *expected || QString::fromStdString(error.nativeName) == *expected) {
                say(name);
                return true;
            }
            if (!names.contains(name)) names << name;
        }
        say(names.isEmpty() ? tr("no error") : tr("errors %1").arg(names.join(u", "_s)));
        return false;
    }
    case Kind::Text: {
        if (condition.field == u"state"_s) {
            const QString state = tcpClient   ? tcpClient->stateText()
                                  : udpClient ? udpClient->stateText()
                                  : tcpServer ? tcpServer->statusText()
                                  : udpServer ? udpServer->statusText()
                                              : QString();
            say(quoted(state));
            return state.contains(*expected);
        }
        const QByteArray needle = expected->toUtf8();
        int rows = 0;
        for (const auto* view : target->findChildren<TrafficView*>()) {
            const TrafficModel* model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const TrafficRecord& record = model->record(row);
                const bool wanted =
                    condition.field == u"traffic"_s ||
                    (condition.field == u"received"_s && record.direction == TrafficDirection::Received) ||
                    (condition.field == u"sent"_s && record.direction == TrafficDirection::Sent) ||
                    (condition.field == u"info"_s && record.direction == TrafficDirection::Info);
                if (!wanted) continue;
                ++rows;
                if (record.bytes.contains(needle)) {
                    say(tr("found"));
                    return true;
                }
            }
        }
        say(tr("%1 %2 rows, none with it").arg(rows).arg(condition.field));
        return false;
    }
    case Kind::TimelineLanes:
    case Kind::Inspector:
        break;
    }
    return false;
}

QString ScenarioRunner::pythonScript() const {
    QString script;
    for (const QString& name : m_tabOrder) {
        const SessionTab* live = tab(name);
        if (live == nullptr) continue;
        const TabKind kind = live->spec().kind;
        if (kind != TabKind::TcpClient && kind != TabKind::UdpClient) continue;
        const QString part = live->pythonScript();
        if (part.isEmpty()) continue;
        script += u"# ---- tab \"%1\" ----\n"_s.arg(name) + part;
        if (!script.endsWith(u'\n')) script += u'\n';
    }
    if (script.isEmpty()) return {};
    QStringList servers;
    for (const QString& name : m_tabOrder)
        if (const SessionTab* live = tab(name); live && live->spec().kind != TabKind::TcpClient &&
                                                live->spec().kind != TabKind::UdpClient &&
                                                !m_local.value(name).isEmpty())
            servers << m_local.value(name);
    QString header = u"# SockLab scenario %1: %2\n"_s.arg(m_scenario.id).arg(m_scenario.title);
    if (!servers.isEmpty())
        header += u"# Run it while SockLab's server tabs still listen (%1).\n"_s.arg(servers.join(u", "_s));
    return header + script;
}
