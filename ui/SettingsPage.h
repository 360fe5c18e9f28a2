#pragma once

#include "config/Settings.h"
#include "platform/LoginItem.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Veil {

class PrivacySettingsBox;

/**
 * The Settings page: listen address and port, kill switch, system proxy on start and its bypass
 * list; start on login, start minimised, close to tray, theme, language and how many requests the
 * traffic log keeps; the privacy filters (PrivacySettingsBox). Each field validates as the user types and
 * shows why a value is refused next to it. Toggles and choices apply at once; text fields apply when editing
 * finishes, except the listen address, which restarts the listener and so waits for its own Apply button.
 * Everything but "start on login" is requested as new Settings (applied and saved by the window);
 * the login item is the autostart entry itself (LoginItem).
 */
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(QWidget *parent = nullptr);
    ~SettingsPage() override;

    void setSettings(const Settings &settings);
    /** Without a tray, "start minimised" and "close to tray" cannot work; they are disabled and say so. */
    void setTrayAvailable(bool available);
    /** The window could not listen on the new address; the old one stays in force. */
    void setListenError(const QString &error);
    /** What "Apply" next to the listen fields does; false (and the message shown) when invalid. */
    bool applyListen();

    /** Languages offered besides "system": codes of the embedded translations, plus English. */

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *portEdit() const { return m_port; }
    QPushButton *listenApplyButton() const { return m_applyListen; }
    QCheckBox *killSwitchBox() const { return m_killSwitch; }
    QCheckBox *systemProxyBox() const { return m_systemProxy; }
    QLineEdit *bypassEdit() const { return m_bypass; }
    QCheckBox *loginBox() const { return m_login; }
    QCheckBox *minimizedBox() const { return m_minimized; }
    QCheckBox *closeToTrayBox() const { return m_closeToTray; }
    QComboBox *themeBox() const { return m_theme; }
    QComboBox *proxyModeBox() const { return m_proxyMode; }
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *trafficRowsBox() const { return m_trafficRows; }
    PrivacySettingsBox *privacyBox() const { return m_privacy; }
    QString listenProblem() const;
    QString bypassProblem() const;
    QString loginProblem() const;

Q_SIGNALS:
    void settingsChangeRequested(const Veil::Settings &settings);
    void aboutRequested();

private:
    void request(const Settings &next);
    void validateListen();
    void validateBypass();
    void applyBypass();
    void setLogin(bool on);

    Settings m_settings;
    LoginItem m_loginItem;
    bool m_updating = false;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QPushButton *m_applyListen;
    QLabel *m_listenProblem;
    QCheckBox *m_killSwitch;
    QCheckBox *m_systemProxy;
    QLineEdit *m_bypass;
    QLabel *m_bypassProblem;
    QCheckBox *m_login;
    QLabel *m_loginProblem;
    QCheckBox *m_minimized;
    QCheckBox *m_closeToTray;
    QLabel *m_trayNote;
    QComboBox *m_theme;
    QComboBox *m_proxyMode;
    QComboBox *m_language;
    QSpinBox *m_trafficRows;
    PrivacySettingsBox *m_privacy;
};

} // namespace Veil
