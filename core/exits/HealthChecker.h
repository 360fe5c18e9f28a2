#pragma once

#include "exits/ExitSelector.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace Veil {

class ExitFetch;
class ExitHealthBoard;
class ExitIpChecker;
class Router;

/** One probe through one exit. */
struct ProbeResult
{
    QString exitId;
    bool ok = false;
    qint64 connectUs = -1; ///< until the tunnel through the exit was established
    qint64 requestUs = -1; ///< request → response head through the established tunnel
    int status = 0;
    QString error;
};

/**
 * Probes every enabled exit on a jittered interval: a tunnel through the exit to the probe URL,
 * then one request through that tunnel. The delay recorded is the request's, so "fastest" matches
 * real use, not just connect time. An exit goes down after failuresToMarkDown failures; while
 * down it is probed with exponential back-off (at most 8× the interval) and comes back up on the
 * first success. Runs in the engine's thread; results go to the health board workers read.
 *
 * It also owns the exit IP check (ipChecker()), which it tells about every probe, so an exit's
 * public address is looked up once it is known to work.
 */
class HealthChecker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthChecker)

public:
    HealthChecker(ExitHealthBoard *board, QObject *parent = nullptr);
    ~HealthChecker() override;

    /** Uses @p router's exits and settings from now on; re-schedules every probe. */
    void setRouter(std::shared_ptr<const Router> router);
    /** Probes @p exitId (or every enabled exit when empty) now. */
    void probeNow(const QString &exitId = {});
    /** The exit IP and region check, fed with this checker's router and probe results. */
    ExitIpChecker *ipChecker() const { return m_ipChecker; }

Q_SIGNALS:
    void probeFinished(const Veil::ProbeResult &result);
    /** An exit went down or came back up. */
    void healthChanged(const QString &exitId, bool up, const QString &error);

private:
    void schedule(const QString &exitId, int delayMs);
    void start(const QString &exitId);
    void finishProbe(const QString &exitId, ProbeResult result);

    ExitHealthBoard *m_board;
    ExitIpChecker *m_ipChecker;
    std::shared_ptr<const Router> m_router;
    QUrl m_probeUrl;
    QHash<QString, QTimer *> m_timers;
    QHash<QString, ExitFetch *> m_running;
};

} // namespace Veil

Q_DECLARE_METATYPE(Veil::ProbeResult)
