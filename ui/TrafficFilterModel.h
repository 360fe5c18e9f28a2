#pragma once

#include "TrafficModel.h"

#include <QSortFilterProxyModel>

namespace Veil {

/**
 * Filters the traffic table by text (host, path, method, exit, error), decision and status class,
 * on the raw row fields of TrafficModel; sorts by TrafficModel::SortRole.
 */
class TrafficFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficFilterModel)

public:
    explicit TrafficFilterModel(TrafficModel *source, QObject *parent = nullptr);

    void setText(const QString &text);
    void setDecision(int decision);
    void setStatusClass(int statusClass);
    const TrafficModel::Filter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    TrafficModel *m_source;
    TrafficModel::Filter m_filter;
};

} // namespace Veil
