#pragma once

#include "netcore/address.h"
#include "netcore/resolve.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;

// What getaddrinfo() answered for a client's host, in the resolver's order, and what became of each
// address: connect() tries them one after another until one answers, so "localhost" may fail on ::1
// and connect on 127.0.0.1. One line of plain text (the host is typed by the user, but nothing here
// is ever interpreted as markup), wrapped when the list is long.
class ResolvedAddressesView : public QWidget {
    Q_OBJECT

public:
    enum class State { NotTried, Trying, Failed, Used };
    struct Entry {
        netcore::Address address;
        State state = State::NotTried;
        QString failure; // why connect() to it failed: "ECONNREFUSED"
    };

    explicit ResolvedAddressesView(QWidget* parent = nullptr);
    ~ResolvedAddressesView() override;

    // A lookup of `host` has begun: the previous result is gone.
    void lookupStarted(const QString& host);
    void setResult(const netcore::ResolveResult& result, qint64 milliseconds);
    void setLookupFailed(const QString& reason);
    // The address being tried failed (connect attempts are reported in the resolver's order).
    void attemptFailed(const QString& reason);
    // The Connected event's peer: the address that answered.
    void markUsed(const netcore::Address& peer);
    void clear();

    [[nodiscard]] const QList<Entry>& entries() const { return m_entries; }
    // -1 until an address answered.
    [[nodiscard]] int usedIndex() const;
    [[nodiscard]] bool numericHost() const { return m_numeric; }
    [[nodiscard]] QString text() const;

private:
    void refresh();
    [[nodiscard]] QString entryText(int index) const;

    QLabel* m_heading = nullptr;
    QLabel* m_text = nullptr;
    QString m_host;
    QString m_lookupProblem;
    QList<Entry> m_entries;
    qint64 m_milliseconds = -1; // -1: no answer yet
    bool m_numeric = false;
};
