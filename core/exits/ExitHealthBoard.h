#pragma once

#include "exits/ExitSelector.h"

#include <QHash>
#include <QReadWriteLock>
#include <QString>

namespace Veil {

/**
 * Live health of every exit, shared by the workers (who report failures they meet on the data
 * path) and the health checker (who probes). Small and lock-protected; readers take a copy of the
 * implicitly shared hash, so selection never holds the lock while it decides.
 */
class ExitHealthBoard
{
public:
    QHash<QString, ExitHealth> snapshot() const;
    ExitHealth get(const QString &id) const;

    /** A probe or a connection through @p id worked. Returns true when the exit came back up. */
    bool recordSuccess(const QString &id, qint64 delayUs);
    /**
     * A probe failed, or a connection met an exit fault. The exit goes down after
     * @p failuresToMarkDown consecutive failures, or at once when @p immediate (the exit refused
     * or dropped a live connection: new connections must move now). Returns true when it went down.
     */
    bool recordFailure(const QString &id, int failuresToMarkDown, bool immediate);
    void reset();

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, ExitHealth> m_health;
};

} // namespace Veil
