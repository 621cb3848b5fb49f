#pragma once

#include "netcore/net_error.h"

#include <QFrame>
#include <QString>

class QLabel;
class QToolButton;

// A tab's last error in one line, "connect(127.0.0.1:9) failed: ECONNREFUSED — Connection refused",
// with what to try in the tooltip, a button to open the error panel and one to dismiss it. Hidden
// while there is no error. The background is a tint of the palette, so it follows dark mode.
class InlineErrorLabel : public QFrame {
    Q_OBJECT

public:
    explicit InlineErrorLabel(QWidget* parent = nullptr);
    ~InlineErrorLabel() override;

    void setError(const netcore::NetError& error);
    // Hides the label; dismiss() does the same and emits dismissed().
    void clear();
    void dismiss();

    [[nodiscard]] bool hasError() const { return !m_fullText.isEmpty(); }
    // The whole line (the label may show it elided).
    [[nodiscard]] QString text() const { return m_fullText; }
    // The background, derived from the current palette (exposed for tests).
    [[nodiscard]] QColor tintColor() const;

signals:
    void openPanelRequested();
    void dismissed();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    void updateElidedText();

    QString m_fullText;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QToolButton* m_details = nullptr;
    QToolButton* m_dismiss = nullptr;
};
