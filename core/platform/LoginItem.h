#pragma once

#include <QString>
#include <QStringList>

namespace Veil {

/**
 * Starts Veil when the user logs in: an XDG autostart entry (~/.config/autostart/veil.desktop)
 * on Linux and other freedesktop systems, a LaunchAgent (~/Library/LaunchAgents) on macOS, and
 * the HKCU "Run" value on Windows. The entry itself is the setting: isEnabled() reads it back,
 * so an entry the user removed by hand is never contradicted. The text builders are pure
 * functions, tested on every platform.
 */
class LoginItem
{
public:
    /** @p program: what to start (default: this executable, or $APPIMAGE for an AppImage). */
    explicit LoginItem(QString program = {});

    bool isEnabled() const;
    /** Writes or removes the entry; false with errorString() set on failure. */
    bool setEnabled(bool on);
    QString errorString() const { return m_error; }

    /** Where the entry lives: a file path, or the registry value's path on Windows. */
    QString location() const;
    QString program() const { return m_program; }

    /** The .desktop file for XDG autostart. */
    static QString desktopEntry(const QString &program, const QStringList &arguments = {});
    /** The LaunchAgent property list for macOS. */
    static QString launchAgentPlist(const QString &label, const QString &program,
                                    const QStringList &arguments = {});
    /** The command line stored in the Windows Run value (quoted program, then arguments). */
    static QString windowsRunCommand(const QString &program, const QStringList &arguments = {});
    /**
     * Windows: veil.com (the console build, what a command line runs) maps to the veil.exe beside
     * it, which opens no console window at login; anything else is returned as is.
     */
    static QString windowedProgram(const QString &program);
    /** One Exec= argument quoted as the Desktop Entry Specification asks. */
    static QString desktopExecArgument(const QString &argument);

    /** The app id (VEIL_APP_ID): the LaunchAgent label, and the icon the autostart entry names. */
    static QString appId();

private:
    QString m_program;
    QString m_error;
};

} // namespace Veil
