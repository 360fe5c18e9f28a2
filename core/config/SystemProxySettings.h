#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Veil {

/**
 * What the desktop app does with the operating system's proxy setting; stored under
 * "systemProxy". The command line's --system-proxy does the same for one run.
 */
struct SystemProxySettings
{
    /** Point the system proxy at Veil when the window starts (restored on quit). */
    bool onStart = false;
    /**
     * How the system is pointed at Veil ("mode" in the file): false "fixed" (HTTP, HTTPS and SOCKS
     * proxy = the listener), true "pac" (automatic configuration from the engine's /proxy.pac).
     */
    bool pac = false;
    /**
     * Hosts and networks that bypass Veil, besides localhost, 127.0.0.0/8 and ::1 (always
     * bypassed): names ("intranet.example"), wildcards ("*.corp.example"), addresses and
     * networks ("10.0.0.0/8", "fd00::/8"). Used for the system setting and the PAC file.
     */
    QStringList bypass;

    bool operator==(const SystemProxySettings &) const = default;

    /** Returns {"systemProxy": {…}}, to be merged into the config root. */
    QJsonObject toJson() const;
    /** Applies "systemProxy" from the config root; a bad field adds a message and keeps its value. */
    void applyJson(const QJsonObject &json, QStringList *errors);
};

/**
 * Checks one bypass entry (see SystemProxySettings::bypass) and normalises it in place (trimmed,
 * lower-case names, canonical networks). Returns an empty string when valid, otherwise why not.
 */
QString validateBypassEntry(QString *entry);
/**
 * Splits @p text at commas, semicolons, spaces and line breaks and validates each entry into
 * @p entries. Returns the first problem (naming the entry), or an empty string.
 */
QString parseBypassList(const QString &text, QStringList *entries);

} // namespace Veil
