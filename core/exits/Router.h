#pragma once

#include "exits/ExitSelector.h"
#include "exits/ExitSettings.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace Veil {

class ExitHealthBoard;

/** What asked for a route: the routing mode, or a rule naming direct, a region or one exit. */
struct RouteTarget
{
    enum class Kind : std::uint8_t
    {
        Mode,   ///< no rule decided: the routing mode (direct, or the selected region)
        Direct, ///< a rule said direct
        Region, ///< a rule said exit:REGION
        ExitId, ///< a rule said exit:EXIT-ID
    };
    Kind kind = Kind::Mode;
    QString value; ///< region code or exit id

    bool operator==(const RouteTarget &) const = default;
};

/** Where one connection goes. */
struct Route
{
    enum class Kind : std::uint8_t
    {
        Direct,     ///< dial the target ourselves
        Exit,       ///< through `exit`
        FailClosed, ///< no healthy exit in `region` and no fallback: refuse
    };
    Kind kind = Kind::Direct;
    Exit exit;
    QString password; ///< for `exit`; never logged
    QString region;
    QString reason;     ///< why (fallback, fail-closed), for logs and error pages
    RouteTarget target; ///< what the route was asked for (kept for failover and close-on-switch)
};

/**
 * Immutable routing snapshot: the exit settings, the passwords resolved at load time and a
 * selector. Workers share one through EngineContext; a change builds a new table, so live
 * connections keep the route they started with (DESIGN.md, Threads).
 */
class Router
{
public:
    Router(ExitSettings settings, QHash<QString, QString> passwords);

    /**
     * Decides the route for a connection to @p host. Exits in @p exclude count as down (a retry
     * after an exit fault). Resolves nothing.
     */
    Route route(QByteArrayView host, const ExitHealthBoard &health, const QSet<QString> &exclude = {}) const
    {
        return route(RouteTarget{}, host, health, exclude);
    }
    /**
     * The route for @p target: Mode as above; Direct; Region: an exit of that region chosen by its
     * policy; ExitId: that exit while it is enabled and up. Without a usable exit: direct when
     * fallbackDirect is set and the kill switch is off, otherwise fail closed.
     */
    Route route(const RouteTarget &target, QByteArrayView host, const ExitHealthBoard &health,
                const QSet<QString> &exclude = {}) const;

    /**
     * True when a connection that went along @p route may stay open under this table: a direct
     * connection while the mode is direct (or falls back to direct), an exit connection while that
     * exit, unchanged and enabled, belongs to the selected region. Used by "close on switch".
     */
    bool stillAllows(const Route &route) const;

    const ExitSettings &settings() const { return m_settings; }
    QString passwordFor(const QString &exitId) const { return m_passwords.value(exitId); }

private:
    ExitSettings m_settings;
    QHash<QString, QString> m_passwords;
    ExitSelector m_selector;
};

} // namespace Veil
