#pragma once

#include <QSize>
#include <QString>

#include <expected>

class CallTimelineView;

// The call timeline as a picture: the whole diagram or the part the view shows, as PNG or SVG,
// with the lane header and the time axis. Plain functions: the panel asks for a file name, tests
// call these directly.
enum class TimelineExportScope { Whole, Visible };

// PNG refuses larger pictures (hundreds of MB of pixels); zoom out or export the visible part.
inline constexpr int kMaxTimelinePngSide = 20'000;

// Size of the picture in pixels (SVG: in its user units).
[[nodiscard]] QSize timelineExportSize(const CallTimelineView& view, TimelineExportScope scope);
[[nodiscard]] std::expected<void, QString> exportTimelinePng(const CallTimelineView& view,
                                                             const QString& path, TimelineExportScope scope);
[[nodiscard]] std::expected<void, QString> exportTimelineSvg(const CallTimelineView& view,
                                                             const QString& path, TimelineExportScope scope);
