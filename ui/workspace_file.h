#pragma once

#include "ui/tab_spec.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <expected>

/// The workspace format (JSON), shared by `--workspace FILE`, File ▸ Open/Save Workspace and the
/// window's saved state:
///   {"version": 1, "tabs": [{"kind": "tcp-server", "host": "127.0.0.1", "port": 8080,
///                            "reply": "upper", "name": "Echo"}, ...]}
/// Keys a tab does not need may be left out; unknown keys are an error (a typo must not pass).
class WorkspaceFile {
public:
    static constexpr int kVersion = 1;

    [[nodiscard]] static QJsonObject toJson(const QList<TabSpec>& tabs);
    /// Errors name the place: "tabs[1].port: 70000 is not a port (0 to 65535)".
    [[nodiscard]] static std::expected<QList<TabSpec>, QString> fromJson(const QByteArray& json);

    /// Reads a file; errors start with the file name.
    [[nodiscard]] static std::expected<QList<TabSpec>, QString> read(const QString& path);
    /// Writes atomically (QSaveFile); returns the error text on failure.
    [[nodiscard]] static std::expected<void, QString> write(const QString& path, const QList<TabSpec>& tabs);
};
