#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

namespace Veil::Test {

/**
 * A DNS-over-HTTPS server for tests (RFC 8484 GET on plain HTTP/1.1 keep-alive, on 127.0.0.1).
 * It answers from a table of names and counts the questions it gets, so a test can prove which
 * names a client resolved, and how often. Responses are built here byte by byte, independently
 * of core/dns, so the two cannot share a misreading of RFC 1035.
 */
class DohServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DohServer)

public:
    struct Record
    {
        QList<QHostAddress> addresses; ///< A and AAAA answers
        quint32 ttl = 60;
        QByteArray cname; ///< when set: answer CNAME cname, then the addresses under that name
        int rcode = 0;    ///< 3: NXDOMAIN
        int httpStatus = 200;
    };

    explicit DohServer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    /** "http://127.0.0.1:PORT/dns-query". */
    QString url() const;

    /** Answers for @p name (lower case, no trailing dot). Unknown names get NXDOMAIN. */
    void setRecord(const QByteArray &name, const Record &record) { m_records.insert(name, record); }
    /** Questions received for @p name (A and AAAA each count). */
    int queries(const QByteArray &name) const { return m_queries.value(name); }
    int totalQueries() const { return m_total; }

Q_SIGNALS:
    void queried(const QByteArray &name);

private:
    void onNewConnection();
    void serve(QTcpSocket *socket);
    QByteArray answer(const QByteArray &query, int *httpStatus);

    QTcpServer m_server;
    QHash<QByteArray, Record> m_records;
    QHash<QByteArray, int> m_queries;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_total = 0;
};

} // namespace Veil::Test
