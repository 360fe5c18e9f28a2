#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>

namespace Veil {

/**
 * Hit counters of rules ("rule:ID") and blocklists ("list:NAME"). They live outside the immutable
 * policy snapshots, so a rule keeps its count across settings changes: a snapshot looks each
 * counter up once when it is built (under the mutex, off the data path) and then only does relaxed
 * atomic increments.
 */
class PolicyCounters
{
public:
    using Counter = std::shared_ptr<std::atomic<qint64>>;

    /** The counter for @p key, created at zero on first use. */
    Counter counter(const QString &key);
    /** Current values by key. */
    QHash<QString, qint64> values() const;
    qint64 value(const QString &key) const;

    static QString ruleKey(const QString &id) { return QStringLiteral("rule:") + id; }
    static QString listKey(const QString &name) { return QStringLiteral("list:") + name; }

private:
    mutable QMutex m_mutex;
    QHash<QString, Counter> m_counters;
};

} // namespace Veil
