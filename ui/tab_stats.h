#pragma once

#include <QString>

/// A tab's exact counters, as `--stats` writes them and the status bar sums them.
struct TabStats {
    QString name;
    QString kind;  ///< "tcp-server", "tcp-client"
    QString local; ///< bound / local address, empty when not started
    quint64 rxBytes = 0;
    quint64 txBytes = 0;
    quint64 rxMessages = 0;  ///< recv() chunks (streams) or datagrams
    quint64 txMessages = 0;  ///< send() calls that moved bytes
    quint64 connections = 0; ///< open now
    quint64 errors = 0;
};
