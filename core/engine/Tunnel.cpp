#include "engine/Tunnel.h"

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

void Tunnel::start(QByteArray clientPending, QByteArray upstreamPending)
{
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
    m_up.source->abort();
    m_down.source->abort();
    Q_EMIT finished(reason);
}

void Tunnel::touch()
{
    m_idle.start();
}

} // namespace Veil
