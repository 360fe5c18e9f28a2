#pragma once

#include "rules/Rule.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Veil {

/**
 * The user rules in their evaluation order, with an enable check box per rule and the hit count
 * of each (from the engine's PolicyCounters, refreshed once a second without a reset). Toggling a
 * check box changes the model and emits edited(); the page turns that into new Settings.
 */
class RuleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleModel)

public:
    enum Column
    {
        Enabled,
        Type,
        Match,
        Action,
        Hits,
        Comment,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit RuleModel(QObject *parent = nullptr);

    /** Replaces the rules (a reset only when they differ). */
    void setRules(const QList<Rule> &rules);
    const QList<Rule> &rules() const { return m_rules; }
    /** Hit counters by key ("rule:ID"); only changed Hits cells are reported. */
    void setHits(const QHash<QString, qint64> &counters);
    qint64 hits(int row) const;

    /** Moves one rule (row @p from to row @p to) with beginMoveRows; false when out of range. */
    bool moveRule(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "domain-suffix" → "Domain and subdomains", for tables and the dialog. */
    static QString typeLabel(RuleType type);
    /** "block" → "Block", "exit:US" → "Exit via US". */
    static QString actionLabel(const RuleAction &action);

Q_SIGNALS:
    /** The user changed a rule here (a check box); the rules() list is the new state. */
    void edited();

private:
    QList<Rule> m_rules;
    QList<qint64> m_hits; ///< parallel to m_rules
};

} // namespace Veil
