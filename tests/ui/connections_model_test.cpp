#include "ui/connections_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using State = ConnectionsModel::State;
Q_DECLARE_METATYPE(ConnectionsModel::State)

class ConnectionsModelTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsRowsKeyedById();
    void countersBatchIntoOneDataChanged();
    void statesAreShown_data();
    void statesAreShown();
    void closedRowsStayGreyedUntilCleared();
    void removeKeepsTheIndexConsistent();
    void reusedIdReplacesTheRow();
    void openCountFollowsEveryChange();

private:
    ConnectionsModel* m_model = nullptr;
    QAbstractItemModelTester* m_tester = nullptr;
};

namespace {

const QDateTime kSince = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000);

} // namespace

void ConnectionsModelTest::init() {
    m_model = new ConnectionsModel;
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void ConnectionsModelTest::cleanup() {
    delete m_tester;
    delete m_model;
}

void ConnectionsModelTest::addsRowsKeyedById() {
    m_model->addConnection(7, u"127.0.0.1:50001"_s, kSince);
    m_model->addConnection(9, u"[::1]:50002"_s, kSince.addSecs(1));
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->columnCount(), int(ConnectionsModel::ColumnCount));
    QCOMPARE(m_model->connectionAt(0), std::optional<quint64>(7));
    QCOMPARE(m_model->connectionAt(1), std::optional<quint64>(9));
    QCOMPARE(m_model->connectionAt(2), std::nullopt);
    QCOMPARE(m_model->connectionAt(-1), std::nullopt);
    QCOMPARE(m_model->rowOf(9), 1);
    QCOMPARE(m_model->index(1, ConnectionsModel::PeerColumn).data().toString(), u"[::1]:50002"_s);
    QCOMPARE(m_model->index(0, ConnectionsModel::BytesInColumn).data().toString(), u"0"_s);
    QCOMPARE(m_model->index(0, ConnectionsModel::StateColumn).data().toString(), u"Connected"_s);
    QCOMPARE(m_model->index(0, ConnectionsModel::SinceColumn).data(ConnectionsModel::SortRole).toDateTime(),
             kSince);
    QVERIFY(!m_model->index(0, ConnectionsModel::SinceColumn).data().toString().isEmpty());
    QCOMPARE(m_model->openCount(), 2);
}

void ConnectionsModelTest::countersBatchIntoOneDataChanged() {
    for (quint64 id = 1; id <= 5; ++id)
        m_model->addConnection(id, u"127.0.0.1:%1"_s.arg(50000 + id), kSince);
    QSignalSpy changed(m_model, &ConnectionsModel::dataChanged);
    m_model->updateCounters(
        {{2, 100, 10}, {4, 5'000'000'000ULL, 20}, {3, 7, 0}, {99, 1, 1} /* unknown: ignored */});
    QCOMPARE(changed.count(), 1);
    const auto topLeft = changed.at(0).at(0).toModelIndex();
    const auto bottomRight = changed.at(0).at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 3);
    QCOMPARE(topLeft.column(), int(ConnectionsModel::BytesInColumn));
    QCOMPARE(bottomRight.column(), int(ConnectionsModel::BytesOutColumn));
    QCOMPARE(
        m_model->index(3, ConnectionsModel::BytesInColumn).data(ConnectionsModel::SortRole).toULongLong(),
        5'000'000'000ULL);
    QCOMPARE(m_model->index(1, ConnectionsModel::BytesOutColumn).data().toString(), u"10"_s);

    // Nothing new: no signal at all.
    m_model->updateCounters(2, 100, 10);
    QCOMPARE(changed.count(), 1);
    m_model->updateCounters(2, 150, 10);
    QCOMPARE(changed.count(), 2);
}

void ConnectionsModelTest::statesAreShown_data() {
    QTest::addColumn<State>("state");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("greyed");
    QTest::newRow("connected") << State::Connected << u"Connected"_s << false;
    QTest::newRow("half-closed") << State::HalfClosed << u"Half-closed (we shut down write)"_s << false;
    QTest::newRow("peer closed") << State::PeerClosed << u"Peer closed (EOF)"_s << false;
    QTest::newRow("closed") << State::Closed << u"Closed"_s << true;
    QTest::newRow("reset") << State::Reset << u"Reset"_s << true;
}

void ConnectionsModelTest::statesAreShown() {
    QFETCH(State, state);
    QFETCH(QString, text);
    QFETCH(bool, greyed);
    m_model->addConnection(1, u"127.0.0.1:1"_s, kSince);
    m_model->setState(1, state);
    QCOMPARE(m_model->stateOf(1), std::optional<State>(state));
    QCOMPARE(m_model->index(0, ConnectionsModel::StateColumn).data().toString(), text);
    QCOMPARE(m_model->index(0, ConnectionsModel::PeerColumn).data(Qt::ForegroundRole).isValid(), greyed);
    QCOMPARE(m_model->openCount(), greyed ? 0 : 1);
}

void ConnectionsModelTest::closedRowsStayGreyedUntilCleared() {
    for (quint64 id = 1; id <= 6; ++id)
        m_model->addConnection(id, u"peer %1"_s.arg(id), kSince);
    m_model->setState(2, State::Closed);
    m_model->setState(3, State::Reset);
    m_model->setState(5, State::Closed);
    m_model->setState(6, State::PeerClosed);
    QCOMPARE(m_model->rowCount(), 6);
    m_model->clearClosed();
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->connectionAt(0), std::optional<quint64>(1));
    QCOMPARE(m_model->connectionAt(1), std::optional<quint64>(4));
    QCOMPARE(m_model->connectionAt(2), std::optional<quint64>(6));
    QCOMPARE(m_model->rowOf(6), 2);
    QCOMPARE(m_model->rowOf(2), -1);
    m_model->clear();
    QCOMPARE(m_model->rowCount(), 0);
}

void ConnectionsModelTest::removeKeepsTheIndexConsistent() {
    for (quint64 id = 10; id < 15; ++id)
        m_model->addConnection(id, u"peer"_s, kSince);
    m_model->removeConnection(11);
    m_model->removeConnection(99); // unknown: nothing
    QCOMPARE(m_model->rowCount(), 4);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->rowOf(*m_model->connectionAt(row)), row);
    m_model->updateCounters(14, 3, 4);
    QCOMPARE(m_model->index(3, ConnectionsModel::BytesOutColumn).data().toString(), u"4"_s);
}

void ConnectionsModelTest::reusedIdReplacesTheRow() {
    m_model->addConnection(1, u"a"_s, kSince);
    m_model->updateCounters(1, 10, 10);
    m_model->setState(1, State::Closed);
    m_model->addConnection(1, u"b"_s, kSince.addSecs(5));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->index(0, ConnectionsModel::PeerColumn).data().toString(), u"b"_s);
    QCOMPARE(m_model->index(0, ConnectionsModel::BytesInColumn).data().toString(), u"0"_s);
    QCOMPARE(m_model->stateOf(1), std::optional<State>(State::Connected));
}

// openCount() is a kept count (a server tab asks on every accept): every path that changes a row's
// state or removes rows must keep it equal to counting the rows.
void ConnectionsModelTest::openCountFollowsEveryChange() {
    const auto counted = [this] {
        int open = 0;
        for (int row = 0; row < m_model->rowCount(); ++row)
            open += ConnectionsModel::isFinished(*m_model->stateOf(*m_model->connectionAt(row))) ? 0 : 1;
        return open;
    };
    for (quint64 id = 1; id <= 5; ++id)
        m_model->addConnection(id, u"peer"_s, kSince);
    QCOMPARE(m_model->openCount(), 5);
    m_model->setState(1, State::HalfClosed); // still open
    m_model->setState(2, State::Closed);
    m_model->setState(2, State::Reset); // finished to finished: no change
    m_model->setState(3, State::Reset);
    QCOMPARE(m_model->openCount(), 3);
    QCOMPARE(m_model->openCount(), counted());
    QCOMPARE(m_model->openConnectionIds(), (QList<quint64>{1, 4, 5}));
    m_model->addConnection(2, u"again"_s, kSince); // a reused id is open again
    QCOMPARE(m_model->openCount(), 4);
    m_model->removeConnection(4);
    m_model->removeConnection(3); // a finished row: the count stays
    QCOMPARE(m_model->openCount(), 3);
    QCOMPARE(m_model->openCount(), counted());
    m_model->setState(5, State::Closed);
    m_model->clearClosed();
    QCOMPARE(m_model->openCount(), 2);
    QCOMPARE(m_model->openConnectionIds(), (QList<quint64>{1, 2}));
    m_model->clear();
    QCOMPARE(m_model->openCount(), 0);
}

QTEST_MAIN(ConnectionsModelTest)
#include "connections_model_test.moc"
