// Veil entry point: parse the command line, then run the headless engine or the desktop app.

#include "CommandLine.h"
#include "ExitCheckRunner.h"
#include "ExitImportCommand.h"
#include "HeadlessRunner.h"
#include "SystemProxyCommand.h"
#include "i18n/Translations.h"
#include "platform/SystemProxyStateFile.h"

#include <QCoreApplication>

#ifdef VEIL_HAVE_GUI
#include "MainWindow.h"
#include "SingleInstance.h"
#include "TrayController.h"
#include <QApplication>
#include <QMessageBox>
#endif

#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {

/** A GUI needs a display; without one (servers, CI, ssh) the engine runs headless. */
bool displayAvailable()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           qEnvironmentVariable("QT_QPA_PLATFORM") == QLatin1String("offscreen");
#else
    return true;
#endif
}

/** Each relayed connection needs two descriptors; lift the soft limit to the hard one. */
void raiseFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
#endif
}

[[maybe_unused]] bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--headless" || arg == "-headless" || arg == "--help" || arg == "-h" ||
            arg == "--version" || arg == "-v" || arg.startsWith("--import-exits") || arg == "--check-exits" ||
            arg == "-check-exits" || arg == "--restore-system-proxy" || arg == "-restore-system-proxy") {
            return true;
        }
    }
    return !displayAvailable();
}

void printMessages(const QStringList &messages)
{
    for (const QString &m : messages) {
        std::fprintf(stderr, "veil: %s\n", qPrintable(m));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("Veil"));
    QCoreApplication::setApplicationName(QStringLiteral("veil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VEIL_VERSION));
    raiseFileLimit();
#ifdef Q_OS_LINUX
    // Qt's own poll dispatcher costs about a third less CPU per proxied request than the GLib one
    // (measured with wrk); every engine thread runs one. The main thread keeps GLib, which
    // QtKeychain's libsecret backend needs to deliver its results. A user's own setting wins.
    if (!qEnvironmentVariableIsSet("QT_NO_THREADED_GLIB")) {
        qputenv("QT_NO_THREADED_GLIB", "1");
    }
#endif

    std::unique_ptr<QCoreApplication> app;
#ifdef VEIL_HAVE_GUI
    const bool gui = !wantsHeadless(argc, argv);
    if (gui) {
        app = std::make_unique<QApplication>(argc, argv);
        // Ties the windows to the installed <app id>.desktop (icon and name on Wayland docks).
        QGuiApplication::setDesktopFileName(QStringLiteral(VEIL_APP_ID));
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
#else
    const bool gui = false;
    app = std::make_unique<QCoreApplication>(argc, argv);
#endif

    // Before parsing, so that the help text and the parser's messages are translated too.
    const QString startLanguage = Veil::languageBeforeParsing(QCoreApplication::arguments());
    Veil::installTranslations(startLanguage);
    const Veil::CommandLineResult cmd = Veil::parseCommandLine(QCoreApplication::arguments());
    switch (cmd.action) {
    case Veil::CommandLineResult::Action::ShowHelp:
        std::fputs(qPrintable(cmd.helpText), stdout);
        return 0;
    case Veil::CommandLineResult::Action::ShowVersion:
        std::printf("veil %s\n", VEIL_VERSION);
        return 0;
    case Veil::CommandLineResult::Action::Error:
        std::fprintf(stderr, "veil: %s\n%s\n", qPrintable(cmd.errorText),
                     qPrintable(QObject::tr("Try 'veil --help'.")));
        return 2;
    case Veil::CommandLineResult::Action::ImportExits:
        printMessages(cmd.messages);
        return Veil::runExitImport(cmd.configPath, cmd.importPath, cmd.importRegion);
    case Veil::CommandLineResult::Action::RestoreSystemProxy:
        return Veil::runSystemProxyRestore(Veil::SystemProxyStateFile::defaultPath());
    case Veil::CommandLineResult::Action::Run:
        break;
    }
    if (cmd.settings.ui.language != startLanguage) {
        Veil::installTranslations(cmd.settings.ui.language); // the config the parser loaded says otherwise
    }
    printMessages(cmd.messages);
    // A Veil that crashed or was killed may have left the system proxy pointing at it.
    Veil::recoverSystemProxyLeftover(Veil::SystemProxyStateFile::defaultPath());

    if (cmd.checkExits) {
        Veil::ExitCheckRunner checker;
        QObject::connect(&checker, &Veil::ExitCheckRunner::finished, &checker,
                         [](int code) { QCoreApplication::exit(code); });
        checker.start(cmd.settings);
        return QCoreApplication::exec();
    }

    if (!gui || cmd.headless) {
        Veil::HeadlessRunner runner;
        if (cmd.systemProxy) {
            runner.setSystemProxy(cmd.systemProxyMode, cmd.systemProxyBackend);
        }
        if (!runner.start(cmd.settings)) {
            return 1;
        }
        return QCoreApplication::exec();
    }

#ifdef VEIL_HAVE_GUI
    Veil::SingleInstance instance;
    if (!instance.claim()) {
        std::fprintf(
            stderr, "veil: %s\n",
            qPrintable(QObject::tr("Veil is already running; its window was brought to the front.")));
        return 0;
    }
    Veil::MainWindow window;
    QObject::connect(&instance, &Veil::SingleInstance::raiseRequested, &window,
                     &Veil::MainWindow::bringToFront);
    window.setSystemProxyBackend(cmd.systemProxyBackend);
    if (!window.startEngine(cmd.settings, cmd.configPath)) {
        std::fprintf(stderr, "veil: %s\n", qPrintable(window.engineError()));
        QMessageBox::critical(nullptr, QObject::tr("Veil"), window.engineError());
        return 1;
    }
    // With a tray, closing the window keeps Veil running; without one, the window is the app.
    QApplication::setQuitOnLastWindowClosed(!window.tray()->isTrayAvailable());
    const bool screenshots = !qEnvironmentVariableIsEmpty("VEIL_SCREENSHOTS");
    if (!cmd.settings.ui.startMinimized || !window.tray()->isTrayAvailable() || screenshots) {
        window.show();
    }
    if (cmd.systemProxy || cmd.settings.systemProxy.onStart) {
        window.setSystemProxyEnabled(true); // --system-proxy works the same with the window
    }
    if (screenshots) {
        const QString shots = qEnvironmentVariable("VEIL_SCREENSHOTS");
        // .ci/screenshots.sh: one PNG per page once traffic has arrived, then quit.
        QObject::connect(&window, &Veil::MainWindow::screenshotsDone, qApp,
                         [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
        window.saveScreenshots(shots, qEnvironmentVariableIntValue("VEIL_SCREENSHOTS_DELAY_MS") > 0
                                          ? qEnvironmentVariableIntValue("VEIL_SCREENSHOTS_DELAY_MS")
                                          : 5000);
    }
    return QApplication::exec();
#else
    return 0;
#endif
}
