#include "MainWindow.h"

#include "CachePage.h"
#include "ExitsPage.h"
#include "OverviewPage.h"
#include "RulesPage.h"
#include "SettingsPage.h"
#include "Theme.h"
#include "TrafficModel.h"
#include "TrafficPage.h"
#include "TrayController.h"
#include "config/ConfigFile.h"
#include "config/ExitPasswords.h"
#include "config/SecretStore.h"
#include "engine/Engine.h"
#include "exits/HealthChecker.h"
#include "platform/CommandRunner.h"
#include "platform/ProxyEnvironment.h"
#include "platform/SystemProxyController.h"
#include "traffic/EventHub.h"

#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Veil {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_engine(std::make_unique<Engine>())
    , m_status(new QLabel(this))
    , m_overview(new OverviewPage(this))
    , m_traffic(new TrafficPage(this))
    , m_exitsPage(new ExitsPage(this))
    , m_rulesPage(new RulesPage(this))
    , m_cachePage(new CachePage(this))
    , m_settingsPage(new SettingsPage(this))
    , m_tray(new TrayController(this))
{
    setWindowTitle(tr("Veil"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *pages = new QTabWidget(this);
    pages->setDocumentMode(true);
    pages->addTab(m_overview, tr("Overview"));
    pages->addTab(m_traffic, tr("Traffic"));
    pages->addTab(m_rulesPage, tr("Rules"));
    pages->addTab(m_exitsPage, tr("Exits"));
    pages->addTab(m_cachePage, tr("Cache"));
    pages->addTab(m_settingsPage, tr("Settings"));
    m_cachePage->setEngine(m_engine.get());
    // The details pane shows heads and timings: only the GUI asks the engine for them.
    m_engine->eventHub()->setDetailsWanted(true);
    connect(m_traffic, &TrafficPage::closeConnectionRequested, m_engine.get(), &Engine::closeConnection);
    connect(m_engine.get(), &Engine::connectionCloseAnswered, m_traffic,
            &TrafficPage::connectionCloseAnswered);
    layout->addWidget(pages, 1);
    setCentralWidget(central);
    resize(1100, 640);

    m_drain.setInterval(100);
    connect(&m_drain, &QTimer::timeout, this, &MainWindow::drainEvents);
    connect(m_tray, &TrayController::settingsChangeRequested, this, &MainWindow::applySettings);
    connect(m_overview, &OverviewPage::settingsChangeRequested, this, &MainWindow::applySettings);
    connect(m_exitsPage, &ExitsPage::settingsChangeRequested, this, &MainWindow::applySettings);
    connect(m_rulesPage, &RulesPage::settingsChangeRequested, this, &MainWindow::applySettings);
    connect(m_settingsPage, &SettingsPage::settingsChangeRequested, this, &MainWindow::applySettings);
    connect(m_cachePage, &CachePage::settingsChangeRequested, this, &MainWindow::applySettings);
    connect(m_rulesPage, &RulesPage::updateListsRequested, m_engine.get(),
            [this] { m_engine->updateBlocklists(); });
    connect(m_engine.get(), &Engine::subscriptionStateChanged, m_rulesPage, &RulesPage::subscriptionChanged);
    connect(m_engine.get(), &Engine::blocklistsLoaded, this, [this](const QList<BlocklistReport> &reports) {
        m_rulesPage->refresh(*m_engine); // the new policy snapshot for "test a URL"
        m_rulesPage->listsLoaded(reports);
    });
    connect(m_exitsPage, &ExitsPage::testRequested, this, [this] {
        if (m_engine->healthChecker()) {
            m_engine->healthChecker()->probeNow();
        }
        m_engine->checkExitIps();
    });
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_overview->refresh(*m_engine);
        m_exitsPage->refresh(*m_engine);
        m_rulesPage->refresh(*m_engine);
        if (m_cachePage->isVisible()) {
            m_cachePage->refresh();
        }
    });
    connect(m_tray, &TrayController::openRequested, this, &MainWindow::bringToFront);
    connect(m_tray, &TrayController::aboutRequested, this, &MainWindow::showAbout);
    connect(m_settingsPage, &SettingsPage::aboutRequested, this, &MainWindow::showAbout);
    connect(m_tray, &TrayController::quitRequested, qApp, &QApplication::quit);
    connect(m_tray, &TrayController::systemProxyToggled, this, &MainWindow::setSystemProxyEnabled);
    connect(m_tray, &TrayController::copyEnvironmentRequested, this, [this] {
        // For terminals and programs that ignore the system setting; Veil never edits shell files.
        SystemProxyTarget target;
        target.port = m_engine->port();
#ifdef Q_OS_WIN
        const auto shell = ProxyEnvironment::Shell::PowerShell;
#else
        const auto shell = ProxyEnvironment::Shell::Posix;
#endif
        QGuiApplication::clipboard()->setText(ProxyEnvironment::text(target, shell));
        m_status->setText(tr("Proxy environment variables copied: paste them into a terminal."));
    });
    // Restore the user's proxy settings before the engine goes away, so nothing points at a
    // closed port even for a moment.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] { setSystemProxyEnabled(false); });
    connect(m_engine.get(), &Engine::exitHealthChanged, this, &MainWindow::updateState);
}

MainWindow::~MainWindow() = default;

bool MainWindow::startEngine(const Settings &settings, const QString &configPath)
{
    m_settings = settings;
    m_configPath = configPath;
    QStringList messages;
    SecretStore keychain;
    m_passwords = resolveExitPasswords(settings.exits, &keychain, &messages);
    if (!m_engine->start(settings, m_passwords)) {
        m_status->setText(m_engine->errorString());
        m_tray->setState(TrayController::State::Error, m_engine->errorString());
        return false;
    }
    Theme::apply(settings.ui.theme);
    m_traffic->model()->setCapacity(settings.ui.trafficRows);
    m_settingsPage->setTrayAvailable(m_tray->isTrayAvailable());
    setPagesSettings(settings);
    m_tick.start();
    updateState();
    if (!m_tray->isTrayAvailable()) {
        auto *note =
            new QLabel(tr("This desktop has no system tray, so Veil lives in this window: closing it "
                          "quits Veil."),
                       this);
        statusBar()->addPermanentWidget(note, 1);
    }
    m_drain.start();
    return true;
}

QString MainWindow::engineError() const
{
    return m_engine->errorString();
}

void MainWindow::setPagesSettings(const Settings &settings)
{
    m_tray->setSettings(settings);
    m_overview->setSettings(settings);
    m_overview->refresh(*m_engine);
    m_exitsPage->setSettings(settings);
    m_rulesPage->setSettings(settings);
    m_rulesPage->refresh(*m_engine);
    m_settingsPage->setSettings(settings);
    m_cachePage->setSettings(settings);
}

void MainWindow::applySettings(const Settings &requested)
{
    Settings settings = requested;
    const Settings before = m_settings;
    const bool exitsChanged = settings.exits.exits != before.exits.exits;
    // Re-read passwords whenever an exit needs one: the Exits page may just have changed it.
    const bool needPasswords = std::any_of(settings.exits.exits.cbegin(), settings.exits.exits.cend(),
                                           [](const Exit &e) { return e.enabled && !e.user.isEmpty(); });
    if (exitsChanged || needPasswords) {
        QStringList messages;
        SecretStore keychain;
        m_passwords = resolveExitPasswords(settings.exits, &keychain, &messages);
    }
    const bool listenChanged =
        settings.listenHost != before.listenHost || settings.listenPort != before.listenPort;
    QString listenError;
    if (listenChanged && m_engine->isRunning()) {
        listenError = moveListener(settings, before);
        if (!listenError.isEmpty()) {
            settings.listenHost = before.listenHost;
            settings.listenPort = before.listenPort;
        }
    }
    m_settings = settings;
    m_engine->applySettings(settings, m_passwords);
    if (settings.ui.theme != before.ui.theme) {
        Theme::apply(settings.ui.theme);
    }
    if (settings.ui.trafficRows != before.ui.trafficRows) {
        m_traffic->model()->setCapacity(settings.ui.trafficRows);
    }
    setPagesSettings(settings);
    if (!listenError.isEmpty()) {
        m_settingsPage->setListenError(listenError);
    }
    updateState();
    if (m_systemProxy && m_systemProxy->isActive() &&
        (listenChanged || settings.systemProxy.bypass != before.systemProxy.bypass ||
         settings.systemProxy.pac != before.systemProxy.pac)) {
        setSystemProxyEnabled(true); // point it at the new address, in the new mode, with the new bypass list
    }
    saveChanges(before, settings);
}

QString MainWindow::moveListener(const Settings &settings, const Settings &before)
{
    // Make before break: the new address is bound before the old one closes, so a refused
    // address leaves Veil where it was and open connections are not cut.
    if (m_engine->moveListener(settings)) {
        return {};
    }
    return tr("Veil cannot listen there (%1); it stays on %2:%3.")
        .arg(m_engine->errorString(), before.listenHost)
        .arg(before.listenPort);
}

QString MainWindow::aboutText()
{
    return tr("<h3>Veil %1</h3><p>A privacy proxy on your own machine: it blocks trackers, sends each "
              "site directly or through an exit in the region you choose, and never leaks your address "
              "or DNS through an exit.</p><p>Built with Qt %2, running on Qt %3.</p>")
        .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
             QString::fromLatin1(qVersion()));
}

void MainWindow::showAbout()
{
    bringToFront();
    QMessageBox::about(this, tr("About Veil"), aboutText());
}

void MainWindow::saveChanges(const Settings &before, const Settings &after)
{
    if (m_configPath.isEmpty()) {
        return;
    }
    ConfigFile file(m_configPath);
    if (!file.saveChanges(before, after)) {
        m_status->setText(tr("The change is active but could not be saved: %1").arg(file.errorString()));
    }
}

void MainWindow::updateState()
{
    if (!m_engine->isRunning()) {
        m_tray->setState(TrayController::State::Error, m_engine->errorString());
        return;
    }
    const QString where = QStringLiteral("%1:%2").arg(m_engine->address().toString()).arg(m_engine->port());
    const ExitSettings &routing = m_settings.exits;
    if (routing.mode == RoutingMode::Direct) {
        m_tray->setState(TrayController::State::Off);
        m_status->setText(tr("Protection is off: Veil on %1 connects directly. Set your browser's HTTP, "
                             "HTTPS and SOCKS5 proxy to this address, or use http://%1/proxy.pac")
                              .arg(where));
        return;
    }
    const QHash<QString, ExitHealth> health = m_engine->exitHealth().snapshot();
    bool anyUp = false;
    for (const Exit &e : routing.exitsInRegion(routing.region)) {
        // An exit not probed yet counts as up, as the selector treats it.
        anyUp = anyUp || (e.enabled && health.value(e.id, ExitHealth{}).up);
    }
    if (anyUp) {
        m_tray->setState(TrayController::State::On);
        m_status->setText(tr("Veil on %1 sends traffic through region %2.")
                              .arg(where, TrayController::regionLabel(routing.region)));
    } else {
        m_tray->setState(TrayController::State::Holding);
        m_status->setText(tr("Veil on %1 is holding connections: no healthy exit in region %2%3.")
                              .arg(where, routing.region.isEmpty() ? tr("(none chosen)") : routing.region,
                                   routing.fallsBackDirect() ? tr(", falling back to direct") : QString()));
    }
}

void MainWindow::saveScreenshots(const QString &directory, int delayMs)
{
    QTimer::singleShot(delayMs, this, [this, directory] {
        auto *pages = findChild<QTabWidget *>();
        bool ok = pages && QDir().mkpath(directory);
        for (int i = 0; ok && i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            m_overview->refresh(*m_engine);
            QCoreApplication::processEvents();
            // Named after the page class ("Veil::OverviewPage" → "overview"), the same in every language.
            QString name = QString::fromLatin1(pages->widget(i)->metaObject()->className())
                               .section(QStringLiteral("::"), -1)
                               .toLower();
            if (name.endsWith(QLatin1String("page"))) {
                name.chop(4);
            }
            ok = grab().save(QDir(directory).filePath(QStringLiteral("%1-%2.png").arg(i + 1).arg(name)));
        }
        Q_EMIT screenshotsDone(ok);
    });
}

void MainWindow::setSystemProxyBackend(const QString &backend)
{
    m_systemProxyBackend = backend.isEmpty() ? QStringLiteral("auto") : backend;
}

bool MainWindow::setSystemProxyEnabled(bool on)
{
    if (!on) {
        if (m_systemProxy && m_systemProxy->isActive() && !m_systemProxy->disable()) {
            m_status->setText(tr("Could not restore the system proxy: %1").arg(m_systemProxy->errorString()));
            return false;
        }
        m_tray->setSystemProxyChecked(false);
        return true;
    }
    if (!m_systemProxy) {
        QString error;
        std::unique_ptr<SystemProxy> backend =
            createSystemProxy(m_systemProxyBackend, std::make_shared<ProcessCommandRunner>(), &error);
        if (!backend) {
            m_status->setText(tr("Veil cannot set the system proxy here: %1").arg(error));
            m_tray->setSystemProxyChecked(false);
            return false;
        }
        m_systemProxy =
            new SystemProxyController(std::move(backend), SystemProxyStateFile::defaultPath(), this);
        connect(m_systemProxy, &SystemProxyController::changedExternally, this,
                [this](const QStringList &scopes) {
                    m_tray->setSystemProxyChecked(false);
                    m_status->setText(
                        tr("Another program changed the system proxy (%1); Veil leaves it alone.")
                            .arg(scopes.join(QStringLiteral(", "))));
                });
    }
    SystemProxyTarget target;
    target.mode = m_settings.systemProxy.pac ? SystemProxyTarget::Mode::Pac : SystemProxyTarget::Mode::Fixed;
    target.port = m_engine->port();
    target.bypass += m_settings.systemProxy.bypass;
    const QHostAddress address = m_engine->address();
    if (address != QHostAddress::Any && address != QHostAddress::AnyIPv4 &&
        address != QHostAddress::AnyIPv6) {
        target.host = address.toString();
    }
    const bool ok = m_systemProxy->enable(target);
    m_tray->setSystemProxyChecked(ok);
    if (!ok) {
        m_status->setText(tr("Could not set the system proxy: %1").arg(m_systemProxy->errorString()));
    }
    return ok;
}

void MainWindow::bringToFront()
{
    showNormal();
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_tray->isTrayAvailable() && m_settings.ui.closeToTray) {
        hide(); // keeps running in the tray; Quit is in its menu
        event->ignore();
        return;
    }
    event->accept();
    if (m_tray->isTrayAvailable()) {
        // Closing means quitting; the tray would otherwise keep a windowless Veil alive.
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
}

void MainWindow::drainEvents()
{
    // Everything queued since the last tick, in one model batch (the hub is bounded and drops
    // and counts when full; DESIGN.md, Threads).
    m_traffic->addEvents(m_engine->eventHub()->drain(50000));
}

} // namespace Veil
