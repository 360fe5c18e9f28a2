#include "engine/Worker.h"

#include "engine/Dialer.h"
#include "engine/EpollRelay.h"
#include "engine/HttpSession.h"
#include "engine/OriginPool.h"
#include "engine/Socks5Session.h"

#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcWorker, "veil.engine", QtInfoMsg)

namespace Veil {

namespace {

enum class Protocol
{
    Unknown,
    Http,
    Socks5
};

// The first byte tells the protocol: SOCKS5 starts with its version 0x05; an HTTP request starts
// with a method token (or an empty line, RFC 9112 §2.2). Anything else (TLS, SOCKS4) is refused.
Protocol sniff(char first)
{
    const auto c = static_cast<unsigned char>(first);
    if (c == 0x05) {
        return Protocol::Socks5;
    }
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '\r' || c == '\n') {
        return Protocol::Http;
    }
    return Protocol::Unknown;
}

} // namespace

Worker::Worker(int index, const ContextHolder *context, QObject *parent)
    : QObject(parent)
    , m_contextHolder(context)
{
    setObjectName(QStringLiteral("Worker-%1").arg(index));
}

Worker::~Worker()
{
    abortAll();
    // Sessions that already ended may still wait for deleteLater; their tunnels hold only a
    // QPointer to the relay, so it can go now.
    m_relay.reset();
}

void Worker::adopt(qintptr descriptor)
{
    if (!m_pool) {
        m_pool = new OriginPool(m_contextHolder->get()->settings.originIdleTimeoutMs, this);
        m_relay = EpollRelay::createForThisThread();
    }
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        qCWarning(lcWorker) << "cannot adopt socket:" << socket->errorString();
        delete socket;
        return;
    }
    EngineContextPtr context = m_contextHolder->get();
    configureRelaySocket(socket, context->settings.relayWindowBytes);
    if (m_shuttingDown) {
        socket->abort();
        socket->deleteLater();
        return;
    }
    context->stats->openConnections.fetch_add(1, std::memory_order_relaxed);
    addSession(socket); // counted as live while we wait for its first byte
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { route(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        removeSession(socket);
        socket->deleteLater();
    });
    // A child timer, so route() can find and cancel it once a session owns the socket.
    auto *sniffTimer = new QTimer(socket);
    sniffTimer->setSingleShot(true);
    connect(sniffTimer, &QTimer::timeout, this, [this, socket] {
        removeSession(socket);
        socket->abort();
        socket->deleteLater();
    });
    sniffTimer->start(context->settings.headerTimeoutMs);
    if (socket->bytesAvailable() > 0) {
        route(socket);
    }
}

void Worker::route(QTcpSocket *socket)
{
    char first = 0;
    if (socket->peek(&first, 1) != 1) {
        return;
    }
    // From here a session owns the socket: drop the sniffing connections and the sniff timer.
    socket->disconnect(this);
    const QList<QTimer *> timers = socket->findChildren<QTimer *>(QString(), Qt::FindDirectChildrenOnly);
    qDeleteAll(timers);
    m_sessions.remove(socket);

    EngineContextPtr context = m_contextHolder->get();
    switch (sniff(first)) {
    case Protocol::Socks5: {
        auto *s = new Socks5Session(socket, context, this);
        connect(s, &Socks5Session::finished, this, [this, s] { removeSession(s); });
        addSession(s);
        s->start();
        break;
    }
    case Protocol::Http: {
        auto *h = new HttpSession(socket, context, m_pool, this);
        h->setContextSource(m_contextHolder);
        connect(h, &HttpSession::finished, this, [this, h] { removeSession(h); });
        addSession(h);
        h->start();
        break;
    }
    case Protocol::Unknown:
        qCDebug(lcWorker) << "unknown protocol, first byte" << int(static_cast<unsigned char>(first));
        context->stats->openConnections.fetch_sub(1, std::memory_order_relaxed);
        socket->abort();
        socket->deleteLater();
        break;
    }
}

void Worker::addSession(QObject *session)
{
    m_sessions.insert(session);
}

void Worker::removeSession(QObject *session)
{
    if (!m_sessions.remove(session)) {
        return;
    }
    if (qobject_cast<QTcpSocket *>(session) == nullptr) {
        session->deleteLater();
    }
    m_contextHolder->get()->stats->openConnections.fetch_sub(1, std::memory_order_relaxed);
    checkDrained();
}

void Worker::checkDrained()
{
    // Sessions can finish synchronously inside beginShutdown(); report exactly once.
    if (m_shuttingDown && m_sessions.isEmpty() && !m_drainReported) {
        m_drainReported = true;
        qCDebug(lcWorker) << objectName() << "drained";
        Q_EMIT drained();
    }
}

void Worker::beginShutdown()
{
    qCDebug(lcWorker) << objectName() << "shutting down with" << m_sessions.size() << "connections";
    m_shuttingDown = true;
    if (m_pool) {
        m_pool->clear();
    }
    const QSet<QObject *> sessions = m_sessions;
    for (QObject *session : sessions) {
        if (auto *h = qobject_cast<HttpSession *>(session)) {
            h->beginShutdown();
        } else if (auto *s = qobject_cast<Socks5Session *>(session)) {
            s->beginShutdown();
        } else if (auto *socket = qobject_cast<QTcpSocket *>(session)) {
            removeSession(socket);
            socket->abort();
            socket->deleteLater();
        }
    }
    checkDrained();
}

void Worker::onRoutingChanged(std::shared_ptr<const Router> router, bool closeLive)
{
    if (m_pool) {
        m_pool->clear();
    }
    if (!closeLive) {
        return;
    }
    int closed = 0;
    const QSet<QObject *> sessions = m_sessions;
    for (QObject *session : sessions) {
        if (auto *h = qobject_cast<HttpSession *>(session)) {
            closed += h->closeIfRouteChanged(*router) ? 1 : 0;
        } else if (auto *s = qobject_cast<Socks5Session *>(session)) {
            closed += s->closeIfRouteChanged(*router) ? 1 : 0;
        }
    }
    if (closed > 0) {
        qCInfo(lcWorker) << objectName() << "closed" << closed << "connections after a route change";
    }
}

bool Worker::closeConnection(quint64 id, const QString &why)
{
    // The session registry is small (this thread's connections) and this runs on a user's click,
    // so a scan beats keeping an id index up to date on every request.
    const QSet<QObject *> sessions = m_sessions;
    for (QObject *session : sessions) {
        if (auto *h = qobject_cast<HttpSession *>(session)) {
            if (h->closeIfTraffic(id, why)) {
                return true;
            }
        } else if (auto *s = qobject_cast<Socks5Session *>(session)) {
            if (s->closeIfTraffic(id, why)) {
                return true;
            }
        }
    }
    return false;
}

void Worker::abortAll()
{
    const QSet<QObject *> sessions = std::exchange(m_sessions, {});
    for (QObject *session : sessions) {
        delete session; // sessions own their sockets; deleting closes them
        m_contextHolder->get()->stats->openConnections.fetch_sub(1, std::memory_order_relaxed);
    }
    if (m_pool) {
        m_pool->clear();
    }
}

} // namespace Veil
