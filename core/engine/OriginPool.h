#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

namespace Veil {

/**
 * Idle keep-alive connections to origins, per worker thread (no locking: a worker owns its
 * sockets). A pooled socket that closes or sends unsolicited bytes is dropped at once; idle ones
 * expire after `idleTimeoutMs`.
 */
class OriginPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OriginPool)

public:
    explicit OriginPool(int idleTimeoutMs, QObject *parent = nullptr);
    ~OriginPool() override;

    static QByteArray key(const QByteArray &host, quint16 port);

    /** Returns an idle connected socket for @p key (caller becomes its parent) or nullptr. */
    QTcpSocket *take(const QByteArray &key);
    /** Parks @p socket for reuse (the pool becomes its parent). */
    void put(const QByteArray &key, QTcpSocket *socket);
    void clear();
    qsizetype idleCount() const;

    static constexpr int MaxIdlePerKey = 32;
    static constexpr int MaxIdleTotal = 1024;

private:
    struct Idle
    {
        QTcpSocket *socket;
        QElapsedTimer since;
    };
    void drop(QTcpSocket *socket);
    void sweep();

    QHash<QByteArray, QList<Idle>> m_idle;
    qsizetype m_count = 0;
    int m_idleTimeoutMs;
    QTimer m_sweep;
};

} // namespace Veil
