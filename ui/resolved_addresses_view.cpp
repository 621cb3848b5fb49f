#include "ui/resolved_addresses_view.h"

#include <QHBoxLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

ResolvedAddressesView::ResolvedAddressesView(QWidget* parent) : QWidget(parent) {
    setObjectName(u"resolvedAddresses"_s);
    m_heading = new QLabel(tr("Resolved:"), this);
    m_heading->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setObjectName(u"resolvedAddressesText"_s);
    // The host is typed by the user and the addresses come from DNS: never markup.
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Ignored horizontally: a long list wraps instead of widening the tab.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    setToolTip(tr("Every address getaddrinfo() returned, in its order. connect() tries them one after "
                  "another until one answers; the one that answered is marked \"used\"."));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_text, 1);
    refresh();
}

ResolvedAddressesView::~ResolvedAddressesView() = default;

void ResolvedAddressesView::lookupStarted(const QString& host) {
    m_host = host;
    m_entries.clear();
    m_lookupProblem.clear();
    m_milliseconds = -1;
    m_numeric = false;
    refresh();
}

void ResolvedAddressesView::setResult(const netcore::ResolveResult& result, qint64 milliseconds) {
    m_entries.clear();
    for (const auto& resolved : result.addresses)
        m_entries.append(Entry{resolved.address, State::NotTried, {}});
    // connect() starts with the first address at once.
    if (!m_entries.isEmpty()) m_entries.first().state = State::Trying;
    m_milliseconds = milliseconds;
    m_numeric = result.numericFastPath;
    refresh();
}

void ResolvedAddressesView::setLookupFailed(const QString& reason) {
    m_entries.clear();
    m_lookupProblem = reason;
    refresh();
}

void ResolvedAddressesView::attemptFailed(const QString& reason) {
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].state != State::Trying) continue;
        m_entries[i].state = State::Failed;
        m_entries[i].failure = reason;
        if (i + 1 < m_entries.size()) m_entries[i + 1].state = State::Trying;
        break;
    }
    refresh();
}

void ResolvedAddressesView::markUsed(const netcore::Address& peer) {
    for (auto& entry : m_entries) {
        if (entry.address == peer) {
            entry.state = State::Used;
        } else if (entry.state == State::Trying) {
            // Attempts are counted from error events; the peer is the authority on which answered.
            entry.state = State::NotTried;
        }
    }
    refresh();
}

void ResolvedAddressesView::clear() {
    m_host.clear();
    m_entries.clear();
    m_lookupProblem.clear();
    m_milliseconds = -1;
    m_numeric = false;
    refresh();
}

int ResolvedAddressesView::usedIndex() const {
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].state == State::Used) return static_cast<int>(i);
    return -1;
}

QString ResolvedAddressesView::text() const {
    return m_text->text();
}

QString ResolvedAddressesView::entryText(int index) const {
    const Entry& entry = m_entries[index];
    const QString address = QString::fromStdString(entry.address.toString());
    // One arg() call per string: a chained arg() would substitute into what the previous one inserted.
    const QString number = QString::number(index + 1);
    switch (entry.state) {
    case State::NotTried:
        return tr("%1. %2").arg(number, address);
    case State::Trying:
        return tr("%1. %2 (trying…)").arg(number, address);
    case State::Failed:
        return tr("%1. %2 (failed: %3)").arg(number, address, entry.failure);
    case State::Used:
        break;
    }
    return tr("%1. %2 \u2714 used").arg(number, address);
}

void ResolvedAddressesView::refresh() {
    QString text;
    if (m_host.isEmpty()) {
        text = tr("nothing looked up yet");
    } else if (!m_lookupProblem.isEmpty()) {
        text = tr("%1: lookup failed: %2").arg(m_host, m_lookupProblem);
    } else if (m_milliseconds < 0) {
        text = tr("looking up %1…").arg(m_host);
    } else {
        QStringList items;
        for (qsizetype i = 0; i < m_entries.size(); ++i)
            items.append(entryText(static_cast<int>(i)));
        const QString list = items.join(u"   "_s);
        // The list shows the count; no plural form to translate.
        if (m_numeric)
            text = tr("%1 is a numeric address, no lookup needed: %2").arg(m_host, list);
        else
            text = tr("%1, looked up in %2 ms: %3").arg(m_host, QString::number(m_milliseconds), list);
    }
    m_text->setText(text);
}
