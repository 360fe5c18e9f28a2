#include "HeadlessRunner.h"

#include "SignalWatcher.h"
#include "config/ExitPasswords.h"
#include "config/SecretStore.h"
#include "engine/Engine.h"
#include "traffic/TrafficLogWriter.h"

#include <QCoreApplication>

#include <cstdio>

namespace Veil {

HeadlessRunner::HeadlessRunner(QObject *parent)
    : QObject(parent)
    , m_engine(std::make_unique<Engine>())
{}

HeadlessRunner::~HeadlessRunner() = default;

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
    std::fflush(stderr);
    return true;
}

} // namespace Veil
