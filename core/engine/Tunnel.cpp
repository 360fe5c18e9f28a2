#include "engine/Tunnel.h"

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Veil {

namespace {
constexpr qint64 kReadChunk = 64 * 1024;
}

Tunnel::Tunnel(QTcpSocket *client, QTcpSocket *upstream, qint64 window, int idleTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    client->setParent(this);
    upstream->setParent(this);
    m_up.source = client;
    m_up.sink = upstream;
    m_down.source = upstream;
    m_down.sink = client;
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleTimeoutMs);
    connect(&m_idle, &QTimer::timeout, this, [this] { abort(tr("tunnel idle timeout")); });
}

Tunnel::~Tunnel()
{
    if (m_relayId != 0 && m_relay) {
        m_relay->remove(m_relayId);
    }
}

qint64 Tunnel::bytesUp() const
{
    return m_up.bytes + (m_relayId != 0 && m_relay ? m_relay->bytesUp(m_relayId) : 0);
}

qint64 Tunnel::bytesDown() const
{
    return m_down.bytes + (m_relayId != 0 && m_relay ? m_relay->bytesDown(m_relayId) : 0);
}

bool Tunnel::startOnRelay(QByteArray &clientPending, QByteArray &upstreamPending)
{
#ifdef Q_OS_LINUX
    EpollRelay *relay = EpollRelay::current();
    QTcpSocket *client = m_up.source;
    QTcpSocket *upstream = m_down.source;
    const auto plainAndConnected = [](QTcpSocket *s) {
        // Not a QSslSocket (its bytes are not the stream's) and still open.
        return s->metaObject() == &QTcpSocket::staticMetaObject &&
               s->state() == QAbstractSocket::ConnectedState && s->socketDescriptor() >= 0;
    };
    if (!relay || !plainAndConnected(client) || !plainAndConnected(upstream)) {
        return false;
    }
    // Whatever Qt still queues for writing cannot be moved out of the socket; the rare tunnel
    // whose CONNECT reply is not yet written stays on the Qt path.
    client->flush();
    upstream->flush();
    if (client->bytesToWrite() > 0 || upstream->bytesToWrite() > 0) {
        return false;
    }
    clientPending += client->readAll();
    upstreamPending += upstream->readAll();
    const int clientFd = ::fcntl(int(client->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    const int upstreamFd = clientFd < 0 ? -1 : ::fcntl(int(upstream->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    if (clientFd < 0 || upstreamFd < 0) {
        if (clientFd >= 0) {
            ::close(clientFd);
        }
        return false; // out of descriptors: the Qt path still works with the ones we have
    }
    for (QTcpSocket *s : {client, upstream}) {
        s->disconnect();
        s->abort(); // closes Qt's descriptor; the duplicate keeps the connection
        // The QTcpSocket objects (about 1.5 KiB each with their buffers) are no use any more:
        // sessions hold them through QPointer, so they see them gone.
        s->setParent(nullptr);
        s->deleteLater();
    }
    m_up.source = m_up.sink = m_down.source = m_down.sink = nullptr;
    m_up.bytes += clientPending.size();
    m_down.bytes += upstreamPending.size();
    if (m_stats) {
        m_stats->bytesUp.fetch_add(clientPending.size(), std::memory_order_relaxed);
        m_stats->bytesDown.fetch_add(upstreamPending.size(), std::memory_order_relaxed);
    }
    m_relayId = relay->add(clientFd, upstreamFd, std::move(clientPending), std::move(upstreamPending),
                           m_window, m_idle.interval(), this, m_stats ? &m_stats->bytesUp : nullptr,
                           m_stats ? &m_stats->bytesDown : nullptr);
    if (m_relayId == 0) {
        QMetaObject::invokeMethod(
            this, [this] { relayFinished(tr("cannot relay the tunnel"), 0, 0); }, Qt::QueuedConnection);
        return true;
    }
    m_relay = relay;
    return true;
#else
    Q_UNUSED(clientPending);
    Q_UNUSED(upstreamPending);
    return false;
#endif
}

void Tunnel::relayFinished(const QString &error, qint64 bytesUp, qint64 bytesDown)
{
    m_relayId = 0;
    if (m_finished) {
        return;
    }
    m_finished = true;
    // The relay counts what it read; the bytes handed over at start were counted here.
    m_up.bytes += bytesUp;
    m_down.bytes += bytesDown;
    Q_EMIT finished(error);
}

void Tunnel::start(QByteArray clientPending, QByteArray upstreamPending)
{
    if (startOnRelay(clientPending, upstreamPending)) {
        return;
    }
    for (Direction *d : {&m_up, &m_down}) {
        // The source's signals drive this direction; the sink's bytesWritten resumes it.
        connect(d->source, &QTcpSocket::readyRead, this, [this, d] { pump(*d); });
        connect(d->sink, &QTcpSocket::bytesWritten, this, [this, d] { pump(*d); });
        connect(d->source, &QTcpSocket::disconnected, this, [this, d] { onSourceClosed(*d); });
        connect(d->source, &QTcpSocket::errorOccurred, this, [this, d](QAbstractSocket::SocketError e) {
            if (e == QAbstractSocket::RemoteHostClosedError) {
                return; // a normal close; disconnected() follows
            }
            onSourceClosed(*d);
        });
    }
    if (!clientPending.isEmpty()) {
        m_up.sink->write(clientPending);
        m_up.bytes += clientPending.size();
    }
    if (!upstreamPending.isEmpty()) {
        m_down.sink->write(upstreamPending);
        m_down.bytes += upstreamPending.size();
    }
    if (m_stats) {
        m_stats->bytesUp.fetch_add(clientPending.size(), std::memory_order_relaxed);
        m_stats->bytesDown.fetch_add(upstreamPending.size(), std::memory_order_relaxed);
    }
    touch();
    pump(m_up);
    pump(m_down);
    // A side may have closed before we connected to its signals.
    for (Direction *d : {&m_up, &m_down}) {
        if (d->source->state() != QAbstractSocket::ConnectedState) {
            onSourceClosed(*d);
        }
    }
}

void Tunnel::pump(Direction &d)
{
    // flush() emits the sink's bytesWritten synchronously, which lands here again; the outer
    // call loops instead of recursing.
    if (m_finished || d.pumping) {
        return;
    }
    d.pumping = true;
    bool moved = false;
    for (;;) {
        bool movedNow = false;
        while (d.sink->state() == QAbstractSocket::ConnectedState && d.sink->bytesToWrite() < m_window) {
            const qint64 available = d.source->bytesAvailable();
            if (available <= 0) {
                break;
            }
            const QByteArray chunk = d.source->read(qMin(available, kReadChunk));
            if (chunk.isEmpty()) {
                break;
            }
            d.sink->write(chunk);
            d.bytes += chunk.size();
            if (m_stats) {
                (&d == &m_up ? m_stats->bytesUp : m_stats->bytesDown)
                    .fetch_add(chunk.size(), std::memory_order_relaxed);
            }
            movedNow = true;
        }
        if (!movedNow) {
            break;
        }
        moved = true;
        d.sink->flush(); // write now, not on the next event-loop turn
    }
    d.pumping = false;
    if (moved) {
        touch();
    }
    if (d.sourceClosed) {
        onSourceClosed(d);
    }
}

void Tunnel::onSourceClosed(Direction &d)
{
    d.sourceClosed = true;
    if (m_finished) {
        return;
    }
    // Forward what the closed side still had buffered before closing the other side.
    if (d.source->bytesAvailable() > 0 && d.sink->state() == QAbstractSocket::ConnectedState) {
        return; // pump() runs again on the sink's bytesWritten
    }
    if (d.sink->state() == QAbstractSocket::ConnectedState) {
        // Qt has no half-close; disconnectFromHost() still flushes what is queued.
        d.sink->disconnectFromHost();
    }
    checkDone();
}

void Tunnel::checkDone()
{
    const bool clientDown = m_up.source->state() == QAbstractSocket::UnconnectedState;
    const bool upstreamDown = m_down.source->state() == QAbstractSocket::UnconnectedState;
    if (clientDown && upstreamDown && !m_finished) {
        m_finished = true;
        m_idle.stop();
        Q_EMIT finished({});
        return;
    }
    // disconnectFromHost() finishes asynchronously; wait for the sink's disconnected().
    for (Direction *d : {&m_up, &m_down}) {
        if (d->sink->state() != QAbstractSocket::UnconnectedState) {
            connect(d->sink, &QTcpSocket::disconnected, this, &Tunnel::checkDone, Qt::UniqueConnection);
        }
    }
}

void Tunnel::abort(const QString &reason)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_idle.stop();
    if (m_relayId != 0) {
        if (m_relay) {
            m_up.bytes += m_relay->bytesUp(m_relayId);
            m_down.bytes += m_relay->bytesDown(m_relayId);
            m_relay->remove(m_relayId);
        }
        m_relayId = 0;
        Q_EMIT finished(reason);
        return;
    }
    m_up.source->abort();
    m_down.source->abort();
    Q_EMIT finished(reason);
}

void Tunnel::touch()
{
    m_idle.start();
}

} // namespace Veil
