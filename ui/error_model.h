#pragma once

#include "netcore/net_error.h"

#include <QAbstractTableModel>
#include <QString>

#include <deque>
#include <span>

// Failed socket calls, newest last, for the error panel. Bounded: past capacity() the oldest rows are
// dropped, but totalCount() keeps the exact number of errors ever appended, so the panel can say
// "10,000 of 12,345 shown" instead of silently losing history.
class ErrorModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TimeColumn, CallColumn, ErrorColumn, MessageColumn, ExplanationColumn, ColumnCount };
    static constexpr int kDefaultCapacity = 10'000;

    explicit ErrorModel(QObject* parent = nullptr, int capacity = kDefaultCapacity);
    ~ErrorModel() override;

    // timeMs: milliseconds since the Unix epoch (QDateTime::currentMSecsSinceEpoch()).
    void append(qint64 timeMs, const netcore::NetError& error);
    // Several errors at once: one row insertion and one totalCountChanged (10,000 connections
    // resetting at once arrive as one batch of errors).
    void append(qint64 timeMs, std::span<const netcore::NetError> errors);
    void clear();

    [[nodiscard]] int capacity() const { return m_capacity; }
    [[nodiscard]] qint64 totalCount() const { return m_total; }
    // nullptr when row is out of range.
    [[nodiscard]] const netcore::NetError* errorAt(int row) const;
    [[nodiscard]] qint64 timeAt(int row) const;

    // Shared by the panel and the inline label so all three show an error the same way.
    // Text that may hold peer-chosen bytes (arguments, messages) comes back with control
    // characters escaped, ready for a plain-text widget.
    [[nodiscard]] static QString callText(const netcore::NetError& error);
    // "ECONNREFUSED (111)"; for netcore's own errors a short word: "timed out", "cancelled".
    [[nodiscard]] static QString errorText(const netcore::NetError& error);
    // The native name alone ("ECONNREFUSED"), or errorText() when there is none.
    [[nodiscard]] static QString shortErrorText(const netcore::NetError& error);
    // netcore's own message translated (NetcoreText::message), or the OS's message.
    [[nodiscard]] static QString messageText(const netcore::NetError& error);
    // The explanation table's English text, translated in the "netcore" context.
    [[nodiscard]] static QString translated(std::string_view english);
    // Escapes control characters (and invalid UTF-8) so the text is safe and one-line-able.
    [[nodiscard]] static QString displayText(std::string_view raw);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

signals:
    void totalCountChanged(qint64 total);

private:
    struct Entry {
        qint64 timeMs = 0;
        netcore::NetError error;
        // Converted once on append: data() runs on every repaint.
        QString time;
        QString call;
        QString errorText;
        QString message;
        QString title;
    };

    int m_capacity;
    qint64 m_total = 0;
    std::deque<Entry> m_entries;
};
