#include "engine/OriginPool.h"

namespace Veil {

OriginPool::OriginPool(int idleTimeoutMs, QObject *parent)
    : QObject(parent)
    , m_idleTimeoutMs(idleTimeoutMs)
{
    m_sweep.setInterval(qBound(100, idleTimeoutMs / 4, 5000));
    connect(&m_sweep, &QTimer::timeout, this, &OriginPool::sweep);
}

OriginPool::~OriginPool()
{
    clear();
}

QByteArray OriginPool::key(const QByteArray &host, quint16 port)
{
    return host + ':' + QByteArray::number(port);
}

QTcpSocket *OriginPool::take(const QByteArray &key)
{
    auto it = m_idle.find(key);
    if (it == m_idle.end()) {
        return nullptr;
    }
    QList<Idle> &list = it.value();
    while (!list.isEmpty()) {
        // Most recently parked first: it is the least likely to have been closed by the origin.
        Idle idle = list.takeLast();
        --m_count;
        QTcpSocket *socket = idle.socket;
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0) {
            if (list.isEmpty()) {
                m_idle.erase(it);
            }
            socket->setParent(nullptr);
            return socket;
        }
        socket->deleteLater();
    }
    m_idle.erase(it);
    return nullptr;
}

void OriginPool::put(const QByteArray &key, QTcpSocket *socket)
{
    QList<Idle> &list = m_idle[key];
    if (list.size() >= MaxIdlePerKey || m_count >= MaxIdleTotal) {
        socket->deleteLater();
        if (list.isEmpty()) {
            m_idle.remove(key);
        }
        return;
    }
    socket->disconnect();
    socket->setParent(this);
    // An idle origin connection must stay silent; anything it sends (or a close) retires it.
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { drop(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { drop(socket); });
    QElapsedTimer since;
    since.start();
    list.append({socket, since});
    ++m_count;
    if (!m_sweep.isActive()) {
        m_sweep.start();
    }
}

void OriginPool::drop(QTcpSocket *socket)
{
    for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
        QList<Idle> &list = it.value();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (list[i].socket == socket) {
                list.removeAt(i);
                --m_count;
                if (list.isEmpty()) {
                    m_idle.erase(it);
                }
                socket->disconnect(this);
                socket->abort();
                socket->deleteLater();
                return;
            }
        }
    }
}

void OriginPool::sweep()
{
    for (auto it = m_idle.begin(); it != m_idle.end();) {
        QList<Idle> &list = it.value();
        list.removeIf([this](const Idle &idle) {
            if (!idle.since.hasExpired(m_idleTimeoutMs)) {
                return false;
            }
            idle.socket->disconnect(this);
            idle.socket->disconnectFromHost();
            idle.socket->deleteLater();
            --m_count;
            return true;
        });
        it = list.isEmpty() ? m_idle.erase(it) : std::next(it);
    }
    if (m_count == 0) {
        m_sweep.stop();
    }
}

void OriginPool::clear()
{
    for (QList<Idle> &list : m_idle) {
        for (const Idle &idle : list) {
            idle.socket->disconnect(this);
            idle.socket->abort();
            idle.socket->deleteLater();
        }
    }
    m_idle.clear();
    m_count = 0;
    m_sweep.stop();
}

qsizetype OriginPool::idleCount() const
{
    return m_count;
}

} // namespace Veil
