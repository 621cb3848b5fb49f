#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <expected>

/// One "wait until" test of a scenario step, parsed from a line such as
///   "client.rxBytes >= 5"   "server.listening"   "client.error == ECONNREFUSED"
///   "client.received contains HELLO"   "timelineLanes >= 2"   "!client.blocked"
/// The subject is `tab.property` (a tab the scenario opened), `timelineLanes`, or
/// `inspector.field` (the byte-order inspector). Values may hold `${tab.port}` substitutions.
struct ScenarioCondition {
    enum class Kind {
        Flag,          ///< listening, connected, closed, blocked: no operator
        Number,        ///< a counter compared with a number
        Error,         ///< an error row with this native name (or netcore's word: "timed out")
        Text,          ///< a text found in traffic rows or the tab's state line
        TimelineLanes, ///< the call timeline's laneCount property
        Inspector,     ///< a field of the byte-order inspector
    };
    enum class Op { None, Ge, Gt, Eq, Le, Lt, Contains };

    QString text; ///< as written, for messages
    Kind kind = Kind::Flag;
    QString tab;   ///< empty for window-wide subjects
    QString field; ///< listening, rxBytes, error, received, state, networkOrder, ...
    Op op = Op::None;
    qint64 number = 0;
    QString value;
    bool negated = false; ///< "!client.blocked"

    [[nodiscard]] static std::expected<ScenarioCondition, QString> parse(const QString& text);
    /// Compares `seen` with the condition's number.
    [[nodiscard]] bool compare(qint64 seen) const;
    /// The flag, counter, text and inspector field names the runner knows.
    [[nodiscard]] static const QStringList& flagFields();
    [[nodiscard]] static const QStringList& numberFields();
    [[nodiscard]] static const QStringList& textFields();
    [[nodiscard]] static const QStringList& inspectorFields();
};

/// One step: what it says, what it does, what it waits for, where it points.
struct ScenarioStep {
    QString narration;
    QString action;        ///< empty: narration (and waiting) only; else "open", "send", "click", ...
    QString tab;           ///< the tab the action works on (open: the name it gets)
    QJsonObject arguments; ///< the action's other keys ("spec", "text", "widget", ...)
    QList<ScenarioCondition> until;
    int timeoutMs = 5000;
    QString pointTab; ///< empty: pointAt is a window-wide object (a dock)
    QString pointAt;  ///< objectName of a dock or a widget to show and highlight
    QString ifFails;  ///< said after the failure message (e.g. "this machine has no IPv6")
};

/// A guided scenario: data read from resources/scenarios/NN-name.json, run by ScenarioRunner.
struct Scenario {
    int id = 0;
    QString file; ///< where it came from, for error messages
    QString title;
    QString summary;
    QString seed; ///< the lesson in the source documents it teaches
    QList<ScenarioStep> steps;

    /// Parses and validates one scenario: every key known, every action with its arguments,
    /// every condition parsed. Errors name the file, the step and the key.
    [[nodiscard]] static std::expected<Scenario, QString> fromJson(const QByteArray& json,
                                                                   const QString& file);
    [[nodiscard]] static std::expected<Scenario, QString> load(const QString& path);
    /// The scenarios built into the application (":/scenarios/*.json"), ordered by id. Files that
    /// fail to load are reported in `errors` (a test checks there are none).
    [[nodiscard]] static QList<Scenario> builtIn(QStringList* errors = nullptr);
    [[nodiscard]] static QString builtInDirectory();

    /// The action names and, for each, the arguments it takes (required ones first, then "?name").
    [[nodiscard]] static const QHash<QString, QStringList>& actionArguments();
};
