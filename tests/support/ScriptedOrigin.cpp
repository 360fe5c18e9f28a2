#include "ScriptedOrigin.h"

namespace Veil::Test {

ScriptedOrigin::ScriptedOrigin(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("ScriptedOrigin"));
    m_responder = [](Connection &c, const WireMessage &request) {
        respond(c, makeResponse(200, "hello from " + request.target,
                                QByteArrayLiteral("Content-Type: text/plain\r\n")));
    };
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedOrigin::onNewConnection);
}

ScriptedOrigin::~ScriptedOrigin()
{
    closeAll();
}

bool ScriptedOrigin::listen()
{
    // Many proxied connections may arrive at once (parallel tests); the default backlog is 50.
    m_server.setListenBacklogSize(1024);
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QByteArray ScriptedOrigin::authority() const
{
    return "127.0.0.1:" + QByteArray::number(port());
}

QByteArray ScriptedOrigin::url(const QByteArray &path) const
{
    return "http://" + authority() + path;
}

int ScriptedOrigin::openCount() const
{
    int n = 0;
    for (const auto &c : m_connections) {
        n += c->closed ? 0 : 1;
    }
    return n;
}

void ScriptedOrigin::closeAll()
{
    for (const auto &c : m_connections) {
        if (!c->closed && c->socket) {
            c->closed = true;
            c->socket->disconnect(this);
            c->socket->abort();
            c->socket->deleteLater();
            c->socket = nullptr;
        }
    }
}

void ScriptedOrigin::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto owned = std::make_unique<Connection>();
        Connection *c = owned.get();
        c->socket = socket;
        c->index = int(m_connections.size());
        m_connections.push_back(std::move(owned));
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
        connect(socket, &QTcpSocket::disconnected, this, [this, c] {
            c->closed = true;
            c->socket->disconnect(this);
            c->socket->deleteLater();
            c->socket = nullptr;
        });
        if (socket->bytesAvailable() > 0) {
            onReadyRead(c);
        }
    }
}

void ScriptedOrigin::onReadyRead(Connection *c)
{
    if (c->closed || !c->socket) {
        return;
    }
    c->buffer += c->socket->readAll();
    if (m_raw) {
        m_raw(*c);
        return;
    }
    for (;;) {
        WireMessage request;
        const Parse result = takeRequest(c->buffer, &request);
        if (result == Parse::Incomplete) {
            return;
        }
        if (result == Parse::Error) {
            respond(*c, makeResponse(400, QByteArrayLiteral("bad request\n"),
                                     QByteArrayLiteral("Connection: close\r\n")));
            c->socket->disconnectFromHost();
            return;
        }
        m_requests.append(request);
        m_responder(*c, request);
        Q_EMIT requestReceived();
        if (c->closed || !c->socket) {
            return;
        }
    }
}

} // namespace Veil::Test
