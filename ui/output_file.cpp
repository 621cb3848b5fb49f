#include "ui/output_file.h"

#include <QFile>
#include <QFileInfo>

std::expected<void, QString> OutputFile::checkTarget(const QString& path) {
    const QFileInfo info(path);
    // exists() follows the link: false for a link whose target is missing.
    if (info.isSymLink() && !info.exists())
        return std::unexpected(
            tr("%1 is a symbolic link to %2, which does not exist: SockLab does not create "
               "files through such links. Choose another name.")
                .arg(path, info.symLinkTarget()));
    return {};
}

bool OutputFile::openForWriting(QFile& file, QString* error) {
    const auto fail = [&](const QString& reason) {
        if (error != nullptr) *error = reason;
        return false;
    };
    if (auto checked = checkTarget(file.fileName()); !checked) return fail(checked.error());
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) return true;
    // NewOnly failed: the name exists (as a file, or as a link planted after the check).
    if (auto checked = checkTarget(file.fileName()); !checked) return fail(checked.error());
    if (file.open(QIODevice::WriteOnly | QIODevice::ExistingOnly | QIODevice::Truncate)) return true;
    return fail(file.errorString());
}
