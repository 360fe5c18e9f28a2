#include "TrafficFilterModel.h"

namespace Veil {

TrafficFilterModel::TrafficFilterModel(TrafficModel *source, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(TrafficModel::SortRole);
}

void TrafficFilterModel::setText(const QString &text)
{
    const QByteArray needle = text.trimmed().toLower().toUtf8();
    if (needle == m_filter.text) {
        return;
    }
    m_filter.text = needle;
    invalidate(); // a full rebuild is linear; invalidateFilter() removes row runs one by one
}

void TrafficFilterModel::setDecision(int decision)
{
    if (decision == m_filter.decision) {
        return;
    }
    m_filter.decision = decision;
    invalidate(); // a full rebuild is linear; invalidateFilter() removes row runs one by one
}

void TrafficFilterModel::setStatusClass(int statusClass)
{
    if (statusClass == m_filter.statusClass) {
        return;
    }
    m_filter.statusClass = statusClass;
    invalidate(); // a full rebuild is linear; invalidateFilter() removes row runs one by one
}

bool TrafficFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && (m_filter.isEmpty() || m_source->rowMatches(sourceRow, m_filter));
}

} // namespace Veil
