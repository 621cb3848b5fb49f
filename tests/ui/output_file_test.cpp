// Files SockLab writes (a traffic capture, saved traffic as text or CSV, a workspace, an exported
// call timeline) take the user's umask and never go through a planted link to nothing (issue 8).
// Their names come from the user only; here they are paths in a fresh temporary folder.

#include "ui/call_timeline_export.h"
#include "ui/call_timeline_panel.h"
#include "ui/output_file.h"
#include "ui/tab_spec.h"
#include "ui/traffic_capture.h"
#include "ui/traffic_model.h"
#include "ui/workspace_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

using namespace Qt::StringLiterals;

namespace {

using Writer = std::function<QString(const QString& path)>; // empty, or what went wrong

// One received record, so every writer has something to write.
TrafficModel& sampleModel() {
    static TrafficModel model;
    if (model.rowCount() == 0) {
        TrafficRecord record;
        record.peer = u"127.0.0.1:5000"_s;
        record.bytes = "hello"_ba;
        model.appendBatch(std::span(&record, 1));
    }
    return model;
}

QString writeCapture(const QString& path) {
    TrafficCapture capture;
    if (!capture.start(path)) return capture.errorString();
    TrafficRecord record;
    record.bytes = "hello"_ba;
    capture.write(std::span(&record, 1));
    capture.stop();
    return {};
}

QString saveText(const QString& path) {
    QString error;
    if (!TrafficCapture::saveText(sampleModel(), path, TrafficModel::DisplayMode::Text, &error))
        return error.isEmpty() ? u"failed"_s : error;
    return {};
}

QString saveCsv(const QString& path) {
    QString error;
    if (!TrafficCapture::saveCsv(sampleModel(), path, &error)) return error.isEmpty() ? u"failed"_s : error;
    return {};
}

QString saveWorkspace(const QString& path) {
    const auto written = WorkspaceFile::write(path, {TabSpec{}});
    return written ? QString() : written.error();
}

QString exportTimeline(const QString& path) {
    CallTimelinePanel panel;
    const auto written = path.endsWith(u".svg"_s)
                             ? exportTimelineSvg(panel.view(), path, TimelineExportScope::Visible)
                             : exportTimelinePng(panel.view(), path, TimelineExportScope::Visible);
    return written ? QString() : written.error();
}

void addWriters() {
    QTest::addColumn<Writer>("writer");
    QTest::addColumn<QString>("name");
    QTest::newRow("capture") << Writer(writeCapture) << u"capture.tsv"_s;
    QTest::newRow("saved text") << Writer(saveText) << u"traffic.txt"_s;
    QTest::newRow("saved csv") << Writer(saveCsv) << u"traffic.csv"_s;
    QTest::newRow("workspace") << Writer(saveWorkspace) << u"tabs.socklab.json"_s;
    QTest::newRow("timeline png") << Writer(exportTimeline) << u"timeline.png"_s;
    QTest::newRow("timeline svg") << Writer(exportTimeline) << u"timeline.svg"_s;
}

#if defined(Q_OS_UNIX)
// Restores the process umask whatever the test does.
class UmaskGuard {
public:
    explicit UmaskGuard(mode_t mask) : m_old(::umask(mask)) {}
    ~UmaskGuard() { ::umask(m_old); }
    UmaskGuard(const UmaskGuard&) = delete;
    UmaskGuard& operator=(const UmaskGuard&) = delete;

private:
    mode_t m_old;
};

int modeOf(const QString& path) {
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0) return -1;
    return static_cast<int>(info.st_mode & 07777);
}
#endif

} // namespace

Q_DECLARE_METATYPE(Writer)

class OutputFileTest : public QObject {
    Q_OBJECT

private slots:
    void newFilesTakeTheUmask_data();
    void newFilesTakeTheUmask();
    void danglingLinkIsRefused_data() { addWriters(); }
    void danglingLinkIsRefused();
    void linkToAnExistingFileIsFollowed_data() { addWriters(); }
    void linkToAnExistingFileIsFollowed();
    void existingFileIsReplaced_data() { addWriters(); }
    void existingFileIsReplaced();
};

void OutputFileTest::newFilesTakeTheUmask_data() {
    QTest::addColumn<Writer>("writer");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("umask");
    QTest::addColumn<int>("mode");
    const QList<std::pair<Writer, QString>> writers = {
        {writeCapture, u"capture"_s},        {saveText, u"saved text"_s},
        {saveCsv, u"saved csv"_s},           {saveWorkspace, u"workspace"_s},
        {exportTimeline, u"timeline png"_s}, {exportTimeline, u"timeline svg"_s}};
    for (const auto& [writer, name] : writers) {
        const QString file = name.endsWith(u"svg"_s) ? u"out.svg"_s : u"out.png"_s;
        for (const auto& [mask, mode] : {std::pair{0077, 0600}, std::pair{0022, 0644}, std::pair{0027, 0640}})
            QTest::addRow("%s, umask %03o", qPrintable(name), mask) << writer << file << mask << mode;
    }
}

void OutputFileTest::newFilesTakeTheUmask() {
#if defined(Q_OS_UNIX)
    QFETCH(Writer, writer);
    QFETCH(QString, name);
    QFETCH(int, umask);
    QFETCH(int, mode);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    {
        const UmaskGuard guard(static_cast<mode_t>(umask));
        const QString error = writer(path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    QVERIFY(QFileInfo(path).size() > 0);
    QCOMPARE(QString::number(modeOf(path), 8), QString::number(mode, 8));
    // Nothing left beside it (QSaveFile's temporary file is renamed over the target).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
#else
    QSKIP("umask is POSIX");
#endif
}

void OutputFileTest::danglingLinkIsRefused() {
    QFETCH(Writer, writer);
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkdir(u"elsewhere"_s));
    const QString target = dir.filePath(u"elsewhere/planted"_s);
    const QString path = dir.filePath(name);
    if (!QFile::link(target, path)) QSKIP("this file system has no symbolic links");
    QVERIFY(QFileInfo(path).isSymLink());
    QVERIFY(!QFileInfo::exists(target));

    const QString error = writer(path);
    QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
    QVERIFY2(!QFileInfo::exists(target), "a file was created where the link points");
    QVERIFY(QFileInfo(path).isSymLink()); // the link itself is left alone
    QCOMPARE(OutputFile::checkTarget(path).has_value(), false);
}

void OutputFileTest::linkToAnExistingFileIsFollowed() {
    QFETCH(Writer, writer);
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(u"real-"_s + name);
    {
        QFile file(target);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
    }
    const QString path = dir.filePath(name);
    if (!QFile::link(target, path)) QSKIP("this file system has no symbolic links");
    QVERIFY(OutputFile::checkTarget(path).has_value());

    const QString error = writer(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile written(target);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll() != "old");
}

void OutputFileTest::existingFileIsReplaced() {
    QFETCH(Writer, writer);
    QFETCH(QString, name);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(name);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(100'000, 'x')); // longer than anything written: truncation shows
    }
    const QString error = writer(path);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray content = written.readAll();
    QVERIFY(content.size() < 100'000);
    QVERIFY(!content.contains("xxxx"));
}

QTEST_MAIN(OutputFileTest)
#include "output_file_test.moc"
