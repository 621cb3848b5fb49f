// Workspace files are JSON a user may have edited by hand. For any bytes: no crash, an error is a
// message, and tabs that load save to JSON that loads to the same tabs.

#include "fuzz_check.h"

#include "ui/workspace_file.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto tabs = WorkspaceFile::fromJson(json);
    if (!tabs) {
        FUZZ_CHECK(!tabs.error().isEmpty());
        return 0;
    }
    const QByteArray saved = QJsonDocument(WorkspaceFile::toJson(*tabs)).toJson(QJsonDocument::Compact);
    const auto again = WorkspaceFile::fromJson(saved);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(QJsonDocument(WorkspaceFile::toJson(*again)).toJson(QJsonDocument::Compact) == saved);
    return 0;
}
