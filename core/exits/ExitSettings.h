#pragma once

#include "exits/Exit.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace Veil {

/** How one region picks an exit for a connection (see ExitSelector). */
enum class SelectionPolicy : std::uint8_t
{
    Manual,   ///< the chosen exit only
    Fastest,  ///< lowest measured delay
    Failover, ///< first healthy exit in the configured order
    Balance,  ///< spread over healthy exits, sticky per registrable domain
};

/** Where connections go by default. */
enum class RoutingMode : std::uint8_t
{
    Direct, ///< no exit
    Exit,   ///< everything through the selected region
    Rules,  ///< per-rule decision; behaves like Exit until routing rules exist
};

/** Selection settings of one region. */
struct RegionPolicy
{
    /** ISO 3166 alpha-2, upper case. */
    QString region;
    SelectionPolicy policy = SelectionPolicy::Failover;
    /** Exit id used by SelectionPolicy::Manual. */
    QString manualExit;
    /** Preferred exit ids, best first; exits of the region not listed follow in config order. */
    QStringList order;

    bool operator==(const RegionPolicy &) const = default;
};

/**
 * Exits, their regions and how traffic is routed through them. Part of Settings; stored in the
 * config under "routing" (an object), "exits" and "regions" (arrays). Passwords never appear here:
 * they are looked up by exit id in the keychain, or in Exit::passwordEnv.
 */
struct ExitSettings
{
    QList<Exit> exits;
    QList<RegionPolicy> regions;
    RoutingMode mode = RoutingMode::Direct;
    /** Region used in exit mode; empty means none chosen (exit mode then fails closed). */
    QString region;
    /** Connect directly when no exit of the region is healthy. Off: fail closed (DESIGN.md). */
    bool fallbackDirect = false;
    /**
     * Kill switch: never fall back to direct (whatever fallbackDirect says), and the PAC file
     * never ends in DIRECT, so traffic is held while no exit is healthy or Veil is not running.
     */
    bool killSwitch = false;
    /** Close open connections when the selected exit changes instead of letting them finish. */
    bool closeOnSwitch = false;
    int healthIntervalMs = 60000;
    int healthTimeoutMs = 10000;
    /** Consecutive failed probes before an exit counts as down. */
    int failuresToMarkDown = 3;
    /** Fetched through each exit by the health check (http or https). */
    QString probeUrl = QStringLiteral("http://connectivitycheck.gstatic.com/generate_204");
    /** Shows the public address of the current exit; empty disables the check. */
    QString ipCheckUrl = QStringLiteral("https://api.ipify.org?format=json");
    /** Optional MaxMind-format database for locating exits; empty: none. */
    QString geoipDatabase;
    /** DNS-over-HTTPS endpoint for direct connections; empty: system resolver. */
    QString dohUrl;

    bool operator==(const ExitSettings &) const = default;

    /** Returns {"routing": {…}, "exits": […], "regions": […]}, to be merged into the config root. */
    QJsonObject toJson() const;
    /**
     * Applies "routing", "exits" and "regions" from the config root @p json. A bad routing field
     * keeps its current value; a bad exit or region entry is skipped (with its index) and the rest
     * loads. Each problem adds one message to @p errors. A "password" key is reported and dropped.
     */
    void applyJson(const QJsonObject &json, QStringList *errors);

    /** Whether a connection with no healthy exit goes direct: fallbackDirect, unless the kill switch holds.
     */
    bool fallsBackDirect() const { return fallbackDirect && !killSwitch; }

    /** Exits whose region is @p region (enabled or not), in config order. */
    QList<Exit> exitsInRegion(const QString &region) const;
    /** The exit with @p id, or nullptr. The pointer is valid until this object changes. */
    const Exit *findExit(const QString &id) const;
    /**
     * The policy of @p region with a complete `order`: the configured order (ids of exits in the
     * region only), then the region's other exits in config order. A region without a configured
     * policy gets Failover in config order.
     */
    RegionPolicy policyFor(const QString &region) const;
};

/** "manual", "fastest", "failover", "balance". */
QString selectionPolicyName(SelectionPolicy policy);
bool parseSelectionPolicy(const QString &text, SelectionPolicy *policy);
/** "direct", "exit", "rules". */
QString routingModeName(RoutingMode mode);
bool parseRoutingMode(const QString &text, RoutingMode *mode);

} // namespace Veil
