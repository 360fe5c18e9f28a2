#include "RuleModel.h"

#include "rules/PolicyCounters.h"

#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>

namespace Veil {

RuleModel::RuleModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RuleModel::setRules(const QList<Rule> &rules)
{
    if (rules == m_rules) {
        return;
    }
    // Keep the counts of rules that stay (by id), so a reset does not blank them for a second.
    QHash<QString, qint64> kept;
    for (int i = 0; i < m_rules.size(); ++i) {
        kept.insert(m_rules.at(i).id, m_hits.at(i));
    }
    beginResetModel();
    m_rules = rules;
    m_hits.clear();
    for (const Rule &r : rules) {
        m_hits.append(kept.value(r.id, 0));
    }
    endResetModel();
}

void RuleModel::setHits(const QHash<QString, qint64> &counters)
{
    int first = -1;
    int last = -1;
    for (int i = 0; i < m_rules.size(); ++i) {
        const qint64 value = counters.value(PolicyCounters::ruleKey(m_rules.at(i).id), 0);
        if (value != m_hits.at(i)) {
            m_hits[i] = value;
            first = first < 0 ? i : first;
            last = i;
        }
    }
    if (first >= 0) {
        Q_EMIT dataChanged(index(first, Hits), index(last, Hits), {Qt::DisplayRole});
    }
}

qint64 RuleModel::hits(int row) const
{
    return row >= 0 && row < m_hits.size() ? m_hits.at(row) : 0;
}

bool RuleModel::moveRule(int from, int to)
{
    const int count = int(m_rules.size());
    if (from < 0 || from >= count || to < 0 || to >= count || from == to) {
        return false;
    }
    // beginMoveRows takes the destination as "before this row" in the old numbering.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to)) {
        return false;
    }
    m_rules.move(from, to);
    m_hits.move(from, to);
    endMoveRows();
    return true;
}

Qt::DropActions RuleModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions RuleModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList RuleModel::mimeTypes() const
{
    return {QLatin1String(MimeType)};
}

QMimeData *RuleModel::mimeData(const QModelIndexList &indexes) const
{
    // One rule at a time (the table selects single rows): all indexes must be of one row.
    int row = -1;
    for (const QModelIndex &index : indexes) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
            (row >= 0 && index.row() != row)) {
            return nullptr;
        }
        row = index.row();
    }
    if (row < 0) {
        return nullptr;
    }
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out << qint32(row) << m_rules.at(row).id;
    auto *data = new QMimeData;
    data->setData(QLatin1String(MimeType), payload);
    return data;
}

bool RuleModel::dropMove(const QMimeData *data, Qt::DropAction action, int row, const QModelIndex &parent,
                         int *from, int *to) const
{
    // Only between rows of this table (the items themselves take no drops, so parent is the root).
    if (!data || action != Qt::MoveAction || parent.isValid() || !data->hasFormat(QLatin1String(MimeType))) {
        return false;
    }
    const int count = int(m_rules.size());
    if (row < -1 || row > count) {
        return false;
    }
    QDataStream in(data->data(QLatin1String(MimeType)));
    qint32 source = -1;
    QString id;
    in >> source >> id;
    if (in.status() != QDataStream::Ok || source < 0 || source >= count || m_rules.at(source).id != id) {
        return false; // not ours, or the rules changed since the drag started
    }
    // row is "insert before this row" (-1: dropped below the last row).
    const int before = row < 0 ? count : row;
    *from = source;
    *to = before > source ? before - 1 : before;
    return *to != source;
}

bool RuleModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int /*column*/,
                                const QModelIndex &parent) const
{
    int from = 0;
    int to = 0;
    return dropMove(data, action, row, parent, &from, &to);
}

bool RuleModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int /*column*/,
                             const QModelIndex &parent)
{
    int from = 0;
    int to = 0;
    if (!dropMove(data, action, row, parent, &from, &to) || !moveRule(from, to)) {
        return false;
    }
    Q_EMIT edited();
    // True, and the view then asks to remove the source rows: removeRows() is not implemented
    // (the base refuses), so the move above is the whole change.
    return true;
}

int RuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Rule &r = m_rules.at(index.row());
    if (role == IdRole) {
        return r.id;
    }
    if (role == Qt::CheckStateRole && index.column() == Enabled) {
        return r.enabled ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::ToolTipRole) {
        return tr("Rule %1: %2 %3 → %4").arg(r.id, ruleTypeName(r.type), r.value, ruleActionText(r.action));
    }
    if (role == Qt::TextAlignmentRole && index.column() == Hits) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case Enabled:
        return QString::number(index.row() + 1);
    case Type:
        return typeLabel(r.type);
    case Match:
        return r.type == RuleType::Final ? tr("everything else") : r.value;
    case Action:
        return actionLabel(r.action);
    case Hits:
        return QLocale().toString(m_hits.at(index.row()));
    case Comment:
        return r.comment;
    default:
        return {};
    }
}

bool RuleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) ||
        index.column() != Enabled || role != Qt::CheckStateRole) {
        return false;
    }
    const bool on = Qt::CheckState(value.toInt()) == Qt::Checked;
    Rule &r = m_rules[index.row()];
    if (r.enabled == on) {
        return true;
    }
    r.enabled = on;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags RuleModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::ItemIsDropEnabled; // drops land between rows, never on a rule
    }
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren | Qt::ItemIsDragEnabled |
           (index.column() == Enabled ? Qt::ItemIsUserCheckable : Qt::NoItemFlags);
}

QVariant RuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Enabled:
        return tr("On");
    case Type:
        return tr("Matches");
    case Match:
        return tr("Value");
    case Action:
        return tr("Action");
    case Hits:
        return tr("Hits");
    case Comment:
        return tr("Comment");
    default:
        return {};
    }
}

QString RuleModel::typeLabel(RuleType type)
{
    switch (type) {
    case RuleType::Domain:
        return tr("Host");
    case RuleType::DomainSuffix:
        return tr("Domain and subdomains");
    case RuleType::DomainKeyword:
        return tr("Host contains");
    case RuleType::DomainRegex:
        return tr("Host regex");
    case RuleType::IpCidr:
        return tr("IP network");
    case RuleType::Port:
        return tr("Port");
    case RuleType::List:
        return tr("Blocklist");
    case RuleType::Final:
        return tr("Everything");
    }
    return {};
}

QString RuleModel::actionLabel(const RuleAction &action)
{
    switch (action.kind) {
    case RuleAction::Kind::Block:
        return tr("Block");
    case RuleAction::Kind::Allow:
        return tr("Allow (never block)");
    case RuleAction::Kind::Direct:
        return tr("Direct");
    case RuleAction::Kind::Exit:
        return tr("Exit via %1").arg(action.target);
    }
    return {};
}

} // namespace Veil
