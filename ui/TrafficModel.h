#pragma once

#include "traffic/TrafficEvent.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

#include <vector>

class QJsonObject;

namespace Veil {

/**
 * The live traffic table: one row per request (plain HTTP) or connection (tunnels), kept in a
 * fixed-capacity ring buffer of compact records (STYLE.md, Models and views). Engine events come
 * in batches from the EventHub: a Start adds an in-flight row, its End settles that row. Each
 * batch costs at most one beginRemoveRows (the oldest rows fall out), one beginInsertRows and one
 * dataChanged; text is only made in data(). Host, method and exit strings are interned, so a
 * million rows of a browsing session stay within a couple of hundred megabytes.
 */
class TrafficModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficModel)

public:
    enum Column
    {
        Time,
        Client,
        Method,
        Host,
        Path,
        Status,
        Decision,
        Exit,
        Cache,
        Down,
        Up,
        Duration,
        ColumnCount
    };
    /** Raw values for filters, sorting and exports (Qt::DisplayRole is text). */
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        DecisionRole, ///< TrafficDecision as int
        InFlightRole, ///< bool
        ErrorRole,    ///< QString
        IdRole,       ///< quint64 engine id
    };

    static constexpr int DefaultCapacity = 100000;
    /**
     * Heads and timings (TrafficDetails, a few KiB each) are kept for this many of the newest rows
     * only; older rows drop them, so a million-row ring costs no more than a hundred thousand.
     */
    static constexpr int DetailsKept = 2000;
    /** From this many rows' details let go at once, a pool thread frees them (not the GUI thread). */
    static constexpr size_t ReleaseOffThreadAt = 64;

    explicit TrafficModel(int capacity = DefaultCapacity, QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    /** Shrinks or grows the ring; the newest rows are kept. */
    void setCapacity(int capacity);
    /** Applies one batch of engine events (in engine order). */
    void addEvents(const QList<TrafficEvent> &events);
    void clear();

    /**
     * Row @p row as an event (End once settled, Start while in flight), details included while
     * it is among the newest DetailsKept rows; what the details pane shows.
     */
    TrafficEvent eventAt(int row) const;
    /** True when @p row is older than the newest DetailsKept rows (its details were let go). */
    bool detailsDropped(int row) const;
    /** Texts as the table shows them, for the details pane. */
    static QString durationText(qint64 us);
    static QString bytesText(qint64 bytes);

    /** Rows evicted so far because the ring was full. */
    qint64 evictedRows() const { return m_evicted; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /**
     * The rows as CSV (RFC 4180: comma-separated, CRLF, fields with comma, quote or line break
     * quoted, quotes doubled), with a header line; @p rows are source row numbers in the order
     * to write (an empty list writes nothing but the header). Nothing is left out: every column,
     * plus the error text.
     */
    QByteArray toCsv(const QList<int> &rows) const;

    /**
     * The rows as a HAR 1.2 document (UTF-8 JSON), one entry per plain-HTTP request, in the
     * order of @p rows. CONNECT and SOCKS5 tunnels carry no request Veil can describe: they are
     * left out, counted in @p skipped (may be null) and in log.comment. Veil records no headers
     * or bodies, so those lists stay empty (but for Cache-Status); the decision, reason, exit,
     * client, error and cache status go in each entry's comment, so nothing Veil knows is lost.
     */
    QByteArray toHar(const QList<int> &rows, int *skipped = nullptr) const;

    /** What the filter asks of a row; see rowMatches(). */
    struct Filter
    {
        QByteArray text;     ///< lower-case; found in host, path, method, exit or error; empty: any
        int decision = -1;   ///< TrafficDecision as int; -1: any
        int statusClass = 0; ///< 2..5 for 2xx..5xx, 1 for "failed" (error or no status); 0: any
        bool isEmpty() const { return text.isEmpty() && decision < 0 && statusClass == 0; }
    };
    /** Compares the raw row fields (no text is built), so filtering a million rows stays cheap. */
    bool rowMatches(int row, const Filter &filter) const;

private:
    struct Row
    {
        quint64 id = 0;
        qint64 timeMs = 0;
        qint64 durationUs = 0;
        qint64 bytesUp = 0;
        qint64 bytesDown = 0;
        QByteArray method; ///< interned
        QByteArray host;   ///< interned
        QByteArray exit;   ///< interned
        QByteArray path;
        QString error;
        QString reason;   ///< why the decision (rule, list line, fallback); usually empty
        QByteArray cache; ///< the engine's Cache-Status member; plain HTTP only
        std::shared_ptr<const TrafficDetails> details; ///< newest DetailsKept rows only
        Q_IPV6ADDR clientAddress{};
        quint16 clientPort = 0;
        quint16 port = 0;
        int status = 0;
        TrafficProtocol protocol = TrafficProtocol::Http;
        TrafficDecision decision = TrafficDecision::None;
        bool clientIsV4 = true;
        bool inFlight = true;
    };

    const Row &rowAt(int row) const { return m_ring[(m_first + size_t(row)) % m_ring.size()]; }
    Row &rowAt(int row) { return m_ring[(m_first + size_t(row)) % m_ring.size()]; }
    Row makeRow(const TrafficEvent &event);
    void settle(Row &row, const TrafficEvent &end) const;
    QByteArray intern(const QByteArray &text);
    /**
     * Lets go of the details of rows that are no longer among the newest DetailsKept; many at
     * once are freed on a pool thread.
     */
    void trimDetails();
    QString cellText(const Row &row, int column) const;
    QVariant sortValue(const Row &row, int column) const;
    QJsonObject harEntry(const Row &row) const;
    static QJsonObject harRequest(const Row &row);
    static QJsonObject harResponse(const Row &row);
    QString harComment(const Row &row) const;

    std::vector<Row> m_ring; ///< capacity slots
    size_t m_first = 0;      ///< slot of row 0
    int m_count = 0;
    int m_capacity;
    quint64 m_firstSeq = 0;            ///< sequence number of row 0
    QHash<quint64, quint64> m_seqById; ///< in-flight rows: engine id → sequence number
    QSet<QByteArray> m_strings;        ///< interned host / method / exit texts
    qint64 m_evicted = 0;
    quint64 m_detailsFloor = 0; ///< rows below this sequence number hold no details
};

} // namespace Veil
