#include "ui/scenario.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxTimeoutMs = 60000;

const QStringList& stepKeys() {
    static const QStringList keys{u"say"_s,       u"do"_s,    u"tab"_s,    u"until"_s,
                                  u"timeoutMs"_s, u"point"_s, u"ifFails"_s};
    return keys;
}

/// A text the user reads, in the user's language: scenario texts are translated by their English
/// (scripts/translations.py extracts title, summary, seed, say and ifFails in context "Scenario").
QString textOf(const QJsonObject& object, const QString& key) {
    const QString english = object.value(key).toString().trimmed();
    if (english.isEmpty()) return english;
    return QCoreApplication::translate("Scenario", english.toUtf8().constData());
}

// Actions that work on a tab need to know which one; the widget actions may also work on the window.
bool needsTab(const QString& action) {
    static const QStringList windowWide{u"click"_s, u"check"_s, u"set"_s, u"selectAll"_s, u"inspect"_s};
    return !windowWide.contains(action);
}

std::expected<ScenarioStep, QString> parseStep(const QJsonObject& object, const QStringList& tabsSoFar) {
    ScenarioStep step;
    step.narration = textOf(object, u"say"_s);
    if (step.narration.isEmpty()) return std::unexpected(u"\"say\" (the narration) is missing"_s);
    step.action = object.value(u"do"_s).toString();
    step.tab = object.value(u"tab"_s).toString();
    step.ifFails = textOf(object, u"ifFails"_s);
    if (object.contains(u"timeoutMs"_s)) {
        step.timeoutMs = object.value(u"timeoutMs"_s).toInt(-1);
        if (step.timeoutMs <= 0 || step.timeoutMs > kMaxTimeoutMs)
            return std::unexpected(u"\"timeoutMs\" must be between 1 and %1"_s.arg(kMaxTimeoutMs));
    }

    const auto& actions = Scenario::actionArguments();
    QStringList allowed = stepKeys();
    if (!step.action.isEmpty()) {
        if (!actions.contains(step.action))
            return std::unexpected(u"unknown action \"%1\" (known: %2)"_s.arg(
                step.action, QStringList(actions.keyBegin(), actions.keyEnd()).join(u", "_s)));
        if (needsTab(step.action) && step.tab.isEmpty())
            return std::unexpected(u"action \"%1\" needs \"tab\""_s.arg(step.action));
        if (!step.tab.isEmpty() && step.action != u"open"_s && !tabsSoFar.contains(step.tab))
            return std::unexpected(u"tab \"%1\" is not opened by an earlier step"_s.arg(step.tab));
        if (step.action == u"open"_s && tabsSoFar.contains(step.tab))
            return std::unexpected(u"tab \"%1\" is opened twice"_s.arg(step.tab));
        for (QString argument : actions.value(step.action)) {
            const bool optional = argument.startsWith(u'?');
            if (optional) argument.remove(0, 1);
            allowed << argument;
            if (!optional && !object.contains(argument))
                return std::unexpected(u"action \"%1\" needs \"%2\""_s.arg(step.action, argument));
            if (object.contains(argument)) step.arguments.insert(argument, object.value(argument));
        }
        if (step.action == u"send"_s) {
            const int given = int(object.contains(u"text"_s)) + int(object.contains(u"hex"_s)) +
                              int(object.contains(u"fill"_s));
            if (given != 1)
                return std::unexpected(u"action \"send\" needs one of \"text\", \"hex\", \"fill\""_s);
        }
    } else if (!step.tab.isEmpty() && !tabsSoFar.contains(step.tab)) {
        return std::unexpected(u"tab \"%1\" is not opened by an earlier step"_s.arg(step.tab));
    }
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(it.key())) return std::unexpected(u"unknown key \"%1\""_s.arg(it.key()));

    QStringList tabs = tabsSoFar;
    if (step.action == u"open"_s) tabs << step.tab;
    const QJsonValue until = object.value(u"until"_s);
    QStringList lines;
    if (until.isString()) lines << until.toString();
    for (const auto& line : until.toArray())
        lines << line.toString();
    for (const QString& line : lines) {
        auto condition = ScenarioCondition::parse(line);
        if (!condition) return std::unexpected(u"until \"%1\": %2"_s.arg(line, condition.error()));
        if (!condition->tab.isEmpty() && !tabs.contains(condition->tab))
            return std::unexpected(
                u"until \"%1\": no tab \"%2\" is open by then"_s.arg(line, condition->tab));
        step.until << *condition;
    }

    const QString point = object.value(u"point"_s).toString();
    if (const auto dot = point.indexOf(u'.'); dot > 0) {
        step.pointTab = point.left(dot);
        step.pointAt = point.mid(dot + 1);
        if (!tabs.contains(step.pointTab))
            return std::unexpected(
                u"point \"%1\": no tab \"%2\" is open by then"_s.arg(point, step.pointTab));
    } else {
        step.pointAt = point;
    }
    return step;
}

} // namespace

const QStringList& ScenarioCondition::flagFields() {
    static const QStringList fields{u"listening"_s, u"connected"_s, u"closed"_s, u"settled"_s, u"blocked"_s};
    return fields;
}

const QStringList& ScenarioCondition::numberFields() {
    static const QStringList fields{u"rxBytes"_s,     u"txBytes"_s, u"rxMessages"_s, u"txMessages"_s,
                                    u"connections"_s, u"errors"_s,  u"cut"_s,        u"resolved"_s};
    return fields;
}

const QStringList& ScenarioCondition::textFields() {
    static const QStringList fields{u"received"_s, u"sent"_s, u"info"_s, u"traffic"_s, u"state"_s};
    return fields;
}

const QStringList& ScenarioCondition::inspectorFields() {
    static const QStringList fields{u"hostOrder"_s, u"networkOrder"_s, u"swapped"_s, u"packed"_s,
                                    u"unpacked"_s,  u"addressPort"_s,  u"decoded"_s};
    return fields;
}

std::expected<ScenarioCondition, QString> ScenarioCondition::parse(const QString& text) {
    ScenarioCondition condition;
    condition.text = text.trimmed();
    static const QRegularExpression pattern(u"^(!?)([A-Za-z][A-Za-z0-9_-]*)(?:\\.([A-Za-z]+))?"
                                            u"(?:\\s+(>=|<=|==|>|<|contains)\\s+(.+))?$"_s);
    const auto match = pattern.match(condition.text);
    if (!match.hasMatch())
        return std::unexpected(u"write \"tab.property\", optionally followed by an operator "
                               u"(>=, >, ==, <=, <, contains) and a value"_s);
    condition.negated = !match.captured(1).isEmpty();
    const QString subject = match.captured(2);
    const QString field = match.captured(3);
    const QString op = match.captured(4);
    condition.value = match.captured(5).trimmed();
    static const QHash<QString, Op> ops{{u">="_s, Op::Ge}, {u">"_s, Op::Gt}, {u"=="_s, Op::Eq},
                                        {u"<="_s, Op::Le}, {u"<"_s, Op::Lt}, {u"contains"_s, Op::Contains}};
    condition.op = op.isEmpty() ? Op::None : ops.value(op);

    const auto needNumber = [&]() -> std::expected<void, QString> {
        if (condition.op == Op::None || condition.op == Op::Contains)
            return std::unexpected(u"needs a comparison (>=, >, ==, <=, <) and a number"_s);
        bool ok = false;
        condition.number = condition.value.toLongLong(&ok);
        if (!ok) return std::unexpected(u"\"%1\" is not a number"_s.arg(condition.value));
        return {};
    };

    if (subject == u"timelineLanes"_s && field.isEmpty()) {
        condition.kind = Kind::TimelineLanes;
        if (auto ok = needNumber(); !ok) return std::unexpected(ok.error());
        return condition;
    }
    if (field.isEmpty())
        return std::unexpected(u"\"%1\" needs a property: \"%1.rxBytes\", ..."_s.arg(subject));
    if (subject == u"inspector"_s) {
        if (!inspectorFields().contains(field))
            return std::unexpected(
                u"the inspector has no \"%1\" (known: %2)"_s.arg(field, inspectorFields().join(u", "_s)));
        if (condition.op != Op::Contains && condition.op != Op::Eq)
            return std::unexpected(u"compare an inspector field with == or contains"_s);
        condition.kind = Kind::Inspector;
        condition.field = field;
        return condition;
    }
    condition.tab = subject;
    condition.field = field;
    if (flagFields().contains(field)) {
        if (condition.op != Op::None) return std::unexpected(u"\"%1\" takes no operator"_s.arg(field));
        condition.kind = Kind::Flag;
    } else if (numberFields().contains(field)) {
        condition.kind = Kind::Number;
        if (auto ok = needNumber(); !ok) return std::unexpected(ok.error());
    } else if (field == u"error"_s) {
        if (condition.op != Op::Eq) return std::unexpected(u"write \"tab.error == NAME\""_s);
        condition.kind = Kind::Error;
    } else if (textFields().contains(field)) {
        if (condition.op != Op::Contains)
            return std::unexpected(u"write \"tab.%1 contains TEXT\""_s.arg(field));
        condition.kind = Kind::Text;
    } else {
        QStringList known = flagFields() + numberFields() + textFields();
        known << u"error"_s;
        return std::unexpected(u"unknown property \"%1\" (known: %2)"_s.arg(field, known.join(u", "_s)));
    }
    if (condition.negated && condition.kind != Kind::Flag)
        return std::unexpected(u"\"!\" only negates a flag (listening, connected, closed, blocked)"_s);
    return condition;
}

bool ScenarioCondition::compare(qint64 seen) const {
    switch (op) {
    case Op::Ge:
        return seen >= number;
    case Op::Gt:
        return seen > number;
    case Op::Eq:
        return seen == number;
    case Op::Le:
        return seen <= number;
    case Op::Lt:
        return seen < number;
    case Op::None:
    case Op::Contains:
        break;
    }
    return false;
}

const QHash<QString, QStringList>& Scenario::actionArguments() {
    static const QHash<QString, QStringList> arguments{
        {u"open"_s, {u"spec"_s, u"?autoStart"_s}},
        {u"start"_s, {}},
        {u"stop"_s, {}},
        {u"close"_s, {}},
        {u"send"_s, {u"?text"_s, u"?hex"_s, u"?fill"_s, u"?to"_s}},
        {u"receive"_s, {}},
        {u"shutdownWrite"_s, {}},
        {u"closeConnection"_s, {}},
        {u"abort"_s, {}},
        {u"cancel"_s, {}},
        {u"mode"_s, {u"mode"_s, u"?seconds"_s}},
        {u"reply"_s, {u"reply"_s}},
        {u"click"_s, {u"widget"_s}},
        {u"check"_s, {u"widget"_s, u"on"_s}},
        {u"set"_s, {u"widget"_s, u"value"_s}},
        {u"selectAll"_s, {u"widget"_s}},
        {u"inspect"_s,
         {u"?value"_s, u"?width"_s, u"?address"_s, u"?format"_s, u"?values"_s, u"?unpackHex"_s, u"?hex"_s}},
    };
    return arguments;
}

std::expected<Scenario, QString> Scenario::fromJson(const QByteArray& json, const QString& file) {
    const QString where = QFileInfo(file).fileName();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(
            u"%1: offset %2: %3"_s.arg(where).arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject()) return std::unexpected(u"%1: the top level must be an object"_s.arg(where));
    const QJsonObject object = document.object();
    static const QStringList topKeys{u"id"_s, u"title"_s, u"summary"_s, u"seed"_s, u"steps"_s};
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!topKeys.contains(it.key()))
            return std::unexpected(u"%1: unknown key \"%2\""_s.arg(where, it.key()));

    Scenario scenario;
    scenario.file = file;
    scenario.id = object.value(u"id"_s).toInt(0);
    scenario.title = textOf(object, u"title"_s);
    scenario.summary = textOf(object, u"summary"_s);
    scenario.seed = textOf(object, u"seed"_s);
    if (scenario.id <= 0) return std::unexpected(u"%1: \"id\" must be a positive number"_s.arg(where));
    if (scenario.title.isEmpty()) return std::unexpected(u"%1: \"title\" is missing"_s.arg(where));
    if (scenario.summary.isEmpty()) return std::unexpected(u"%1: \"summary\" is missing"_s.arg(where));
    const QJsonArray steps = object.value(u"steps"_s).toArray();
    if (steps.isEmpty()) return std::unexpected(u"%1: \"steps\" is missing or empty"_s.arg(where));

    QStringList tabs;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        if (!steps.at(i).isObject())
            return std::unexpected(u"%1: step %2: must be an object"_s.arg(where).arg(i + 1));
        auto step = parseStep(steps.at(i).toObject(), tabs);
        if (!step) return std::unexpected(u"%1: step %2: %3"_s.arg(where).arg(i + 1).arg(step.error()));
        if (step->action == u"open"_s) tabs << step->tab;
        scenario.steps << *step;
    }
    return scenario;
}

std::expected<Scenario, QString> Scenario::load(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(u"%1: %2"_s.arg(QFileInfo(path).fileName(), file.errorString()));
    return fromJson(file.readAll(), path);
}

QString Scenario::builtInDirectory() {
    return u":/scenarios"_s;
}

QList<Scenario> Scenario::builtIn(QStringList* errors) {
    QList<Scenario> scenarios;
    const QDir dir(builtInDirectory());
    for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        auto scenario = load(dir.filePath(name));
        if (scenario)
            scenarios << *scenario;
        else if (errors)
            *errors << scenario.error();
    }
    std::ranges::stable_sort(scenarios, {}, &Scenario::id);
    return scenarios;
}
