#include "BlocklistModel.h"

#include "InlineMessage.h"
#include "rules/PolicyCounters.h"

#include <QColor>
#include <QFileInfo>
#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace Veil {

namespace {

/** Lines a user would call "skipped": everything not applied except comments. */
qint64 skippedLines(const BlocklistReport &report)
{
    return report.skippedTotal() - report.skipped[std::size_t(SkipReason::Comment)];
}

} // namespace

BlocklistModel::BlocklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void BlocklistModel::setLists(const QList<BlocklistConfig> &lists)
{
    if (lists == m_lists) {
        return;
    }
    beginResetModel();
    m_lists = lists;
    endResetModel();
}

void BlocklistModel::setReports(const QList<BlocklistReport> &reports)
{
    // Called once a second: only a new load (another name or read time) changes anything.
    const bool same = reports.size() == m_reports.size() &&
                      std::all_of(reports.cbegin(), reports.cend(), [this](const BlocklistReport &r) {
                          const auto it = m_reports.constFind(r.name);
                          return it != m_reports.constEnd() && it->loadedAt == r.loadedAt &&
                                 it->error == r.error && it->rules() == r.rules();
                      });
    if (same) {
        return;
    }
    m_reports.clear();
    for (const BlocklistReport &r : reports) {
        m_reports.insert(r.name, r);
    }
    if (!m_lists.isEmpty()) {
        Q_EMIT dataChanged(index(0, Updated), index(int(m_lists.size()) - 1, Skipped));
    }
}

void BlocklistModel::setHits(const QHash<QString, qint64> &counters)
{
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_lists.size(); ++i) {
        const QString &name = m_lists.at(i).name;
        const qint64 value = counters.value(PolicyCounters::listKey(name), 0);
        if (value != m_hits.value(name, 0)) {
            m_hits.insert(name, value);
            first = first < 0 ? i : first;
            last = i;
        }
    }
    if (first >= 0) {
        Q_EMIT dataChanged(index(first, Hits), index(last, Hits), {Qt::DisplayRole});
    }
}

const BlocklistReport *BlocklistModel::report(int row) const
{
    if (row < 0 || row >= m_lists.size() || !m_lists.at(row).enabled) {
        return nullptr;
    }
    const auto it = m_reports.constFind(m_lists.at(row).name);
    return it == m_reports.constEnd() ? nullptr : &it.value();
}

int BlocklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lists.size());
}

int BlocklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BlocklistModel::skippedDetail(const BlocklistReport &report) const
{
    QStringList parts;
    for (std::size_t i = 0; i < report.skipped.size(); ++i) {
        if (report.skipped[i] > 0 && SkipReason(i) != SkipReason::Comment) {
            parts.append(tr("%1: %2").arg(QLatin1String(skipReasonName(SkipReason(i))),
                                          QLocale().toString(report.skipped[i])));
        }
    }
    return parts.isEmpty() ? tr("Nothing was skipped.") : parts.join(QLatin1Char('\n'));
}

QVariant BlocklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const BlocklistConfig &list = m_lists.at(index.row());
    const BlocklistReport *r = report(index.row());
    const SubscriptionState *sub = list.isSubscription() && m_subscriptions.contains(list.name)
                                       ? &*m_subscriptions.constFind(list.name)
                                       : nullptr;
    // A subscription with no copy yet is not a failure while its first download is under way.
    const bool waiting =
        sub && r && !r->error.isEmpty() && !sub->lastUpdated.isValid() && sub->error.isEmpty();
    const bool failed = r && !r->error.isEmpty() && !waiting;
    const bool updateFailed = sub && !sub->error.isEmpty();
    if (role == NameRole) {
        return list.name;
    }
    if (role == Qt::CheckStateRole && index.column() == Enabled) {
        return list.enabled ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::ForegroundRole && (failed || updateFailed) &&
        (index.column() == Rules || index.column() == Updated)) {
        return InlineMessage::errorColor();
    }
    if (role == Qt::TextAlignmentRole && index.column() >= Rules) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Source:
            return list.isSubscription()
                       ? QString(list.url + QLatin1Char('\n') + tr("Copy: %1").arg(list.storagePath()))
                       : list.path;
        case Skipped:
            return r && !failed ? skippedDetail(*r) : QVariant();
        case Updated:
            if (sub) {
                QStringList lines;
                if (updateFailed) {
                    lines.append(tr("The last check failed: %1").arg(sub->error));
                }
                if (sub->lastChecked.isValid()) {
                    lines.append(
                        tr("Checked %1")
                            .arg(QLocale().toString(sub->lastChecked.toLocalTime(), QLocale::ShortFormat)));
                }
                if (sub->lastUpdated.isValid()) {
                    lines.append(
                        tr("New version downloaded %1")
                            .arg(QLocale().toString(sub->lastUpdated.toLocalTime(), QLocale::ShortFormat)));
                }
                lines.append(list.refreshHours > 0
                                 ? tr("Checked every %n hour(s)", nullptr, list.refreshHours)
                                 : tr("Checked only on \"Update now\""));
                return lines.join(QLatin1Char('\n'));
            }
            if (!r || failed) {
                return failed ? r->error : QVariant();
            }
            return QString(
                tr("Read %1").arg(QLocale().toString(r->loadedAt, QLocale::ShortFormat)) +
                (r->modified.isValid()
                     ? QLatin1Char('\n') +
                           tr("File changed %1").arg(QLocale().toString(r->modified, QLocale::ShortFormat))
                     : QString()));
        default:
            return failed ? r->error : (r ? r->summary() : QVariant());
        }
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Enabled:
        return {};
    case Name:
        return list.name;
    case Use:
        return useLabel(list.block);
    case Source:
        return list.isSubscription() ? tr("URL: %1").arg(QUrl(list.url).host())
                                     : tr("File: %1").arg(QFileInfo(list.path).fileName());
    case Updated:
        if (!list.enabled) {
            return tr("off");
        }
        if (sub && sub->updating) {
            return tr("downloading…");
        }
        if (updateFailed) {
            return tr("update failed");
        }
        if (!r || waiting) {
            return tr("loading…");
        }
        if (failed) {
            return tr("failed");
        }
        // Today: the time is enough; otherwise the date as well.
        return r->loadedAt.date() == QDate::currentDate()
                   ? QLocale().toString(r->loadedAt.time(), QLocale::ShortFormat)
                   : QLocale().toString(r->loadedAt, QLocale::ShortFormat);
    case Rules:
        return r ? (failed ? tr("error") : QLocale().toString(r->rules())) : QString();
    case Skipped:
        return r && !failed ? QLocale().toString(skippedLines(*r)) : QString();
    case Hits:
        return QLocale().toString(m_hits.value(list.name, 0));
    default:
        return {};
    }
}

void BlocklistModel::setSubscriptions(const QList<SubscriptionState> &states)
{
    m_subscriptions.clear();
    for (const SubscriptionState &state : states) {
        m_subscriptions.insert(state.name, state);
    }
    if (!m_lists.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_lists.size()) - 1, ColumnCount - 1));
    }
}

void BlocklistModel::setSubscription(const SubscriptionState &state)
{
    m_subscriptions.insert(state.name, state);
    for (int row = 0; row < m_lists.size(); ++row) {
        if (m_lists.at(row).name == state.name) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

bool BlocklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != Enabled || role != Qt::CheckStateRole) {
        return false;
    }
    const bool on = Qt::CheckState(value.toInt()) == Qt::Checked;
    BlocklistConfig &list = m_lists[index.row()];
    if (list.enabled == on) {
        return true;
    }
    list.enabled = on;
    Q_EMIT dataChanged(index, this->index(index.row(), ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags BlocklistModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren |
           (index.column() == Enabled ? Qt::ItemIsUserCheckable : Qt::NoItemFlags);
}

QString BlocklistModel::useLabel(bool block)
{
    return block ? tr("Blocks") : tr("For rules only");
}

QVariant BlocklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Enabled:
        return tr("On");
    case Name:
        return tr("List");
    case Use:
        return tr("Use");
    case Source:
        return tr("Source");
    case Updated:
        return tr("Last update");
    case Rules:
        return tr("Rules");
    case Skipped:
        return tr("Skipped lines");
    case Hits:
        return tr("Hits");
    default:
        return {};
    }
}

} // namespace Veil
