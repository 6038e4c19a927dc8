#pragma once

// A TCP proxy of the project's own on 127.0.0.1 that injects network faults between Steward
// and a real server: reset a connection after N bytes, stall it (stop forwarding) for a
// while, or drop it at once. Each new connection takes the next fault of the plan; when the
// plan is used up, connections pass through untouched. It runs on the test's event loop, so
// the test must keep processing events (QTest::qWait) while the client works.

#include <memory>

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

class FaultProxy final
{
public:
    struct Fault
    {
        enum class Kind
        {
            Reset, // abort both sides after `afterBytes` sent towards the server
            Stall, // forward `afterBytes`, then nothing (either way) for `stallMs`
            Drop   // close the client's connection as soon as it arrives
        } kind = Kind::Reset;
        qint64 afterBytes = 0;
        int stallMs = 0;
    };

    FaultProxy(quint16 targetPort, QList<Fault> plan)
        : m_target(targetPort), m_plan(std::move(plan)), m_server(std::make_unique<QTcpServer>())
    {
        QObject::connect(m_server.get(), &QTcpServer::newConnection, m_server.get(),
                         [this] { accept(); });
        m_server->listen(QHostAddress::LocalHost, 0);
    }

    quint16 port() const { return m_server->serverPort(); }
    int connections() const { return m_connections; }
    int faultsInjected() const { return m_injected; }

private:
    void accept()
    {
        while (QTcpSocket* client = m_server->nextPendingConnection()) {
            ++m_connections;
            const bool hasFault = !m_plan.isEmpty();
            const Fault fault = hasFault ? m_plan.takeFirst() : Fault();
            if (hasFault && fault.kind == Fault::Kind::Drop) {
                ++m_injected;
                client->abort();
                client->deleteLater();
                continue;
            }
            auto* upstream = new QTcpSocket(client);
            upstream->connectToHost(QHostAddress::LocalHost, m_target);
            auto state = std::make_shared<qint64>(0); // bytes forwarded to the server
            auto stalled = std::make_shared<bool>(false);
            const auto pump = [client, upstream, state, stalled, hasFault, fault, this] {
                if (*stalled)
                    return;
                if (upstream->state() != QAbstractSocket::ConnectedState)
                    return;
                QByteArray data = client->readAll();
                if (hasFault && *state + data.size() >= fault.afterBytes &&
                    *state < fault.afterBytes) {
                    const qint64 keep = fault.afterBytes - *state;
                    upstream->write(data.left(keep));
                    *state += keep;
                    ++m_injected;
                    if (fault.kind == Fault::Kind::Reset) {
                        upstream->abort();
                        client->abort();
                        client->deleteLater();
                        return;
                    }
                    // Stall: hold everything from here on for stallMs, then carry on.
                    *stalled = true;
                    m_held = data.mid(keep);
                    QTimer::singleShot(fault.stallMs, client, [client, upstream, stalled, this] {
                        *stalled = false;
                        upstream->write(m_held);
                        m_held.clear();
                        client->write(upstream->readAll());
                        if (client->bytesAvailable() > 0)
                            Q_EMIT client->readyRead();
                    });
                    return;
                }
                *state += data.size();
                upstream->write(data);
            };
            QObject::connect(upstream, &QTcpSocket::connected, client, pump);
            QObject::connect(client, &QTcpSocket::readyRead, client, pump);
            QObject::connect(upstream, &QTcpSocket::readyRead, client, [client, upstream, stalled] {
                if (!*stalled)
                    client->write(upstream->readAll());
            });
            QObject::connect(upstream, &QTcpSocket::disconnected, client,
                             [client] { client->disconnectFromHost(); });
            QObject::connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
                upstream->disconnectFromHost();
                client->deleteLater();
            });
        }
    }

    quint16 m_target;
    QList<Fault> m_plan;
    std::unique_ptr<QTcpServer> m_server;
    QByteArray m_held;
    int m_connections = 0;
    int m_injected = 0;
};
