#include "ExitCheckRunner.h"

#include "config/ExitPasswords.h"
#include "config/SecretStore.h"
#include "exits/Router.h"

#include <cstdio>

namespace Veil {

ExitCheckRunner::ExitCheckRunner(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("ExitCheckRunner"));
}

ExitCheckRunner::~ExitCheckRunner() = default;

void ExitCheckRunner::start(const Settings &settings)
{
    m_settings = settings.exits;
    QStringList messages;
    SecretStore keychain;
    const QHash<QString, QString> passwords = resolveExitPasswords(m_settings, &keychain, &messages);
    for (const QString &m : messages) {
        std::fprintf(stderr, "veil: %s\n", qPrintable(m));
    }
    if (m_settings.exits.isEmpty()) {
        std::fprintf(stderr, "veil: %s\n",
                     qPrintable(tr("no exit is configured (add one with --exit or in the config file)")));
        m_problem = true;
        finishSoon();
        return;
    }
    for (const Exit &exit : std::as_const(m_settings.exits)) {
        if (exit.enabled) {
            m_pending.insert(exit.id);
        } else {
            std::printf("%s\n", qPrintable(tr("%1: disabled, not checked").arg(label(exit.id))));
        }
    }
    std::fflush(stdout);
    if (m_pending.isEmpty()) {
        m_problem = true;
        finishSoon();
        return;
    }
    m_router = std::make_shared<const Router>(m_settings, passwords);
    m_checker = new HealthChecker(&m_board, this);
    connect(m_checker, &HealthChecker::probeFinished, this, &ExitCheckRunner::onProbe);
    connect(m_checker->ipChecker(), &ExitIpChecker::checked, this, &ExitCheckRunner::onIpChecked);
    m_checker->setRouter(m_router);
    // The checker would start within a second anyway; this makes it now. Its IP checker follows
    // each first good probe by itself.
    m_checker->probeNow();
}

void ExitCheckRunner::onProbe(const ProbeResult &result)
{
    if (!m_pending.contains(result.exitId) || m_probes.contains(result.exitId)) {
        return; // only the first probe of each exit counts
    }
    m_probes.insert(result.exitId, result);
    if (!result.ok || m_settings.ipCheckUrl.isEmpty()) {
        complete(result.exitId, nullptr);
    }
}

void ExitCheckRunner::onIpChecked(const ExitIpResult &result)
{
    if (m_pending.contains(result.exitId) && m_probes.contains(result.exitId)) {
        complete(result.exitId, &result);
    }
}

void ExitCheckRunner::complete(const QString &exitId, const ExitIpResult *ip)
{
    m_pending.remove(exitId);
    const ProbeResult probe = m_probes.value(exitId);
    QString line;
    if (!probe.ok) {
        line = tr("%1: down: %2").arg(label(exitId), probe.error);
        m_problem = true;
    } else {
        const qint64 delayUs = probe.requestUs >= 0 ? probe.requestUs : probe.connectUs;
        line = tr("%1: up, %2 ms").arg(label(exitId)).arg((delayUs + 500) / 1000);
        if (ip) {
            line += QStringLiteral(", ") + ip->summary();
            m_problem = m_problem || !ip->hasAddress() || !ip->error.isEmpty() || ip->regionMismatch;
        }
    }
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
    if (m_pending.isEmpty()) {
        finishSoon();
    }
}

void ExitCheckRunner::finishSoon()
{
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_problem ? ExitCodeProblem : 0); }, Qt::QueuedConnection);
}

QString ExitCheckRunner::label(const QString &exitId) const
{
    const Exit *exit = m_settings.findExit(exitId);
    const QString region = exit && !exit->region.isEmpty() ? exit->region : tr("no region");
    return tr("exit %1 (%2)").arg(exitId, region);
}

} // namespace Veil
