#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

class QFile;

// Where SockLab may write a file: captures, saved traffic, workspaces, exported diagrams. Their paths
// come only from the user (a file dialog or a command-line option), never from anything a peer sent.
// Files are created with mode 0666 and the user's umask (nothing is chmod-ed wider). What a planted
// symbolic link can do is limited here:
// - a link to nothing (dangling) is refused: writing through it would create a file wherever the
//   link points, a place the user never chose (the classic /tmp symlink trick);
// - a link to an existing file is followed: the user picked that name, and the dialog asked before
//   overwriting, as in any editor.
class OutputFile {
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    // The reason `path` must not be written, or nothing. For writers that replace the file whole
    // (QSaveFile, QImageWriter, QSvgGenerator), checked just before they open it.
    [[nodiscard]] static std::expected<void, QString> checkTarget(const QString& path);

    // Opens `file` (its name already set) for writing from the start, without the race the check
    // above leaves: a new file is created exclusively (O_CREAT | O_EXCL, which never follows a
    // link), an existing one is truncated without O_CREAT (so a link planted meanwhile cannot
    // create a file elsewhere). False with the file's errorString() or a reason in `error`.
    [[nodiscard]] static bool openForWriting(QFile& file, QString* error);
};
