#pragma once

#include "netcore/address.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <expected>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

// Host and port of a server's bind address or a client's destination, checked as they are typed.
// A server takes numeric hosts only (bind() does not resolve) and says plainly when its address is
// open to the network (0.0.0.0, ::, or an interface address). A client may name a host: only the
// syntax is checked here; nothing is looked up while typing.
class EndpointEditor : public QWidget {
    Q_OBJECT

public:
    enum class Role { Server, Client };

    explicit EndpointEditor(Role role, QWidget* parent = nullptr);
    ~EndpointEditor() override;

    void setRole(Role role);
    [[nodiscard]] Role role() const { return m_role; }

    // The host without brackets or surrounding spaces; nullopt when the host is not valid.
    [[nodiscard]] std::optional<QString> host() const;
    // 0 when the port is not valid (check isValid()); for a server 0 also means "any free port".
    [[nodiscard]] quint16 port() const;
    void setHost(const QString& host);
    void setPort(quint16 port);

    [[nodiscard]] bool isValid() const { return m_problem.isEmpty(); }
    // Why the endpoint cannot be used, in one sentence; empty when it can.
    [[nodiscard]] QString problem() const { return m_problem; }
    /// Server role: the numeric address to bind, or why there is none (the problem text).
    [[nodiscard]] std::expected<netcore::Address, QString> bindAddress() const;
    /// The machine's own interface addresses (not loopback, interfaces up), as bind suggestions.
    [[nodiscard]] static QStringList localInterfaceHosts();
    // A server bound where other machines can reach it (valid, but worth saying).
    [[nodiscard]] bool isOpenToNetwork() const { return m_openToNetwork; }
    // The note shown beside a valid endpoint: network exposure, "the OS picks a port", ...
    [[nodiscard]] QString note() const { return m_note; }

    // More hosts to offer (the machine's interface addresses), after the standard ones.
    void setSuggestions(const QStringList& hosts);

signals:
    void changed();

private:
    void validate();
    [[nodiscard]] QString hostProblem(const QString& host) const;
    [[nodiscard]] QString portProblem(const QString& text, quint16* port) const;
    void rebuildSuggestions();

    Role m_role;
    QComboBox* m_host = nullptr;
    QLineEdit* m_port = nullptr;
    QLabel* m_problemLabel = nullptr;
    QLabel* m_noteLabel = nullptr;
    QStringList m_extraSuggestions;
    QString m_problem;
    QString m_note;
    bool m_openToNetwork = false;
    quint16 m_portValue = 0;
};
