#pragma once

#include "config/Settings.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;

namespace Veil {

class Engine;
class SystemProxyController;
class CachePage;
class ExitsPage;
class OverviewPage;
class RulesPage;
class SettingsPage;
class TrafficPage;
class TrayController;

/**
 * The desktop window: the Overview, Traffic, Rules, Exits and Settings pages and the tray.
 * Changes made in any page or the tray arrive here as whole new Settings, are applied to the
 * engine at once (snapshot swap; a new listen address restarts the listener) and the fields that
 * changed are saved into the config file, leaving the rest of it as the user wrote it.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Starts the engine; @p configPath is where tray changes are saved (empty: not saved). */
    bool startEngine(const Settings &settings, const QString &configPath = {});
    QString engineError() const;

    Engine *engine() const { return m_engine.get(); }
    TrayController *tray() const { return m_tray; }
    TrafficPage *trafficPage() const { return m_traffic; }
    OverviewPage *overviewPage() const { return m_overview; }
    ExitsPage *exitsPage() const { return m_exitsPage; }
    CachePage *cachePage() const { return m_cachePage; }
    RulesPage *rulesPage() const { return m_rulesPage; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    /** The settings in force. */
    const Settings &settings() const { return m_settings; }
    /**
     * Applies @p settings to the running engine (a new listen address restarts the listener; when
     * it cannot listen there the old address stays and the Settings page says why), then saves
     * the fields that changed.
     */
    void applySettings(const Settings &settings);
    /**
     * Points the OS proxy settings at this engine (or restores the user's). The first change
     * saves the user's settings; quitting restores them. False with a message in the status line
     * when the desktop is not supported or the change failed.
     */
    bool setSystemProxyEnabled(bool on);
    /** The system-proxy backend ("auto", "gnome", …) from --system-proxy-backend. */
    void setSystemProxyBackend(const QString &backend);
    /** Shows, un-minimises and raises the window (tray click, second launch). */
    void bringToFront();
    /** The About box: version (from project(VERSION), as `veil --version`) and the Qt it runs on. */
    void showAbout();
    static QString aboutText();
    /**
     * Saves a PNG of every page into @p directory ("1-overview.png", …) after @p delayMs, then
     * emits screenshotsDone(). For .ci/screenshots.sh (VEIL_SCREENSHOTS=DIR) and reviewers.
     */
    void saveScreenshots(const QString &directory, int delayMs);

Q_SIGNALS:
    void screenshotsDone(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void drainEvents();
    void updateState();
    /** Restarts the engine on @p settings' listen address; on failure back on @p before's, and says why. */
    QString moveListener(const Settings &settings, const Settings &before);
    void saveChanges(const Settings &before, const Settings &after);
    void setPagesSettings(const Settings &settings);

    std::unique_ptr<Engine> m_engine;
    Settings m_settings;
    QString m_configPath;
    QHash<QString, QString> m_passwords;
    QLabel *m_status;
    OverviewPage *m_overview;
    TrafficPage *m_traffic;
    ExitsPage *m_exitsPage;
    RulesPage *m_rulesPage;
    CachePage *m_cachePage;
    SettingsPage *m_settingsPage;
    TrayController *m_tray;
    SystemProxyController *m_systemProxy = nullptr;
    QString m_systemProxyBackend = QStringLiteral("auto");
    QTimer m_drain; ///< pulls events at most 10 times a second (DESIGN.md)
    QTimer m_tick;  ///< once a second: overview counters and graph
};

} // namespace Veil
