#pragma once

#include "netcore/net_error.h"

#include <QWidget>

#include <span>

class ErrorModel;
class QLabel;
class QPushButton;
class QTableView;

// Every failed call of a tab as a table, and the selected one explained in full below it: headline,
// what the OS said, likely causes, what to try, platform note. All text is plain (never rich): the
// arguments and OS message can carry bytes a peer chose.
class ErrorPanel : public QWidget {
    Q_OBJECT

public:
    explicit ErrorPanel(QWidget* parent = nullptr);
    ~ErrorPanel() override;

    [[nodiscard]] ErrorModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }

    // timeMs: milliseconds since the Unix epoch. The newest error is selected unless the user
    // is looking at an older one.
    void append(qint64 timeMs, const netcore::NetError& error);
    // Several at once: one insertion, one selection and one scroll for the whole batch.
    void append(qint64 timeMs, std::span<const netcore::NetError> errors);
    void selectRow(int row);
    // -1 when nothing is selected.
    [[nodiscard]] int currentRow() const;

private:
    void showRow(int row);
    void updateCount();

    ErrorModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_clear = nullptr;
    QWidget* m_detail = nullptr;
    QLabel* m_headline = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_explanation = nullptr;
    QLabel* m_causesHeading = nullptr;
    QLabel* m_causes = nullptr;
    QLabel* m_tryHeading = nullptr;
    QLabel* m_tryThis = nullptr;
    QLabel* m_noteHeading = nullptr;
    QLabel* m_platformNote = nullptr;
};
