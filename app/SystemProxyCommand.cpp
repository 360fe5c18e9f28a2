#include "SystemProxyCommand.h"

#include "platform/CommandRunner.h"
#include "platform/SystemProxyController.h"

#include <QCoreApplication>

#include <cstdio>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::SystemProxyCommand)
};

} // namespace

static void say(const QString &text)
{
    std::fprintf(stderr, "veil: %s\n", qPrintable(text));
    std::fflush(stderr);
}

int runSystemProxyRestore(const QString &statePath)
{
    SystemProxyStateFile file(statePath);
    if (!file.exists()) {
        say(Tr::tr("no system proxy change to restore (%1 does not exist)").arg(statePath));
        return 0;
    }
    return recoverSystemProxyLeftover(statePath) ? 0 : 1;
}

bool recoverSystemProxyLeftover(const QString &statePath)
{
    SystemProxyStateFile file(statePath);
    if (!file.exists()) {
        return true;
    }
    // The backend that made the change undoes it, whatever this desktop looks like now.
    const std::optional<SystemProxyState> state = file.load();
    QString error;
    std::unique_ptr<SystemProxy> backend = createSystemProxy(
        state ? state->backend : QStringLiteral("auto"), std::make_shared<ProcessCommandRunner>(), &error);
    if (!backend) {
        say(Tr::tr("cannot restore the system proxy recorded in %1: %2").arg(statePath, error));
        return false;
    }
    SystemProxyController controller(std::move(backend), statePath);
    switch (controller.recoverLeftover()) {
    case SystemProxyController::Recovery::NothingToDo:
        return true;
    case SystemProxyController::Recovery::Restored:
        say(Tr::tr("restored the %1 proxy settings a previous Veil left behind")
                .arg(controller.backendName()));
        if (!controller.leftAloneScopes().isEmpty()) {
            say(Tr::tr("left alone (changed by another program): %1")
                    .arg(controller.leftAloneScopes().join(QLatin1String(", "))));
        }
        return true;
    case SystemProxyController::Recovery::LeftAlone:
        say(Tr::tr("a previous Veil left a system proxy mark, but another program has changed the %1 proxy "
                   "settings since; they were left alone")
                .arg(controller.backendName()));
        return true;
    case SystemProxyController::Recovery::Failed:
        break;
    }
    say(Tr::tr("cannot restore the system proxy: %1").arg(controller.errorString()));
    return false;
}

} // namespace Veil
