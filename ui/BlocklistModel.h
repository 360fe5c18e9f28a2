#pragma once

#include "rules/Blocklist.h"
#include "rules/BlocklistUpdater.h"
#include "rules/Rule.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Veil {

/**
 * The configured blocklists with an enable check box each, where each comes from, when it was
 * last read, and what loading found (rules, skipped lines, errors) plus its hit count. The counts
 * come from the engine's load reports; a disabled list has none. Toggling a check box emits
 * edited().
 */
class BlocklistModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlocklistModel)

public:
    enum Column
    {
        Enabled,
        Name,
        Use,
        Source,
        Updated,
        Rules,
        Skipped,
        Hits,
        ColumnCount
    };
    static constexpr int NameRole = Qt::UserRole + 1;

    /** The Use column: "Blocks" or "For rules only". */
    static QString useLabel(bool block);

    explicit BlocklistModel(QObject *parent = nullptr);

    /** Replaces the lists (a reset only when they differ). */
    void setLists(const QList<BlocklistConfig> &lists);
    const QList<BlocklistConfig> &lists() const { return m_lists; }
    /** What the engine's latest load found, by list name. */
    void setReports(const QList<BlocklistReport> &reports);
    /** Where the subscriptions stand (replaces all). */
    void setSubscriptions(const QList<SubscriptionState> &states);
    /** One subscription's check started or finished. */
    void setSubscription(const SubscriptionState &state);
    /** Hit counters by key ("list:NAME"). */
    void setHits(const QHash<QString, qint64> &counters);
    /** The report of @p row's list, or nullptr when it has none (disabled, not loaded yet). */
    const BlocklistReport *report(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    QString skippedDetail(const BlocklistReport &report) const;

    QList<BlocklistConfig> m_lists;
    QHash<QString, BlocklistReport> m_reports;
    QHash<QString, SubscriptionState> m_subscriptions;
    QHash<QString, qint64> m_hits;
};

} // namespace Veil
