#pragma once

#include "config/Settings.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QSystemTrayIcon;

namespace Veil {

/**
 * The tray icon and its menu: protection on/off, Mode ▸, Region ▸ (radio items with flags), Open
 * Veil, Quit. It never touches the engine itself: a choice emits settingsChangeRequested() with
 * the whole new Settings, and the window applies it (snapshot swap) and saves it. The menu is
 * built even where no tray exists (some Linux desktops, tests), so it can be shown elsewhere.
 */
class TrayController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayController)

public:
    enum class State
    {
        Off,     ///< protection off: direct
        On,      ///< traffic goes through the selected region
        Holding, ///< on, but no exit of the region is healthy: connections are held (fail closed)
        Error,   ///< the engine is not running
    };

    explicit TrayController(QObject *parent = nullptr);
    ~TrayController() override;

    /** Rebuilds the menu for @p settings (regions from the enabled exits, current mode). */
    void setSettings(const Settings &settings);
    void setState(State state, const QString &detail = {});
    State state() const { return m_state; }

    bool isTrayAvailable() const;
    QMenu *menu() const { return m_menu; }
    QAction *protectionAction() const { return m_protection; }
    /** "System proxy": checked while the OS proxy points at Veil. */
    QAction *systemProxyAction() const { return m_systemProxy; }
    void setSystemProxyChecked(bool on);
    /** The region items, in menu order (data: the region code). */
    QList<QAction *> regionActions() const;
    QList<QAction *> modeActions() const;

    /** "🇺🇸 US": the flag emoji (regional indicator symbols) and the code; the code alone without an emoji
     * font. */
    static QString regionLabel(const QString &code);

Q_SIGNALS:
    void settingsChangeRequested(const Veil::Settings &settings);
    void openRequested();
    void aboutRequested();
    void systemProxyToggled(bool on);
    void copyEnvironmentRequested();
    void quitRequested();

private:
    void requestMode(RoutingMode mode);
    void requestRegion(const QString &code);
    void updateIcon();

    Settings m_settings;
    RoutingMode m_lastProtectedMode = RoutingMode::Exit;
    State m_state = State::Error;
    QString m_detail;
    QMenu *m_menu;
    QMenu *m_modeMenu;
    QMenu *m_regionMenu;
    QAction *m_protection;
    QAction *m_systemProxy;
    QActionGroup *m_modeGroup;
    QActionGroup *m_regionGroup;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace Veil
