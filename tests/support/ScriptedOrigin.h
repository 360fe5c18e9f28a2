#pragma once

#include "HttpWire.h"

#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>
#include <vector>

namespace Veil::Test {

/**
 * A tiny HTTP origin on 127.0.0.1 living in the test's thread, scripted per test: it records every
 * request it parses and every connection it accepts, and answers through a replaceable responder
 * (or a raw handler that sees the bytes before any parsing, for exact protocol cases).
 */
class ScriptedOrigin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScriptedOrigin)

public:
    struct Connection
    {
        QTcpSocket *socket = nullptr;
        int index = 0;     ///< 0-based order of acceptance
        QByteArray buffer; ///< received bytes not consumed yet
        bool closed = false;
        qint64 userValue = 0; ///< free for handlers (e.g. bytes sent so far)
    };
    /** Called for every complete request (already recorded in requests()). */
    using Responder = std::function<void(Connection &, const WireMessage &)>;
    /** Called on every read with the connection's unconsumed bytes; replaces parsing entirely. */
    using RawHandler = std::function<void(Connection &)>;

    explicit ScriptedOrigin(QObject *parent = nullptr);
    ~ScriptedOrigin() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QByteArray authority() const;
    /** "http://127.0.0.1:PORT" + @p path. */
    QByteArray url(const QByteArray &path) const;

    /** Default: 200 with body "hello from <target>" and Content-Length. */
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    void setRawHandler(RawHandler handler) { m_raw = std::move(handler); }

    int acceptedCount() const { return int(m_connections.size()); }
    int openCount() const;
    const QList<WireMessage> &requests() const { return m_requests; }
    /** Connections in order of acceptance (stay valid until the origin is destroyed). */
    Connection &connection(int index) { return *m_connections.at(size_t(index)); }
    void closeAll();

    static void respond(Connection &c, const QByteArray &bytes) { c.socket->write(bytes); }

Q_SIGNALS:
    void requestReceived();

private:
    void onNewConnection();
    void onReadyRead(Connection *c);

    QTcpServer m_server;
    std::vector<std::unique_ptr<Connection>> m_connections;
    QList<WireMessage> m_requests;
    Responder m_responder;
    RawHandler m_raw;
};

} // namespace Veil::Test
