#pragma once

#include <QPointer>
#include <QWidget>

// A frame drawn over the widget a scenario step points at, so the learner's eye goes where the
// lesson shows. It is a child of the main window laid over everything, lets every mouse event
// through, and follows the target when it moves, resizes or hides.
class ScenarioHighlight : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioHighlight(QWidget* window);

    // Frames `target` (a descendant of the window); null clears the frame.
    void follow(QWidget* target);
    [[nodiscard]] QWidget* target() const { return m_target; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void place();

    QPointer<QWidget> m_target;
};
