#pragma once

#include "ui/tab_spec.h"

#include <QString>
#include <QWidget>

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;

// How a server answers: none, echo, upper-case, fixed text (escapes allowed) or fixed hex. The text
// is checked as it is typed with OpenSpecParser::parseReply, so the `--open` language and this editor
// accept exactly the same input. Only valid input is applied: while the text is wrong the server
// keeps answering with the last valid reply, and the problem (with its column) says so.
class ReplyModeEditor : public QWidget {
    Q_OBJECT

public:
    explicit ReplyModeEditor(QWidget* parent = nullptr);
    ~ReplyModeEditor() override;

    // The reply last applied (always valid).
    [[nodiscard]] const ReplySpec& reply() const { return m_applied; }
    void setReply(const ReplySpec& reply);
    /// TCP servers offer the chat room and the demo commands; UDP servers do not.
    void setStreamModesAvailable(bool available);

    // Why the typed text is not applied; empty when it is.
    [[nodiscard]] QString problem() const { return m_problem; }

signals:
    // A new valid reply, to be applied at once.
    void replyChanged(const ReplySpec& reply);

private:
    void modeChanged();
    void textEdited();
    void check();
    [[nodiscard]] ReplySpec::Mode currentMode() const;

    QComboBox* m_mode = nullptr;
    QLineEdit* m_text = nullptr;
    QLabel* m_problemLabel = nullptr;
    ReplySpec m_applied;
    QString m_problem;
    // What was typed for Text and for Hex: switching between them must not mangle either.
    std::array<QString, 2> m_typed;
};
