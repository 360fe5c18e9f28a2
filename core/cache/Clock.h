#pragma once

#include <QtGlobal>

namespace Veil::Cache {

/**
 * Source of "now" for every cache decision. Production code uses Clock::system(); tests pass a
 * fake so ages and freshness can be checked to the second (STYLE.md: time through a Clock seam).
 */
class Clock
{
public:
    virtual ~Clock() = default;
    /** Seconds since the Unix epoch, UTC. */
    virtual qint64 now() const = 0;

    /** The wall clock (QDateTime::currentSecsSinceEpoch). Thread-safe, lives forever. */
    static const Clock &system();
};

} // namespace Veil::Cache
