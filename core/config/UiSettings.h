#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace Veil {

/** The window's colours. */
enum class UiTheme : std::uint8_t
{
    System, ///< follow the operating system's light or dark mode
    Light,
    Dark,
};

/**
 * How the desktop window looks and behaves; stored under "ui". The headless engine ignores it.
 * Whether Veil starts on login is not stored here: the autostart entry itself (LoginItem) is the
 * truth, so removing it by hand is never contradicted by the config file.
 */
struct UiSettings
{
    static constexpr int DefaultTrafficRows = 100000;
    static constexpr int MinTrafficRows = 1000;
    static constexpr int MaxTrafficRows = 1000000;

    /** A translation such as "de" or "zh_CN"; empty: follow the system. Read at start. */
    QString language;
    UiTheme theme = UiTheme::System;
    /** Start with only the tray icon (when there is a tray). */
    bool startMinimized = false;
    /** Closing the window keeps Veil running in the tray (when there is a tray). */
    bool closeToTray = true;
    /** How many requests the traffic log keeps in memory (the oldest fall out). */
    int trafficRows = DefaultTrafficRows;

    bool operator==(const UiSettings &) const = default;

    /** Returns {"ui": {…}}, to be merged into the config root. */
    QJsonObject toJson() const;
    /** Applies "ui" from the config root @p json; a bad field adds a message to @p errors and keeps its
     * value. */
    void applyJson(const QJsonObject &json, QStringList *errors);
};

/** "system", "light", "dark". */
QString uiThemeName(UiTheme theme);
bool parseUiTheme(const QString &text, UiTheme *theme);

} // namespace Veil
