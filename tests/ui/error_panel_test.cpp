#include "ui/error_model.h"
#include "ui/error_panel.h"
#include "ui/inline_error_label.h"

#include "netcore/explanation.h"
#include "netcore/net_error.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <algorithm>
#include <cerrno>
#include <string>
#include <vector>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(netcore::NetError)

class ErrorPanelTest : public QObject {
    Q_OBJECT

private slots:
    void modelShowsTheError_data();
    void modelShowsTheError();
    void detailExplainsTheSelectedError_data();
    void detailExplainsTheSelectedError();
    void markupIsShownLiterally();
    void modelIsBoundedButCountsEverything();
    void aBatchIsOneInsertion_data();
    void aBatchIsOneInsertion();
    void followsTheNewestUnlessTheUserLooksElsewhere();
    void inlineLabelSummarisesAndDismisses_data();
    void inlineLabelSummarisesAndDismisses();
    void inlineTintFollowsThePalette();
};

namespace {

constexpr qint64 kTime = 1'700'000'000'000; // a fixed instant: the text must not depend on "now"

QString title(const netcore::NetError& error) {
    return QString::fromUtf8(error.explanation().title.data(),
                             static_cast<qsizetype>(error.explanation().title.size()));
}

QString firstLine(std::string_view lines) {
    const QString text = QString::fromUtf8(lines.data(), static_cast<qsizetype>(lines.size()));
    return text.section(u'\n', 0, 0);
}

void addErrorRows() {
    QTest::addColumn<netcore::NetError>("error");
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("errorText");
    QTest::newRow("refused") << netcore::NetError::fromNative(ECONNREFUSED, "connect", "127.0.0.1:9")
                             << u"connect(127.0.0.1:9)"_s << u"ECONNREFUSED (%1)"_s.arg(ECONNREFUSED);
    QTest::newRow("in use") << netcore::NetError::fromNative(EADDRINUSE, "bind", "0.0.0.0:8080")
                            << u"bind(0.0.0.0:8080)"_s << u"EADDRINUSE (%1)"_s.arg(EADDRINUSE);
    QTest::newRow("timeout") << netcore::NetError::make(netcore::ErrorCode::Timeout, "recv", "4096")
                             << u"recv(4096)"_s << u"timed out"_s;
    QTest::newRow("control characters escaped")
        << netcore::NetError::fromNative(ECONNRESET, "send", "line\nbreak") << u"send(line\\nbreak)"_s
        << u"ECONNRESET (%1)"_s.arg(ECONNRESET);
}

} // namespace

void ErrorPanelTest::modelShowsTheError_data() {
    addErrorRows();
}

void ErrorPanelTest::modelShowsTheError() {
    QFETCH(netcore::NetError, error);
    QFETCH(QString, call);
    QFETCH(QString, errorText);

    ErrorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(kTime, error);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(ErrorModel::ColumnCount));
    QCOMPARE(model.index(0, ErrorModel::CallColumn).data().toString(), call);
    QCOMPARE(model.index(0, ErrorModel::ErrorColumn).data().toString(), errorText);
    QCOMPARE(model.index(0, ErrorModel::MessageColumn).data().toString(),
             QString::fromStdString(error.osMessage));
    QVERIFY(!model.index(0, ErrorModel::MessageColumn).data().toString().isEmpty());
    QCOMPARE(model.index(0, ErrorModel::ExplanationColumn).data().toString(), title(error));
    QVERIFY(model.index(0, ErrorModel::TimeColumn).data().toString().contains(u':'));
    QCOMPARE(model.headerData(ErrorModel::CallColumn, Qt::Horizontal).toString(), u"Call"_s);
}

void ErrorPanelTest::detailExplainsTheSelectedError_data() {
    addErrorRows();
}

void ErrorPanelTest::detailExplainsTheSelectedError() {
    QFETCH(netcore::NetError, error);
    QFETCH(QString, call);
    QFETCH(QString, errorText);

    ErrorPanel panel;
    panel.resize(800, 600);
    panel.show();
    panel.append(kTime, netcore::NetError::make(netcore::ErrorCode::Cancelled, "accept", "")); // an older one
    panel.append(kTime + 1, error);
    QCOMPARE(panel.currentRow(), 1);

    const auto* headline = panel.findChild<QLabel*>(u"errorHeadline"_s);
    const auto* summary = panel.findChild<QLabel*>(u"errorSummary"_s);
    const auto* explanation = panel.findChild<QLabel*>(u"errorExplanation"_s);
    const auto* causes = panel.findChild<QLabel*>(u"errorCauses"_s);
    const auto* tryThis = panel.findChild<QLabel*>(u"errorTryThis"_s);
    QVERIFY(headline && summary && explanation && causes && tryThis);

    const netcore::Explanation& entry = error.explanation();
    QCOMPARE(headline->text(), title(error));
    QVERIFY2(summary->text().contains(call), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(errorText), qPrintable(summary->text()));
    QCOMPARE(explanation->text(),
             QString::fromUtf8(entry.explanation.data(), static_cast<qsizetype>(entry.explanation.size())));
    QVERIFY(causes->isVisible());
    QVERIFY(causes->text().startsWith(u"\u2022 "_s));
    QVERIFY(causes->text().contains(firstLine(entry.causes)));
    QVERIFY(tryThis->isVisible());
    QVERIFY(tryThis->text().contains(firstLine(entry.tryThis)));
    const auto* note = panel.findChild<QLabel*>(u"errorPlatformNote"_s);
    QCOMPARE(note->isVisible(), !entry.platformNote.empty());

    // Selecting the older row shows it instead.
    panel.selectRow(0);
    QCOMPARE(headline->text(), title(*panel.model()->errorAt(0)));
}

void ErrorPanelTest::markupIsShownLiterally() {
    // A peer-chosen name or message could carry markup; it must read as the characters it is.
    auto error = netcore::NetError::fromNative(ECONNREFUSED, "connect", "<b>x</b>:9");
    error.osMessage = "<img src=x> refused";
    ErrorPanel panel;
    panel.show();
    panel.append(kTime, error);
    const auto labels = panel.findChildren<QLabel*>();
    QVERIFY(!labels.isEmpty());
    for (const QLabel* label : labels)
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    const auto* summary = panel.findChild<QLabel*>(u"errorSummary"_s);
    QVERIFY2(summary->text().contains(u"<b>x</b>"_s), qPrintable(summary->text()));
    QVERIFY(summary->text().contains(u"<img src=x>"_s));
    QCOMPARE(panel.model()->index(0, ErrorModel::CallColumn).data().toString(), u"connect(<b>x</b>:9)"_s);

    InlineErrorLabel inlineLabel;
    inlineLabel.resize(2000, 30);
    inlineLabel.setError(error);
    const auto* text = inlineLabel.findChild<QLabel*>(u"inlineErrorText"_s);
    QVERIFY(text);
    QCOMPARE(text->textFormat(), Qt::PlainText);
    QVERIFY(inlineLabel.text().contains(u"<b>x</b>"_s));
    // The tooltip is rich text by Qt's nature: its content must arrive escaped.
    QVERIFY(!inlineLabel.toolTip().contains(u"<b>x</b>"_s));
}

void ErrorPanelTest::modelIsBoundedButCountsEverything() {
    ErrorModel model(nullptr, 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy total(&model, &ErrorModel::totalCountChanged);
    for (int i = 0; i < 5; ++i)
        model.append(kTime + i, netcore::NetError::fromNative(ECONNREFUSED, "connect",
                                                              "127.0.0.1:" + std::to_string(i)));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.totalCount(), 5);
    QCOMPARE(total.count(), 5);
    QCOMPARE(model.index(0, ErrorModel::CallColumn).data().toString(), u"connect(127.0.0.1:2)"_s);
    QCOMPARE(model.timeAt(2), kTime + 4);
    QVERIFY(model.errorAt(3) == nullptr);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 5);
}

void ErrorPanelTest::aBatchIsOneInsertion_data() {
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("before"); // rows already there
    QTest::addColumn<int>("batch");
    QTest::newRow("a few into an empty panel") << 100 << 0 << 5;
    QTest::newRow("a reset storm: 10,000 connections") << 10'000 << 0 << 10'000;
    QTest::newRow("drops the oldest rows to make room") << 100 << 80 << 50;
    QTest::newRow("more than the capacity at once") << 100 << 30 << 250;
}

// 10,000 clients resetting at once arrive as one batch of errors; shown one by one (an insertion,
// a selection, a scroll and an elided label each) they froze the GUI for 2 s (docs/PERFORMANCE.md).
void ErrorPanelTest::aBatchIsOneInsertion() {
    QFETCH(int, capacity);
    QFETCH(int, before);
    QFETCH(int, batch);
    ErrorModel model(nullptr, capacity);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < before; ++i)
        model.append(kTime, netcore::NetError::fromNative(ECONNREFUSED, "connect", "127.0.0.1:9"));
    std::vector<netcore::NetError> errors;
    for (int i = 0; i < batch; ++i)
        errors.push_back(netcore::NetError::fromNative(ECONNRESET, "recv", std::to_string(i)));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy total(&model, &ErrorModel::totalCountChanged);
    model.append(kTime + 1, errors);

    QCOMPARE(inserted.count(), 1);
    QVERIFY(removed.count() <= 1);
    QCOMPARE(total.count(), 1);
    QCOMPARE(model.totalCount(), qint64(before + batch));
    QCOMPARE(model.rowCount(), std::min(capacity, before + batch));
    // The newest is last, with its own arguments: nothing reordered or repeated.
    const QModelIndex last = model.index(model.rowCount() - 1, ErrorModel::CallColumn);
    QVERIFY2(last.data().toString().contains(QString::number(batch - 1)), qPrintable(last.data().toString()));
}

void ErrorPanelTest::followsTheNewestUnlessTheUserLooksElsewhere() {
    ErrorPanel panel;
    panel.show();
    for (int i = 0; i < 3; ++i)
        panel.append(kTime + i, netcore::NetError::fromNative(ECONNRESET, "recv", "1024"));
    QCOMPARE(panel.currentRow(), 2);
    panel.selectRow(0);
    panel.append(kTime + 3, netcore::NetError::fromNative(ECONNRESET, "recv", "1024"));
    QCOMPARE(panel.currentRow(), 0);
    const auto* count = panel.findChild<QLabel*>(u"errorCount"_s);
    QVERIFY2(count->text().contains(u'4'), qPrintable(count->text()));
}

void ErrorPanelTest::inlineLabelSummarisesAndDismisses_data() {
    QTest::addColumn<netcore::NetError>("error");
    QTest::addColumn<QString>("expected");
    QTest::newRow("refused") << netcore::NetError::fromNative(ECONNREFUSED, "connect", "127.0.0.1:9")
                             << u"connect(127.0.0.1:9) failed: ECONNREFUSED — Connection refused"_s;
    QTest::newRow("timeout") << netcore::NetError::make(netcore::ErrorCode::Timeout, "recv", "1024")
                             << u"recv(1024) failed: timed out"_s;
}

void ErrorPanelTest::inlineLabelSummarisesAndDismisses() {
    QFETCH(netcore::NetError, error);
    QFETCH(QString, expected);
    QWidget window;
    auto* label = new InlineErrorLabel(&window);
    window.resize(900, 40);
    label->resize(900, 40);
    window.show();
    QVERIFY(!label->isVisible());
    label->setError(error);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), expected);
    QVERIFY(label->toolTip().contains(u"What to try"_s));

    QSignalSpy open(label, &InlineErrorLabel::openPanelRequested);
    QSignalSpy dismissed(label, &InlineErrorLabel::dismissed);
    label->findChild<QToolButton*>(u"inlineErrorDetails"_s)->click();
    QCOMPARE(open.count(), 1);
    label->findChild<QToolButton*>(u"inlineErrorDismiss"_s)->click();
    QCOMPARE(dismissed.count(), 1);
    QVERIFY(!label->isVisible());
    QVERIFY(!label->hasError());
}

void ErrorPanelTest::inlineTintFollowsThePalette() {
    InlineErrorLabel label;
    QPalette light;
    light.setColor(QPalette::Window, QColor(240, 240, 240));
    label.setPalette(light);
    const QColor lightTint = label.tintColor();
    QVERIFY(lightTint.lightnessF() > 0.5f);
    QVERIFY(lightTint.red() > lightTint.green());

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(30, 30, 30));
    label.setPalette(dark);
    const QColor darkTint = label.tintColor();
    QVERIFY(darkTint.lightnessF() < 0.5f);
    QVERIFY(darkTint.red() > darkTint.green());
}

QTEST_MAIN(ErrorPanelTest)
#include "error_panel_test.moc"
