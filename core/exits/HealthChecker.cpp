#include "exits/HealthChecker.h"

#include "exits/ExitConnector.h"
#include "exits/ExitHealthBoard.h"
#include "exits/Router.h"
#include "http/HttpParser.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

namespace Veil {

/** State of one running probe; owned by the checker, deleted when the probe ends. */
struct HealthChecker::Probe
{
    ExitConnector *connector = nullptr;
    QTcpSocket *socket = nullptr;
    QTimer timeout;
    QElapsedTimer clock;
    Http::HeadScanner scanner;
    QByteArray buffer;
    ProbeResult result;
};

HealthChecker::HealthChecker(ExitHealthBoard *board, QObject *parent)
    : QObject(parent)
    , m_board(board)
{
    setObjectName(QStringLiteral("HealthChecker"));
    qRegisterMetaType<ProbeResult>();
}

HealthChecker::~HealthChecker()
{
    for (Probe *p : std::as_const(m_running)) {
        delete p->socket;
        delete p->connector;
        delete p;
    }
}

void HealthChecker::setRouter(std::shared_ptr<const Router> router)
{
    m_router = std::move(router);
    qDeleteAll(m_timers);
    m_timers.clear();
    m_probeUrl = QUrl(m_router->settings().probeUrl);
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
    auto *probe = new Probe;
    m_running.insert(exitId, probe);
    probe->result.exitId = exitId;
    probe->clock.start();
    probe->timeout.setSingleShot(true);
    connect(&probe->timeout, &QTimer::timeout, this, [this, exitId] {
        Probe *p = m_running.value(exitId);
        ProbeResult r = p->result;
        r.error = tr("probe timed out after %1 ms").arg(m_router->settings().healthTimeoutMs);
        finishProbe(exitId, r);
    });
    probe->timeout.start(settings.healthTimeoutMs);

    const bool https = m_probeUrl.scheme() == QLatin1String("https");
    const QByteArray host = m_probeUrl.host(QUrl::FullyEncoded).toLatin1();
    const quint16 port = quint16(m_probeUrl.port(https ? 443 : 80));
    probe->connector = new ExitConnector(settings.healthTimeoutMs);
    connect(probe->connector, &ExitConnector::failed, this,
            [this, exitId](ExitConnector::Failure, const QString &message) {
                ProbeResult r = m_running.value(exitId)->result;
                r.error = message;
                finishProbe(exitId, r);
            });
    connect(probe->connector, &ExitConnector::connected, this, [this, exitId, https, host, port] {
        Probe *p = m_running.value(exitId);
        p->result.connectUs = p->clock.nsecsElapsed() / 1000;
        p->socket = p->connector->takeSocket();
        if (https) {
            // A TLS probe URL cannot be fetched through a tunnel here; the tunnel itself is the test.
            ProbeResult r = p->result;
            r.ok = true;
            finishProbe(exitId, r);
            return;
        }
        connect(p->socket, &QTcpSocket::readyRead, this, [this, exitId] {
            Probe *q = m_running.value(exitId);
            q->buffer += q->socket->readAll();
            const qsizetype length = q->scanner.scan(q->buffer);
            if (length == 0) {
                return;
            }
            ProbeResult r = q->result;
            r.requestUs = q->clock.nsecsElapsed() / 1000;
            Http::ResponseHead head;
            if (length < 0 || Http::parseResponseHead(QByteArrayView(q->buffer).first(length), "GET", head) !=
                                  Http::ParseError::None) {
                r.error = tr("the probe URL answered with a malformed response");
            } else {
                r.status = head.status;
                r.ok = head.status >= 200 && head.status < 400;
                if (!r.ok) {
                    r.error = tr("the probe URL answered %1").arg(head.status);
                }
            }
            finishProbe(exitId, r);
        });
        const QByteArray authority = port == 80 ? host : host + ':' + QByteArray::number(port);
        QByteArray path = m_probeUrl.path(QUrl::FullyEncoded).toLatin1();
        if (path.isEmpty()) {
            path = "/";
        }
        if (m_probeUrl.hasQuery()) {
            path += '?' + m_probeUrl.query(QUrl::FullyEncoded).toLatin1();
        }
        // From here the clock measures the request through the established tunnel.
        p->clock.restart();
        p->socket->write("GET " + path + " HTTP/1.1\r\nHost: " + authority +
                         "\r\nUser-Agent: Veil-health-check\r\nConnection: close\r\n\r\n");
    });
    probe->connector->start(*exit, m_router->passwordFor(exitId), host, port, ExitConnector::Mode::Tunnel);
}

void HealthChecker::finishProbe(const QString &exitId, ProbeResult result)
{
    Probe *probe = m_running.take(exitId);
    if (!probe) {
        return;
    }
    probe->timeout.stop();
    if (probe->connector) {
        probe->connector->disconnect(this);
        probe->connector->deleteLater();
    }
    if (probe->socket) {
        probe->socket->disconnect(this);
        probe->socket->abort();
        probe->socket->deleteLater();
    }
    delete probe;

    const ExitSettings &settings = m_router->settings();
    bool changed = false;
    if (result.ok) {
        changed = m_board->recordSuccess(exitId, result.requestUs >= 0 ? result.requestUs : result.connectUs);
    } else {
        changed = m_board->recordFailure(exitId, settings.failuresToMarkDown, false);
    }
    const ExitHealth health = m_board->get(exitId);
    Q_EMIT probeFinished(result);
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
