#include "exits/HealthChecker.h"

#include "exits/ExitFetch.h"
#include "exits/ExitHealthBoard.h"
#include "exits/ExitIpChecker.h"
#include "exits/Router.h"

#include <QRandomGenerator>

namespace Veil {

HealthChecker::HealthChecker(ExitHealthBoard *board, QObject *parent)
    : QObject(parent)
    , m_board(board)
    , m_ipChecker(new ExitIpChecker(this))
{
    setObjectName(QStringLiteral("HealthChecker"));
    qRegisterMetaType<ProbeResult>();
}

HealthChecker::~HealthChecker()
{
    for (ExitFetch *fetch : std::as_const(m_running)) {
        fetch->disconnect(this); // the fetches are children, deleted after this body
    }
}

void HealthChecker::setRouter(std::shared_ptr<const Router> router)
{
    m_router = std::move(router);
    qDeleteAll(m_timers);
    m_timers.clear();
    m_probeUrl = QUrl(m_router->settings().probeUrl);
    m_ipChecker->setRouter(m_router);
    for (const Exit &exit : m_router->settings().exits) {
        if (exit.enabled) {
            // Spread the first round over a second so start-up does not burst.
            schedule(exit.id, int(QRandomGenerator::global()->bounded(1000)));
        }
    }
}

void HealthChecker::probeNow(const QString &exitId)
{
    if (!m_router) {
        return;
    }
    for (const Exit &exit : m_router->settings().exits) {
        if (exit.enabled && (exitId.isEmpty() || exit.id == exitId)) {
            start(exit.id);
        }
    }
}

void HealthChecker::schedule(const QString &exitId, int delayMs)
{
    QTimer *&timer = m_timers[exitId];
    if (!timer) {
        timer = new QTimer(this);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, exitId] { start(exitId); });
    }
    timer->start(delayMs);
}

void HealthChecker::start(const QString &exitId)
{
    if (!m_router || m_running.contains(exitId)) {
        return;
    }
    const ExitSettings &settings = m_router->settings();
    const Exit *exit = settings.findExit(exitId);
    if (!exit || !exit->enabled) {
        return;
    }
    auto *fetch = new ExitFetch(this);
    m_running.insert(exitId, fetch);
    connect(fetch, &ExitFetch::finished, this, [this, exitId](const ExitFetchResult &fetched) {
        ProbeResult r;
        r.exitId = exitId;
        r.connectUs = fetched.connectUs;
        r.requestUs = fetched.requestUs;
        r.status = fetched.status;
        if (!fetched.ok) {
            r.error = fetched.error;
        } else if (m_probeUrl.scheme() == QLatin1String("https")) {
            r.ok = true; // a TLS probe URL is not fetched: the tunnel to it is the test
        } else {
            r.ok = r.status >= 200 && r.status < 400;
            if (!r.ok) {
                r.error = tr("the probe URL answered %1").arg(r.status);
            }
        }
        finishProbe(exitId, r);
    });
    ExitFetch::Options options;
    options.timeoutMs = settings.healthTimeoutMs;
    options.connectOnly = m_probeUrl.scheme() == QLatin1String("https");
    options.headOnly = true;
    options.userAgent = QByteArrayLiteral("Veil-health-check");
    fetch->start(*exit, m_router->passwordFor(exitId), m_probeUrl, options);
}

void HealthChecker::finishProbe(const QString &exitId, ProbeResult result)
{
    ExitFetch *fetch = m_running.take(exitId);
    if (!fetch) {
        return;
    }
    fetch->disconnect(this);
    fetch->deleteLater(); // we are inside its finished() signal

    const ExitSettings &settings = m_router->settings();
    bool changed = false;
    if (result.ok) {
        changed = m_board->recordSuccess(exitId, result.requestUs >= 0 ? result.requestUs : result.connectUs);
    } else {
        changed = m_board->recordFailure(exitId, settings.failuresToMarkDown, false);
    }
    const ExitHealth health = m_board->get(exitId);
    Q_EMIT probeFinished(result);
    m_ipChecker->noteProbe(exitId, result.ok);
    if (changed) {
        Q_EMIT healthChanged(exitId, health.up, result.error);
    }
    // Jitter ±20 % so probes of many exits (and many users) do not line up.
    int next = settings.healthIntervalMs;
    if (!health.up) {
        const int over = qBound(0, health.consecutiveFailures - settings.failuresToMarkDown, 3);
        next = settings.healthIntervalMs << over;
    }
    const int jitter = next / 5;
    schedule(exitId, next - jitter + int(QRandomGenerator::global()->bounded(2 * jitter + 1)));
}

} // namespace Veil
