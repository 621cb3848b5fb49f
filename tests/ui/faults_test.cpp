// Faults as the TCP client tab meets them, over real loopback sockets: a server that never reads.
// The GUI thread must stay live (a probe timer keeps its pace), the tab must say what is happening
// (non-blocking: "send would block", bytes waiting; blocking: "blocked in sendall()", Cancel), and
// the bytes must add up: the tab's counter, the capture file and the peer's count agree, byte for
// byte. The peer is a plain netcore socket read from the test with bounded waits, no sleeps.

#include "loopback_listener.h"
#include "ui/blocking_badge.h"
#include "ui/error_model.h"
#include "ui/error_panel.h"
#include "ui/tcp_client_tab.h"
#include "ui/traffic_view.h"

#include "netcore/socket.h"
#include "netcore_qt/session_hub.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 20000;

QByteArray pattern(qsizetype size) {
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = static_cast<char>(i % 251);
    return out;
}

// The peer finally reads: everything until EOF (or the bound), turning the event loop between short
// waits so the tab's events keep flowing.
QByteArray readToEof(netcore::Socket& socket) {
    QByteArray all;
    std::vector<std::byte> buffer(256 * 1024);
    QDeadlineTimer deadline(kWaitMs);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents();
        auto ready = socket.wait(netcore::Readable | netcore::Failed, 10ms);
        if (!ready || *ready == netcore::NotReady) continue;
        auto got = socket.recv(buffer);
        if (!got || *got == 0) break;
        all.append(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(*got));
    }
    return all;
}

// The capture file's "out" payloads, joined: what the file says went to the peer.
QByteArray capturedOut(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return "<no capture file>"_ba;
    QByteArray out;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().chopped(1);
        if (line.startsWith('#')) continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() == 7 && fields[1] == "out") out += QByteArray::fromHex(fields[6]);
    }
    return out;
}

QStringList errorNames(const TcpClientTab& tab) {
    const ErrorModel* model = tab.errorPanel()->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(QString::fromLatin1(errorCodeName(model->errorAt(row)->code)));
    return names;
}

// Counts the GUI thread's timer ticks and the longest gap between two: a frozen event loop shows as
// a gap as long as the freeze.
class LoopProbe {
public:
    LoopProbe() {
        m_timer.setInterval(20);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] {
            const qint64 now = m_clock.elapsed();
            m_maxGap = std::max(m_maxGap, now - m_last);
            m_last = now;
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start();
    }
    [[nodiscard]] int ticks() const { return m_ticks; }
    [[nodiscard]] qint64 maxGapMs() const { return m_maxGap; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
    int m_ticks = 0;
};

struct Client {
    netcore_qt::SessionHub hub; // first: outlives the tab
    QWidget window;
    TcpClientTab* tab;
    QTemporaryDir dir;
    QString capturePath;

    explicit Client(quint16 port, netcore::BlockingMode mode) {
        TabSpec spec;
        spec.kind = TabKind::TcpClient;
        spec.host = u"127.0.0.1"_s;
        spec.port = port;
        spec.autoStart = false;
        tab = new TcpClientTab(spec, hub, &window);
        tab->resize(1000, 700);
        window.resize(1000, 700);
        window.show();
        capturePath = dir.filePath(u"capture.tsv"_s);
        QString error;
        if (!tab->trafficView()->startCapture(capturePath, &error)) qFatal("capture: %s", qPrintable(error));
        tab->setMode(mode);
        tab->start();
    }
};

} // namespace

class FaultsTest : public QObject {
    Q_OBJECT

private slots:
    void nonBlockingSendToAPeerThatNeverReads();
    void blockingSendToAPeerThatNeverReadsIsCancelled();
};

void FaultsTest::nonBlockingSendToAPeerThatNeverReads() {
    LoopbackListener listener = listenOnLoopback();
    Client client(listener.port, netcore::BlockingMode::nonBlocking());
    TcpClientTab& tab = *client.tab;
    QTRY_COMPARE_WITH_TIMEOUT(tab.state(), TcpClientTab::State::Connected, kWaitMs);
    netcore::Socket peer = acceptFrom(listener);

    const QByteArray data = pattern(16 * 1024 * 1024); // more than both socket buffers hold
    LoopProbe probe;
    tab.sendBytes(data);
    // The socket took what fit; the tab says the rest waits, and the thread is free.
    QTRY_VERIFY_WITH_TIMEOUT(tab.badge()->sendBacklog() > 0, kWaitMs);
    QVERIFY2(tab.badge()->text().contains(u"send would block"_s), qPrintable(tab.badge()->text()));
    QVERIFY(!tab.badge()->isBlocked());
    const int ticks = probe.ticks();
    QTRY_VERIFY_WITH_TIMEOUT(probe.ticks() >= ticks + 25, kWaitMs); // half a second of live loop
    QVERIFY2(probe.maxGapMs() < 1500, qPrintable(u"the GUI froze for %1 ms"_s.arg(probe.maxGapMs())));
    qInfo("non-blocking: %lld bytes waiting, longest GUI gap %lld ms", qlonglong(tab.badge()->sendBacklog()),
          probe.maxGapMs());
    QVERIFY(tab.badge()->sendBacklog() > 0); // still stuck: the peer has not read
    QCOMPARE(tab.stats().txBytes + tab.badge()->sendBacklog(), quint64(data.size()));
    QCOMPARE(tab.stats().errors, 0u); // a full buffer is a state, not an error

    // The peer reads: everything arrives once, and every count agrees with it.
    QByteArray received;
    {
        QByteArray chunk;
        QDeadlineTimer deadline(kWaitMs);
        std::vector<std::byte> buffer(256 * 1024);
        if (auto timeout = peer.setTimeout(0.05s); !timeout) QFAIL("settimeout");
        while (received.size() < data.size() && !deadline.hasExpired()) {
            QCoreApplication::processEvents();
            auto got = peer.recv(buffer);
            if (got && *got > 0)
                received.append(reinterpret_cast<const char*>(buffer.data()), qsizetype(*got));
        }
    }
    QCOMPARE(received.size(), data.size());
    QVERIFY(received == data);
    QTRY_COMPARE_WITH_TIMEOUT(tab.stats().txBytes, quint64(data.size()), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(tab.badge()->sendBacklog(), 0u, kWaitMs);
    QCOMPARE(tab.badge()->text(), u"non-blocking"_s);
    tab.closeConnection();
    QCOMPARE(readToEof(peer), QByteArray()); // nothing more than what was counted
    tab.trafficView()->stopCapture();
    const QByteArray captured = capturedOut(client.capturePath);
    QCOMPARE(captured.size(), data.size());
    QVERIFY(captured == data);
}

void FaultsTest::blockingSendToAPeerThatNeverReadsIsCancelled() {
    LoopbackListener listener = listenOnLoopback();
    Client client(listener.port, netcore::BlockingMode::blocking());
    TcpClientTab& tab = *client.tab;
    QTRY_COMPARE_WITH_TIMEOUT(tab.state(), TcpClientTab::State::Connected, kWaitMs);
    netcore::Socket peer = acceptFrom(listener);

    const QByteArray data = pattern(64 * 1024 * 1024);
    LoopProbe probe;
    tab.sendBytes(data);
    QTRY_VERIFY_WITH_TIMEOUT(tab.badge()->text().startsWith(u"blocked in sendall() for"_s), kWaitMs);
    const int ticks = probe.ticks();
    QTRY_VERIFY_WITH_TIMEOUT(probe.ticks() >= ticks + 25, kWaitMs); // the worker blocks, not the GUI
    QVERIFY(tab.badge()->isBlocked());
    QVERIFY2(probe.maxGapMs() < 1500, qPrintable(u"the GUI froze for %1 ms"_s.arg(probe.maxGapMs())));
    qInfo("blocking: longest GUI gap %lld ms while blocked in sendall()", probe.maxGapMs());

    auto* cancel = tab.badge()->findChild<QToolButton*>(u"blockingBadgeCancel"_s);
    QVERIFY(cancel->isVisible());
    cancel->click();
    QTRY_VERIFY_WITH_TIMEOUT(!tab.badge()->isBlocked(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(errorNames(tab).contains(u"Cancelled"_s), kWaitMs);
    const quint64 sent = tab.stats().txBytes;
    QVERIFY(sent > 0);
    QVERIFY(sent < quint64(data.size()));
    QCOMPARE(tab.state(), TcpClientTab::State::Connected); // a cancelled wait leaves the socket usable

    // What was in flight arrives, then EOF: exactly the counted bytes, as the capture file says.
    tab.closeConnection();
    const QByteArray received = readToEof(peer);
    QCOMPARE(quint64(received.size()), sent);
    QVERIFY(received == data.left(received.size()));
    tab.trafficView()->stopCapture();
    const QByteArray captured = capturedOut(client.capturePath);
    QCOMPARE(quint64(captured.size()), sent);
    QVERIFY(captured == received);
}

QTEST_MAIN(FaultsTest)
#include "faults_test.moc"
