#pragma once

#include "engine/EngineContext.h"

#include <QObject>
#include <QSet>
#include <QTcpSocket>

#include <memory>

namespace Veil {

class EpollRelay;
class OriginPool;
class Router;

/**
 * One event loop thread's share of the connections. A worker owns every socket it adopts for the
 * connection's whole life; only the descriptor crosses threads (DESIGN.md, Threads).
 */
class Worker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Worker)

public:
    Worker(int index, const ContextHolder *context, QObject *parent = nullptr);
    ~Worker() override;

    /** Takes over an accepted descriptor (call in the worker's thread). */
    void adopt(qintptr descriptor);
    /** Closes idle connections and lets live ones finish; emits drained() when none are left. */
    void beginShutdown();
    /** Ends every connection now. */
    void abortAll();
    /**
     * Routing changed: drops idle pooled origin connections (they may lead through an old exit)
     * and, when @p closeLive, ends live connections whose route @p router no longer allows.
     */
    void onRoutingChanged(std::shared_ptr<const Router> router, bool closeLive);

    /**
     * Closes the live request or tunnel with traffic id @p id if this worker owns it (its End
     * record carries @p why); false when none of its sessions has it live.
     */
    bool closeConnection(quint64 id, const QString &why);

    int sessionCount() const { return int(m_sessions.size()); }

Q_SIGNALS:
    void drained();

private:
    void route(QTcpSocket *socket);
    void addSession(QObject *session);
    void removeSession(QObject *session);
    void checkDrained();

    const ContextHolder *m_contextHolder;
    OriginPool *m_pool = nullptr;
    /** Linux: relays established tunnels of this thread (created with the first connection). */
    std::unique_ptr<EpollRelay> m_relay;
    QSet<QObject *> m_sessions;
    bool m_shuttingDown = false;
    bool m_drainReported = false;
};

} // namespace Veil
