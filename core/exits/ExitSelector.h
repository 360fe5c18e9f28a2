#pragma once

#include "exits/ExitSettings.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>

namespace Veil {

/** What the health checker knows about one exit. An exit without an entry counts as up. */
struct ExitHealth
{
    bool up = true;
    /** Last measured delay in microseconds; negative while unknown. */
    qint64 delayUs = -1;
    int consecutiveFailures = 0;

    bool operator==(const ExitHealth &) const = default;
};

/**
 * Picks the exit for a connection. Pure logic over a copy of the exits and region policies: no
 * sockets, no clock, no locks, so one instance can be shared read-only by every worker thread as
 * part of a settings snapshot, while health comes in per call. Disabled exits are never chosen.
 */
class ExitSelector
{
public:
    explicit ExitSelector(const ExitSettings &settings);

    /**
     * Returns the exit to use for a connection to @p host in @p region, or nullptr when none is
     * healthy (fail closed). @p health is keyed by exit id. The pointer stays valid as long as
     * this selector (or a copy of it) lives.
     *
     * - Manual: the chosen exit if it is enabled and up.
     * - Fastest: the up exit with the lowest delay; unknown delays come last, ties go by order.
     * - Failover: the first up exit in the region's order.
     * - Balance: rendezvous hashing of (registrable domain of @p host, exit id) over the up exits,
     *   so a site keeps its exit and only the sites of an exit that goes down move.
     */
    const Exit *select(const QString &region, QByteArrayView host,
                       const QHash<QString, ExitHealth> &health) const;

    /**
     * The sticky key for balancing: the registrable domain of @p host per the public suffix list
     * ("a.example.co.uk" → "example.co.uk"), lower case. IP literals, public suffixes and names
     * libpsl cannot place give the host itself.
     */
    static QByteArray registrableDomain(QByteArrayView host);

private:
    struct Plan
    {
        SelectionPolicy policy = SelectionPolicy::Failover;
        qsizetype manual = -1;          ///< index into m_exits, Manual only
        QList<qsizetype> candidates;    ///< enabled exits of the region, in policy order
        QList<quint64> candidateHashes; ///< hash of each candidate's id, for Balance
    };

    const Exit *selectBalanced(const Plan &plan, QByteArrayView host,
                               const QHash<QString, ExitHealth> &health) const;
    bool isUp(qsizetype index, const QHash<QString, ExitHealth> &health) const;

    QList<Exit> m_exits;
    QHash<QString, Plan> m_plans; ///< by upper-case region code
};

} // namespace Veil
