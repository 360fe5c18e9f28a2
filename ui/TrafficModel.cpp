#include "TrafficModel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

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

QJsonObject harNameValue(const QString &name, const QString &value)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

/** "http://host[:port]path" as the engine saw it: IPv6 literals in brackets, port 80 left out. */
QString harUrl(const QByteArray &host, quint16 port, const QByteArray &path)
{
    if (host.isEmpty()) {
        return QString::fromLatin1(path); // refused before a host was known: no absolute URL
    }
    QByteArray url = "http://" + (host.contains(':') ? '[' + host + ']' : host);
    if (port != 80 && port != 0) {
        url += ':' + QByteArray::number(port);
    }
    return QString::fromLatin1(url + (path.isEmpty() ? QByteArray("/") : path));
}

QJsonArray harQueryString(const QByteArray &path)
{
    QJsonArray out;
    const qsizetype mark = path.indexOf('?');
    if (mark < 0) {
        return out;
    }
    const QUrlQuery query(QString::fromLatin1(path.mid(mark + 1)));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        out.append(harNameValue(name, value));
    }
    return out;
}

QJsonObject harTimings(double ms)
{
    // Veil measures the whole exchange only, so it is all "wait"; the phases it cannot see are -1.
    return QJsonObject{
        {QStringLiteral("blocked"), -1}, {QStringLiteral("dns"), -1},  {QStringLiteral("connect"), -1},
        {QStringLiteral("send"), 0},     {QStringLiteral("wait"), ms}, {QStringLiteral("receive"), 0},
        {QStringLiteral("ssl"), -1},
    };
}

QString harLogComment(int skipped)
{
    // Fixed English, like the CSV's raw values: a HAR file is data for tools, not a localised view.
    return QStringLiteral("%1 tunnel row(s) (CONNECT, SOCKS5) left out: a tunnel carries no request or "
                          "response Veil can see. Veil does not record headers or bodies: header lists "
                          "hold only Cache-Status; content.size and _transferSize count all the bytes "
                          "Veil sent to the client for the response, head included.")
        .arg(skipped);
}

} // namespace

QString TrafficModel::durationText(qint64 us)
{
    return formatDuration(us);
}

QString TrafficModel::bytesText(qint64 bytes)
{
    return formatBytes(bytes);
}

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
    trimDetails();
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
    r.details = e.details;
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
    if (end.details) {
        row.details = end.details;
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
                    if (seq < m_detailsFloor) {
                        rowAt(row).details.reset(); // too old to keep them
                    }
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
    trimDetails();
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

QByteArray TrafficModel::toHar(const QList<int> &rows, int *skipped) const
{
    QJsonArray entries;
    int tunnels = 0;
    for (const int row : rows) {
        if (row < 0 || row >= m_count) {
            continue;
        }
        const Row &r = rowAt(row);
        if (r.protocol == TrafficProtocol::Connect || r.protocol == TrafficProtocol::Socks5) {
            ++tunnels;
            continue;
        }
        entries.append(harEntry(r));
    }
    if (skipped) {
        *skipped = tunnels;
    }
    const QJsonObject creator{{QStringLiteral("name"), QStringLiteral("Veil")},
                              {QStringLiteral("version"), QStringLiteral(VEIL_VERSION)}};
    const QJsonObject log{{QStringLiteral("version"), QStringLiteral("1.2")},
                          {QStringLiteral("creator"), creator},
                          {QStringLiteral("entries"), entries},
                          {QStringLiteral("comment"), harLogComment(tunnels)}};
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), log}}).toJson(QJsonDocument::Indented);
}

QJsonObject TrafficModel::harEntry(const Row &r) const
{
    // A row still in flight has no duration yet; HAR wants a number, so 0, and the comment says so.
    const double ms = r.inFlight ? 0.0 : double(r.durationUs) / 1000.0;
    return QJsonObject{
        {QStringLiteral("startedDateTime"),
         QDateTime::fromMSecsSinceEpoch(r.timeMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("time"), ms},
        {QStringLiteral("request"), harRequest(r)},
        {QStringLiteral("response"), harResponse(r)},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"), harTimings(ms)},
        {QStringLiteral("comment"), harComment(r)},
    };
}

QJsonObject TrafficModel::harRequest(const Row &r)
{
    return QJsonObject{
        {QStringLiteral("method"), QString::fromLatin1(r.method)},
        {QStringLiteral("url"), harUrl(r.host, r.port, r.path)},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), QJsonArray()},
        {QStringLiteral("queryString"), harQueryString(r.path)},
        {QStringLiteral("headersSize"), -1},
        // The engine counts request body bytes (not the head), known once the exchange ends.
        {QStringLiteral("bodySize"), r.inFlight ? qint64(-1) : r.bytesUp},
    };
}

QJsonObject TrafficModel::harResponse(const Row &r)
{
    QJsonArray headers;
    if (!r.cache.isEmpty()) {
        headers.append(harNameValue(QStringLiteral("Cache-Status"), QString::fromLatin1(r.cache)));
    }
    // bytesDown is everything sent to the client, head included: the body alone is unknown (-1),
    // the total goes where Chrome puts it (_transferSize), and content.size is its upper bound.
    const QJsonObject content{{QStringLiteral("size"), r.inFlight ? qint64(0) : r.bytesDown},
                              {QStringLiteral("mimeType"), QString()}};
    QJsonObject response{
        {QStringLiteral("status"), r.inFlight ? 0 : r.status},
        {QStringLiteral("statusText"), QString()},
        {QStringLiteral("httpVersion"), QStringLiteral("HTTP/1.1")},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("content"), content},
        {QStringLiteral("redirectURL"), QString()},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), -1},
    };
    if (!r.inFlight) {
        response.insert(QStringLiteral("_transferSize"), r.bytesDown);
    }
    return response;
}

QString TrafficModel::harComment(const Row &r) const
{
    // What HAR has no field for: the decision and why, the exit, the client and what went wrong.
    QString decision = QString::fromLatin1(decisionName(r.decision));
    if (!r.exit.isEmpty()) {
        decision += QLatin1Char(' ') + QString::fromUtf8(r.exit);
    }
    QStringList parts{QStringLiteral("decision: ") + decision};
    if (!r.reason.isEmpty()) {
        parts.append(QStringLiteral("reason: ") + r.reason);
    }
    if (!r.error.isEmpty()) {
        parts.append(QStringLiteral("error: ") + r.error);
    }
    parts.append(QStringLiteral("client: ") + cellText(r, Client));
    if (r.inFlight) {
        parts.append(QStringLiteral("in flight when exported: no status, size or timing yet"));
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace Veil
