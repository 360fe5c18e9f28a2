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

    /** What a dragged rule carries: its row and id (a stale drag is refused). */
    static constexpr const char *MimeType = "application/x-veil-rule";
    /**
     * Drag and drop reorders rules: the one dragged row moves to the drop point, by moveRule()
     * (a move, not a reset: the view keeps the row selected), and edited() is emitted so the
     * page applies the new order at once, as with Move up/down.
     */
    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

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
    /** The user changed a rule here (a check box, a drag); the rules() list is the new state. */
    void edited();

private:
    /** The row a drop of @p data onto (@p row, @p parent) moves, and where to; false when invalid. */
    bool dropMove(const QMimeData *data, Qt::DropAction action, int row, const QModelIndex &parent, int *from,
                  int *to) const;

    QList<Rule> m_rules;
    QList<qint64> m_hits; ///< parallel to m_rules
};

} // namespace Veil
