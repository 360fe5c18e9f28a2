#include "HeadlessRunner.h"

#include "SignalWatcher.h"
#include "config/ExitPasswords.h"
#include "config/SecretStore.h"
#include "engine/Engine.h"
#include "platform/CommandRunner.h"
#include "platform/SystemProxyController.h"
#include "traffic/TrafficLogWriter.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace Veil {

HeadlessRunner::HeadlessRunner(QObject *parent)
    : QObject(parent)
    , m_engine(std::make_unique<Engine>())
{}

HeadlessRunner::~HeadlessRunner() = default;

void HeadlessRunner::setSystemProxy(SystemProxyTarget::Mode mode, const QString &backend)
{
    m_wantSystemProxy = true;
    m_systemProxyMode = mode;
    m_systemProxyBackend = backend;
}

/** Puts the user's system proxy back; before the engine stops, so nothing is sent to a closed port. */
static void restoreSystemProxy(SystemProxyController *controller)
{
    if (!controller || !controller->isActive()) {
        return;
    }
    if (controller->disable()) {
        std::fprintf(stderr, "veil: system proxy restored\n");
        if (!controller->leftAloneScopes().isEmpty()) {
            std::fprintf(stderr, "veil: left alone (changed by another program): %s\n",
                         qPrintable(controller->leftAloneScopes().join(QLatin1String(", "))));
        }
    } else {
        std::fprintf(stderr, "veil: cannot restore the system proxy: %s (run veil --restore-system-proxy)\n",
                     qPrintable(controller->errorString()));
    }
    std::fflush(stderr);
}

bool HeadlessRunner::start(const Settings &settings)
{
    QStringList messages;
    SecretStore keychain;
    const QHash<QString, QString> passwords = resolveExitPasswords(settings.exits, &keychain, &messages);
    for (const QString &m : messages) {
        std::fprintf(stderr, "veil: %s\n", qPrintable(m));
    }
    if (!m_engine->start(settings, passwords)) {
        std::fprintf(stderr, "veil: %s\n", qPrintable(m_engine->errorString()));
        return false;
    }
    for (const BlocklistReport &report : m_engine->blocklistReports()) {
        if (!report.error.isEmpty()) {
            continue; // the engine warned already
        }
        std::fprintf(stderr, "veil: blocklist %s\n", qPrintable(report.summary()));
    }
    m_log = new TrafficLogWriter(m_engine->eventHub(), settings.logFormat, stdout, this);
    m_signals = new SignalWatcher(this);
    connect(m_signals, &SignalWatcher::terminationRequested, this, [this](int count) {
        restoreSystemProxy(m_systemProxy);
        if (count == 1) {
            std::fprintf(
                stderr, "veil: stopping (waiting up to %d ms for live transfers; signal again to stop now)\n",
                m_engine->context()->settings.shutdownTimeoutMs);
            m_engine->stop();
        } else {
            m_engine->stopNow();
        }
    });
    connect(m_engine.get(), &Engine::exitHealthChanged, this,
            [](const QString &exitId, bool up, const QString &error) {
                if (up) {
                    std::fprintf(stderr, "veil: exit %s is up\n", qPrintable(exitId));
                } else {
                    std::fprintf(stderr, "veil: exit %s is down: %s\n", qPrintable(exitId),
                                 qPrintable(error));
                }
                std::fflush(stderr);
            });
    connect(m_engine.get(), &Engine::exitIpChecked, this, [](const ExitIpResult &result) {
        std::fprintf(stderr, "veil: exit %s: %s\n", qPrintable(result.exitId), qPrintable(result.summary()));
        std::fflush(stderr);
    });
    connect(m_engine.get(), &Engine::stopped, this, [this] {
        restoreSystemProxy(m_systemProxy);
        m_log->flush();
        std::fprintf(stderr, "veil: stopped\n");
        QCoreApplication::exit(0);
    });
    const QHostAddress address = m_engine->address();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    std::fprintf(stderr, "veil %s: listening on %s:%u (HTTP, HTTPS CONNECT and SOCKS5), %d worker threads\n",
                 VEIL_VERSION, qPrintable(host), unsigned(m_engine->port()), settings.workerCount());
    if (const std::shared_ptr<Cache::CacheStore> cache = m_engine->cacheStore()) {
        std::fprintf(stderr, "veil: HTTP cache in %s (at most %d MiB; HTTPS is never cached)\n",
                     qPrintable(QDir::toNativeSeparators(cache->directory())), settings.cache.sizeMiB);
    } else {
        std::fprintf(stderr, "veil: HTTP cache off\n");
    }
    std::fflush(stderr);
    return !m_wantSystemProxy || startSystemProxy(address);
}

bool HeadlessRunner::startSystemProxy(const QHostAddress &address)
{
    QString error;
    std::unique_ptr<SystemProxy> backend =
        createSystemProxy(m_systemProxyBackend, std::make_shared<ProcessCommandRunner>(), &error);
    if (!backend) {
        std::fprintf(stderr, "veil: --system-proxy: %s\n", qPrintable(error));
        return false;
    }
    m_systemProxy = new SystemProxyController(std::move(backend), SystemProxyStateFile::defaultPath(), this);
    SystemProxyTarget target;
    target.mode = m_systemProxyMode;
    target.port = m_engine->port();
    target.bypass += m_engine->context()->settings.systemProxy.bypass;
    if (address == QHostAddress::AnyIPv6) {
        target.host = QStringLiteral("::1");
    } else if (address != QHostAddress::AnyIPv4 && address != QHostAddress::Any) {
        target.host = address.toString();
    }
    if (!m_systemProxy->enable(target)) {
        std::fprintf(stderr, "veil: --system-proxy: %s\n", qPrintable(m_systemProxy->errorString()));
        return false;
    }
    connect(m_systemProxy, &SystemProxyController::changedExternally, this, [](const QStringList &scopes) {
        std::fprintf(stderr,
                     "veil: another program changed the system proxy (%s); Veil leaves it alone and will not "
                     "restore over it\n",
                     qPrintable(scopes.join(QLatin1String(", "))));
        std::fflush(stderr);
    });
    std::fprintf(
        stderr, "veil: system proxy (%s) points at Veil (%s); it is restored on exit\n",
        qPrintable(m_systemProxy->backendName()),
        qPrintable(target.mode == SystemProxyTarget::Mode::Pac ? target.pacUrl() : target.hostPort()));
    std::fflush(stderr);
    return true;
}

} // namespace Veil
