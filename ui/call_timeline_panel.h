#pragma once

#include "ui/call_timeline_export.h"

#include "netcore/session_event.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

class CallTimelineModel;
class CallTimelineView;
class QAction;
class QLabel;
class QPlainTextEdit;

namespace netcore_qt {
class SessionHub;
}

// The call timeline dock's content: a toolbar (zoom, fit, follow live, clear, export), the
// sequence diagram, and the details of the call clicked last. Fed with every session's calls
// from a SessionHub; the scenario runner reads the lane count through the "laneCount" property.
class CallTimelinePanel : public QWidget {
    Q_OBJECT
    Q_PROPERTY(int laneCount READ laneCount)

public:
    explicit CallTimelinePanel(QWidget* parent = nullptr);
    ~CallTimelinePanel() override;

    // Ingests each batch the hub drains (the hub must outlive the panel or be destroyed first).
    void attachHub(netcore_qt::SessionHub& hub);

    [[nodiscard]] CallTimelineModel& model() const { return *m_model; }
    [[nodiscard]] CallTimelineView& view() const { return *m_view; }
    [[nodiscard]] int laneCount() const;
    [[nodiscard]] QStringList laneLabels() const;

    void setSessionLabel(netcore::SessionId session, const QString& label);
    void setSessionLabelProvider(std::function<QString(netcore::SessionId)> provider);

    // Shows the call's details (empty text when it is gone) and selects it in the diagram.
    void showDetails(quint64 sequence);
    [[nodiscard]] QString detailsText() const;
    [[nodiscard]] QString statusText() const;
    void clear();

private:
    void updateStatus();
    void chooseExportFile(bool svg, TimelineExportScope scope);

    CallTimelineModel* m_model = nullptr;
    CallTimelineView* m_view = nullptr;
    QLabel* m_status = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QAction* m_follow = nullptr;
    quint64 m_shown = 0;
};
