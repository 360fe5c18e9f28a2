#include "TrafficModel.h"

#include <QDateTime>

#include <algorithm>

namespace Veil {

namespace {

QString formatBytes(qint64 bytes)
{
    // Short forms: the column is narrow, and "314 bytes" would be cut off.
    if (bytes <= 0) {
        return {};
    }
    if (bytes < 1024) {
        return TrafficModel::tr("%1 B").arg(bytes);
    }
    if (bytes < 1024 * 1024) {
        return TrafficModel::tr("%1 KiB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    }
    if (bytes < qint64(1024) * 1024 * 1024) {
        return TrafficModel::tr("%1 MiB").arg(double(bytes) / 1048576.0, 0, 'f', 1);
    }
    return TrafficModel::tr("%1 GiB").arg(double(bytes) / 1073741824.0, 0, 'f', 2);
}

QString formatDuration(qint64 us)
{
    if (us < 1000) {
        return TrafficModel::tr("%1 µs").arg(us);
    }
    if (us < 10'000'000) {
        return TrafficModel::tr("%1 ms").arg(double(us) / 1000.0, 0, 'f', us < 100'000 ? 1 : 0);
    }
    return TrafficModel::tr("%1 s").arg(double(us) / 1e6, 0, 'f', 1);
}

QByteArray csvField(const QString &text)
{
    QByteArray out = text.toUtf8();
    if (out.contains(',') || out.contains('"') || out.contains('\n') || out.contains('\r')) {
        out.replace("\"", "\"\"");
        out = '"' + out + '"';
    }
    return out;
}

} // namespace

TrafficModel::TrafficModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_ring(size_t(qMax(1, capacity)))
    , m_capacity(qMax(1, capacity))
{}

void TrafficModel::setCapacity(int capacity)
{
    capacity = qMax(1, capacity);
    if (capacity == m_capacity) {
        return;
    }
    beginResetModel();
    const int keep = qMin(m_count, capacity);
    std::vector<Row> next(static_cast<size_t>(capacity));
    for (int i = 0; i < keep; ++i) {
        next[size_t(i)] = std::move(rowAt(m_count - keep + i));
    }
    m_firstSeq += quint64(m_count - keep);
    m_evicted += m_count - keep;
    m_ring = std::move(next);
    m_first = 0;
    m_count = keep;
    m_capacity = capacity;
    m_seqById.removeIf([this](const auto &it) { return it.value() < m_firstSeq; });
    endResetModel();
}

void TrafficModel::clear()
{
    beginResetModel();
    m_ring.assign(size_t(m_capacity), Row{});
    m_first = 0;
    m_firstSeq += quint64(m_count);
    m_count = 0;
    m_seqById.clear();
    m_strings.clear();
    endResetModel();
}

QByteArray TrafficModel::intern(const QByteArray &text)
{
    if (text.isEmpty()) {
        return {};
    }
    const auto it = m_strings.constFind(text);
    if (it != m_strings.cend()) {
        return *it;
    }
    m_strings.insert(text);
    return text;
}

TrafficModel::Row TrafficModel::makeRow(const TrafficEvent &e)
{
    Row r;
    r.id = e.id;
    r.timeMs = e.timeMs;
    r.method = intern(e.method);
    r.host = intern(e.host);
    r.exit = intern(e.exit);
    r.path = e.path;
    r.port = e.port;
    r.protocol = e.protocol;
    r.decision = e.decision;
    r.reason = e.reason;
    r.cache = e.cache;
    r.clientPort = e.clientPort;
    bool v4 = false;
    const quint32 ipv4 = e.clientAddress.toIPv4Address(&v4);
    r.clientIsV4 = v4;
    if (v4) {
        r.clientAddress.c[0] = quint8(ipv4 >> 24);
        r.clientAddress.c[1] = quint8(ipv4 >> 16);
        r.clientAddress.c[2] = quint8(ipv4 >> 8);
        r.clientAddress.c[3] = quint8(ipv4);
    } else {
        r.clientAddress = e.clientAddress.toIPv6Address();
    }
    r.inFlight = e.phase == TrafficEvent::Phase::Start;
    if (!r.inFlight) {
        settle(r, e);
    }
    return r;
}

void TrafficModel::settle(Row &row, const TrafficEvent &end) const
{
    row.inFlight = false;
    row.status = end.status;
    row.bytesUp = end.bytesUp;
    row.bytesDown = end.bytesDown;
    row.durationUs = end.durationUs;
    row.decision = end.decision;
    if (!end.exit.isEmpty()) {
        row.exit = end.exit;
    }
    row.error = end.error;
    if (!end.reason.isEmpty()) {
        row.reason = end.reason;
    }
    if (!end.cache.isEmpty()) {
        row.cache = end.cache;
    }
    if (!end.path.isEmpty()) {
        row.path = end.path;
    }
}

void TrafficModel::addEvents(const QList<TrafficEvent> &events)
{
    if (events.isEmpty()) {
        return;
    }
    // Settle rows already in the table; stage new ones (a Start and its End may share a batch).
    std::vector<Row> staged;
    QHash<quint64, size_t> stagedById;
    int changedFirst = -1;
    int changedLast = -1;
    for (const TrafficEvent &e : events) {
        if (e.phase == TrafficEvent::Phase::End) {
            if (const auto s = stagedById.constFind(e.id); s != stagedById.cend()) {
                settle(staged[*s], e);
                continue;
            }
            if (const auto it = m_seqById.find(e.id); it != m_seqById.end()) {
                const quint64 seq = it.value();
                m_seqById.erase(it);
                if (seq >= m_firstSeq) {
                    const int row = int(seq - m_firstSeq);
                    settle(rowAt(row), e);
                    changedFirst = changedFirst < 0 ? row : qMin(changedFirst, row);
                    changedLast = qMax(changedLast, row);
                    continue;
                }
            }
            // Its Start fell out of the ring (or was never seen): keep the finished record anyway.
        }
        stagedById.insert(e.id, staged.size());
        staged.push_back(makeRow(e));
    }
    // Staged rows still in flight are tracked by sequence number once inserted.
    const int incoming = int(qMin<size_t>(staged.size(), size_t(m_capacity)));
    const size_t skip = staged.size() - size_t(incoming); // more than the whole ring: oldest lost
    m_evicted += qint64(skip);

    const int overflow = m_count + incoming - m_capacity;
    if (overflow > 0) {
        const int drop = qMin(overflow, m_count);
        beginRemoveRows({}, 0, drop - 1);
        for (int i = 0; i < drop; ++i) {
            rowAt(i) = Row{};
        }
        m_first = (m_first + size_t(drop)) % m_ring.size();
        m_count -= drop;
        m_firstSeq += quint64(drop);
        m_evicted += drop;
        endRemoveRows();
        changedFirst -= drop;
        changedLast -= drop;
        if (changedLast < 0) {
            changedFirst = changedLast = -1;
        } else {
            changedFirst = qMax(changedFirst, 0);
        }
        m_seqById.removeIf([this](const auto &it) { return it.value() < m_firstSeq; });
    }
    if (changedFirst >= 0) {
        Q_EMIT dataChanged(index(changedFirst, 0), index(changedLast, ColumnCount - 1));
    }
    if (incoming > 0) {
        beginInsertRows({}, m_count, m_count + incoming - 1);
        for (size_t i = skip; i < staged.size(); ++i) {
            const quint64 seq = m_firstSeq + quint64(m_count);
            if (staged[i].inFlight) {
                m_seqById.insert(staged[i].id, seq);
            }
            m_ring[(m_first + size_t(m_count)) % m_ring.size()] = std::move(staged[i]);
            ++m_count;
        }
        endInsertRows();
    }
}

int TrafficModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int TrafficModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrafficModel::cellText(const Row &r, int column) const
{
    switch (column) {
    case Time:
        return QDateTime::fromMSecsSinceEpoch(r.timeMs).toLocalTime().toString(
            QStringLiteral("HH:mm:ss.zzz"));
    case Client: {
        const QHostAddress address =
            r.clientIsV4
                ? QHostAddress((quint32(r.clientAddress.c[0]) << 24) | (quint32(r.clientAddress.c[1]) << 16) |
                               (quint32(r.clientAddress.c[2]) << 8) | quint32(r.clientAddress.c[3]))
                : QHostAddress(r.clientAddress);
        return address.toString() + QLatin1Char(':') + QString::number(r.clientPort);
    }
    case Method:
        return r.protocol == TrafficProtocol::Socks5 ? QStringLiteral("SOCKS5")
                                                     : QString::fromLatin1(r.method);
    case Host:
        if (r.host.isEmpty()) {
            return r.protocol == TrafficProtocol::Local ? tr("Veil") : QString();
        }
        return QString::fromLatin1(r.host) + QLatin1Char(':') + QString::number(r.port);
    case Path:
        return QString::fromLatin1(r.path);
    case Status:
        if (r.inFlight) {
            return tr("…");
        }
        if (r.protocol == TrafficProtocol::Socks5) {
            return r.status == 0 && r.error.isEmpty() ? tr("ok") : QString::number(r.status);
        }
        return r.status ? QString::number(r.status) : QString();
    case Decision:
        switch (r.decision) {
        case TrafficDecision::None:
            return {};
        case TrafficDecision::Direct:
            return tr("direct");
        case TrafficDecision::Exit:
            return tr("exit");
        case TrafficDecision::Block:
            return tr("blocked");
        case TrafficDecision::Local:
            return tr("local");
        case TrafficDecision::Refused:
            return tr("refused");
        }
        return {};
    case Exit:
        return QString::fromUtf8(r.exit);
    case Cache:
        // A word for the Cache-Status member ("Veil; fwd=stale; fwd-status=304"); the tooltip has it all.
        if (r.cache.isEmpty()) {
            return {};
        }
        if (r.cache.contains("; hit")) {
            return tr("hit");
        }
        if (r.cache.contains("fwd=stale") && r.cache.contains("fwd-status=304")) {
            return tr("revalidated");
        }
        if (r.cache.contains("fwd=bypass") || r.cache.contains("fwd=method")) {
            return tr("bypassed");
        }
        return r.cache.contains("; stored") ? tr("stored") : tr("miss");
    case Down:
        return formatBytes(r.bytesDown);
    case Up:
        return formatBytes(r.bytesUp);
    case Duration:
        return r.inFlight ? QString() : formatDuration(r.durationUs);
    default:
        return {};
    }
}

QVariant TrafficModel::sortValue(const Row &r, int column) const
{
    switch (column) {
    case Time:
        return r.timeMs;
    case Status:
        return r.status;
    case Down:
        return r.bytesDown;
    case Up:
        return r.bytesUp;
    case Duration:
        return r.durationUs;
    default:
        return cellText(r, column);
    }
}

QVariant TrafficModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_count || index.column() >= ColumnCount) {
        return {};
    }
    const Row &r = rowAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(r, index.column());
    case Qt::ToolTipRole: {
        // Why it was decided so (the rule, or the list, line and filter) and what went wrong.
        QStringList lines;
        if (!r.reason.isEmpty()) {
            lines.append(r.reason);
        }
        if (!r.error.isEmpty()) {
            lines.append(r.error);
        }
        if (!r.cache.isEmpty()) {
            lines.append(QStringLiteral("Cache-Status: ") + QString::fromLatin1(r.cache));
        }
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case Status:
        case Down:
        case Up:
        case Duration:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    case SortRole:
        return sortValue(r, index.column());
    case DecisionRole:
        return int(r.decision);
    case InFlightRole:
        return r.inFlight;
    case ErrorRole:
        return r.error;
    case IdRole:
        return r.id;
    default:
        return {};
    }
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case Time:
        return tr("Time");
    case Client:
        return tr("Client");
    case Method:
        return tr("Method");
    case Host:
        return tr("Host");
    case Path:
        return tr("Path");
    case Status:
        return tr("Status");
    case Decision:
        return tr("Decision");
    case Exit:
        return tr("Exit");
    case Cache:
        return tr("Cache");
    case Down:
        return tr("Down");
    case Up:
        return tr("Up");
    case Duration:
        return tr("Duration");
    default:
        return {};
    }
}

bool TrafficModel::rowMatches(int row, const Filter &filter) const
{
    if (row < 0 || row >= m_count) {
        return false;
    }
    const Row &r = rowAt(row);
    if (filter.decision >= 0 && int(r.decision) != filter.decision) {
        return false;
    }
    if (filter.statusClass == 1 ? (r.inFlight || (r.error.isEmpty() && r.status != 0))
                                : (filter.statusClass >= 2 && r.status / 100 != filter.statusClass)) {
        return false;
    }
    if (filter.text.isEmpty()) {
        return true;
    }
    const auto contains = [&filter](const QByteArray &field) {
        // ASCII case-insensitive search without allocating: this runs for every row on a refilter.
        const auto lower = [](char c) {
            return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
        };
        return std::search(field.cbegin(), field.cend(), filter.text.cbegin(), filter.text.cend(),
                           [&lower](char a, char b) { return lower(a) == b; }) != field.cend();
    };
    // Host names are stored lower-case by the engine; the rest may not be.
    return r.host.contains(filter.text) || contains(r.path) || contains(r.method) || contains(r.exit) ||
           (!r.reason.isEmpty() && r.reason.toLower().contains(QString::fromUtf8(filter.text))) ||
           (!r.error.isEmpty() && r.error.toLower().contains(QString::fromUtf8(filter.text)));
}

QByteArray TrafficModel::toCsv(const QList<int> &rows) const
{
    // Raw values, not the localised display text, so a spreadsheet gets numbers and ISO times.
    QByteArray out = "time,client,protocol,method,host,port,path,status,decision,reason,exit,bytes_down,"
                     "bytes_up,duration_us,in_flight,error,cache\r\n";
    for (const int row : rows) {
        if (row < 0 || row >= m_count) {
            continue;
        }
        const Row &r = rowAt(row);
        const QList<QByteArray> fields{
            QDateTime::fromMSecsSinceEpoch(r.timeMs, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8(),
            csvField(cellText(r, Client)),
            protocolName(r.protocol),
            csvField(QString::fromLatin1(r.method)),
            csvField(QString::fromLatin1(r.host)),
            QByteArray::number(r.port),
            csvField(QString::fromLatin1(r.path)),
            r.inFlight ? QByteArray() : QByteArray::number(r.status),
            decisionName(r.decision),
            csvField(r.reason),
            csvField(QString::fromUtf8(r.exit)),
            QByteArray::number(r.bytesDown),
            QByteArray::number(r.bytesUp),
            r.inFlight ? QByteArray() : QByteArray::number(r.durationUs),
            r.inFlight ? QByteArrayLiteral("1") : QByteArrayLiteral("0"),
            csvField(r.error),
            csvField(QString::fromLatin1(r.cache)),
        };
        out += fields.join(',') + "\r\n";
    }
    return out;
}

} // namespace Veil
