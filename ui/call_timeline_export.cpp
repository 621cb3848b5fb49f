#include "ui/call_timeline_export.h"

#include "ui/call_timeline_view.h"
#include "ui/output_file.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

namespace {

QRect areaOf(const CallTimelineView& view, TimelineExportScope scope) {
    if (scope == TimelineExportScope::Visible) return view.visibleArea();
    return {QPoint(0, 0), view.contentSize()};
}

} // namespace

QSize timelineExportSize(const CallTimelineView& view, TimelineExportScope scope) {
    const QRect area = areaOf(view, scope);
    return {CallTimelineView::kAxisWidth + area.width(), CallTimelineView::kHeaderHeight + area.height()};
}

std::expected<void, QString> exportTimelinePng(const CallTimelineView& view, const QString& path,
                                               TimelineExportScope scope) {
    const QSize size = timelineExportSize(view, scope);
    if (size.width() > kMaxTimelinePngSide || size.height() > kMaxTimelinePngSide)
        return std::unexpected(QCoreApplication::translate(
                                   "CallTimelineExport",
                                   "The diagram is %1 × %2 pixels, too large for a PNG: zoom out, or export "
                                   "the visible part or an SVG.")
                                   .arg(size.width())
                                   .arg(size.height()));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(view.palette().color(QPalette::Base));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        view.render(painter, areaOf(view, scope));
    }
    if (auto checked = OutputFile::checkTarget(path); !checked) return std::unexpected(checked.error());
    if (!image.save(path, "PNG"))
        return std::unexpected(
            QCoreApplication::translate("CallTimelineExport", "Cannot write %1.").arg(path));
    return {};
}

std::expected<void, QString> exportTimelineSvg(const CallTimelineView& view, const QString& path,
                                               TimelineExportScope scope) {
    const QSize size = timelineExportSize(view, scope);
    if (auto checked = OutputFile::checkTarget(path); !checked) return std::unexpected(checked.error());
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(QCoreApplication::translate("CallTimelineExport", "SockLab call timeline"));
    QPainter painter;
    if (!painter.begin(&generator))
        return std::unexpected(
            QCoreApplication::translate("CallTimelineExport", "Cannot write %1.").arg(path));
    view.render(painter, areaOf(view, scope));
    if (!painter.end())
        return std::unexpected(
            QCoreApplication::translate("CallTimelineExport", "Cannot write %1.").arg(path));
    return {};
}
