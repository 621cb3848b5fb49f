// The TCP throughput figure, in-process: a MainWindow with a TCP server tab capturing to a file and
// a TCP client tab, both built by MainWindow::openTab() from the same TabSpecs `--open` produces,
// and the client's TcpClientTab::sendFile() (the composer's "Send file" path) streaming a file to the
// server. --open has no file-send or capture key, which is why this runs in-process: everything
// below the two calls (sessions, hub, batching, traffic views, capture) is the GUI's own code.
//   socklab_stream_bench --file PATH --capture PATH [--timeout 120]
// Prints one JSON object: bytes, seconds, mbps (10^6 B/s, first chunk handed over to the server's
// count reaching the file size, and, with a capture, every byte written to the capture file: the
// capture is written on a thread of its own and may finish later), the server's exact counters, what the
// capture file holds (records, payload bytes summed from its size column, and whether every hex field has
// twice its size), the GUI thread's loop lag over the run, and how long the GUI thread ran and how
// long it was ready but waited for a CPU during the transfer (Linux schedstat: a lag that is waiting,
// not work, shows there).
#include "ui/loop_lag_monitor.h"
#include "ui/main_window.h"
#include "ui/session_tab.h"
#include "ui/tab_spec.h"
#include "ui/tcp_client_tab.h"
#include "ui/tcp_server_tab.h"
#include "ui/traffic_capture.h"
#include "ui/traffic_view.h"

#include "netcore_qt/session_hub.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

namespace {

struct CaptureCheck {
    quint64 records = 0;
    quint64 payloadBytes = 0;
    bool consistent = true;
};

quint32 bigEndian16(const uchar* at) {
    return (quint32(at[0]) << 8) | at[1];
}

// Reads a pcap capture back (PcapFormat: LINKTYPE_RAW, IPv4 here): the packets to the server's
// port are the bytes it received, and, laid end to end, must be the file that was sent.
CaptureCheck checkPcap(const QString& path, const QString& sentPath, quint16 serverPort) {
    CaptureCheck check;
    QFile file(path);
    QFile sent(sentPath);
    if (!file.open(QIODevice::ReadOnly) || !sent.open(QIODevice::ReadOnly)) return {0, 0, false};
    const uchar* data = file.size() > 0 ? file.map(0, file.size()) : nullptr;
    const uchar* expected = sent.size() > 0 ? sent.map(0, sent.size()) : nullptr;
    if (data == nullptr || expected == nullptr) return {0, 0, false};
    const auto size = static_cast<quint64>(file.size());
    for (quint64 at = 24; at + 16 <= size;) {
        quint32 captured = 0;
        quint32 wire = 0;
        std::memcpy(&captured, data + at + 8, 4);
        std::memcpy(&wire, data + at + 12, 4);
        const uchar* ip = data + at + 16;
        at += 16 + captured;
        if (at > size || captured != wire || captured < 40 || (ip[0] >> 4) != 4) {
            check.consistent = false;
            break;
        }
        const uchar* tcp = ip + 20;
        if (bigEndian16(tcp + 2) != serverPort) continue;
        const quint32 offset = 20 + (tcp[12] >> 4) * 4u;
        const quint64 payload = captured - offset;
        ++check.records;
        if (check.payloadBytes + payload > static_cast<quint64>(sent.size()) ||
            std::memcmp(ip + offset, expected + check.payloadBytes, payload) != 0)
            check.consistent = false;
        check.payloadBytes += payload;
    }
    return check;
}

// Reads the capture back: "time<TAB>dir<TAB>peer<TAB>conn<TAB>size<TAB>real<TAB>hex" per record.
CaptureCheck checkCapture(const QString& path) {
    CaptureCheck check;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {0, 0, false};
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (line.startsWith('#')) continue;
        const QList<QByteArray> fields = line.trimmed().split('\t');
        if (fields.size() < 7 || fields[1] != "in") continue;
        const quint64 size = fields[4].toULongLong();
        ++check.records;
        check.payloadBytes += size;
        if (static_cast<quint64>(fields[6].size()) != 2 * size) check.consistent = false;
    }
    return check;
}

// VmRSS of this process in MB (Linux), or -1.
double residentMb() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:")) return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    return -1;
}

/// This thread's time on a CPU and time ready but waiting for one, in ms (/proc/thread-self/schedstat).
struct SchedTimes {
    double runMs = 0;
    double waitMs = 0;
};
SchedTimes schedTimes() {
    QFile stat(u"/proc/thread-self/schedstat"_s);
    if (!stat.open(QIODevice::ReadOnly)) return {};
    const QList<QByteArray> fields = stat.readAll().trimmed().split(' ');
    return {fields.value(0).toDouble() / 1e6, fields.value(1).toDouble() / 1e6};
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption fileOption(u"file"_s, u"The file the client sends."_s, u"PATH"_s);
    const QCommandLineOption captureOption(u"capture"_s, u"The server tab's capture file."_s, u"PATH"_s);
    const QCommandLineOption timeoutOption(u"timeout"_s, u"Seconds before giving up."_s, u"S"_s, u"120"_s);
    parser.addOptions({fileOption, captureOption, timeoutOption});
    parser.process(app);
    const QString path = parser.value(fileOption);
    const auto size = static_cast<quint64>(QFileInfo(path).size());

    netcore_qt::SessionHub hub;
    MainWindow window(u"bench"_s, hub, MainWindowOptions{.rememberTabs = false, .tabFactory = {}});
    window.resize(1200, 800);
    window.show();

    TabSpec serverSpec;
    serverSpec.kind = TabKind::TcpServer;
    serverSpec.port = 0;
    auto* server = qobject_cast<TcpServerTab*>(window.openTab(serverSpec));
    QString captureError;
    const bool capturing = !parser.value(captureOption).isEmpty(); // empty: the figure without capture
    if (server == nullptr ||
        (capturing && !server->trafficView()->startCapture(parser.value(captureOption), &captureError))) {
        std::fprintf(stderr, "capture: %s\n", qUtf8Printable(captureError));
        return 1;
    }
    const QString local = server->stats().local;
    TabSpec clientSpec;
    clientSpec.kind = TabKind::TcpClient;
    clientSpec.port = static_cast<quint16>(local.section(u':', -1).toUInt());
    auto* client = qobject_cast<TcpClientTab*>(window.openTab(clientSpec));
    // The server tab in front: its traffic view is the one that paints while the bytes arrive.
    window.setCurrentTab(0);

    LoopLagMonitor lag;
    QElapsedTimer clock;
    double seconds = 0;
    SchedTimes schedAtStart;
    QObject::connect(client, &TcpClientTab::stateChanged, client, [&](TcpClientTab::State state) {
        if (state != TcpClientTab::State::Connected || clock.isValid()) return;
        clock.start();
        schedAtStart = schedTimes();
        client->sendFile(path);
    });
    QObject::connect(server, &SessionTab::statsChanged, server, [&] {
        if (seconds == 0 && server->stats().rxBytes >= size) {
            seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
            QCoreApplication::quit();
        }
    });
    QTimer::singleShot(parser.value(timeoutOption).toInt() * 1000, &window,
                       [] { QCoreApplication::exit(3); });
    const int status = QApplication::exec();
    const SchedTimes schedAtEnd = schedTimes();
    server->trafficView()->stopCapture(); // returns when the capture file holds every record
    if (capturing && seconds > 0) seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;

    const TabStats stats = server->stats();
    const double rssMb = residentMb(); // both tabs' traffic views still hold their rows
    const LoopLagMonitor::Summary loopLag = lag.summary();
    client->stop();
    const QString capturePath = parser.value(captureOption);
    CaptureCheck capture;
    if (capturing && TrafficCapture::formatFor(capturePath) == TrafficCapture::Format::Pcap)
        capture = checkPcap(capturePath, path, clientSpec.port);
    else if (capturing)
        capture = checkCapture(capturePath);
    const QJsonObject result{{u"bytes"_s, static_cast<double>(size)},
                             {u"seconds"_s, seconds},
                             {u"mbps"_s, seconds > 0 ? static_cast<double>(size) / seconds / 1e6 : 0.0},
                             {u"server_rx_bytes"_s, static_cast<double>(stats.rxBytes)},
                             {u"server_rx_msgs"_s, static_cast<double>(stats.rxMessages)},
                             {u"capture_records"_s, static_cast<double>(capture.records)},
                             {u"capture_bytes"_s, static_cast<double>(capture.payloadBytes)},
                             {u"capture_consistent"_s, capture.consistent},
                             {u"loop_lag_ms_p99"_s, loopLag.p99Ms},
                             {u"loop_lag_ms_max"_s, loopLag.maxMs},
                             {u"rss_mb"_s, rssMb},
                             {u"gui_run_ms"_s, schedAtEnd.runMs - schedAtStart.runMs},
                             {u"gui_wait_ms"_s, schedAtEnd.waitMs - schedAtStart.waitMs},
                             {u"status"_s, status}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return status;
}
