#include "DohServer.h"

#include "DnsTestWire.h"

#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

namespace Veil::Test {

DohServer::DohServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &DohServer::onNewConnection);
}

bool DohServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString DohServer::url() const
{
    return QStringLiteral("http://127.0.0.1:%1/dns-query").arg(port());
}

void DohServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void DohServer::serve(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        const QList<QByteArray> requestLine = head.left(head.indexOf("\r\n")).split(' ');
        int status = 400;
        QByteArray body;
        if (requestLine.size() == 3 && requestLine[0] == "GET") {
            const QUrlQuery params(QUrl(QString::fromLatin1(requestLine[1])));
            const QByteArray dns = QByteArray::fromBase64(
                params.queryItemValue(QStringLiteral("dns")).toLatin1(), QByteArray::Base64UrlEncoding);
            body = answer(dns, &status);
        }
        QByteArray response =
            "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Error") +
            "\r\nContent-Type: " +
            (status == 200 ? QByteArray("application/dns-message") : QByteArray("text/plain")) +
            "\r\nContent-Length: " + QByteArray::number(status == 200 ? body.size() : 0) + "\r\n\r\n";
        if (status == 200) {
            response += body;
        }
        socket->write(response);
    }
}

QByteArray DohServer::answer(const QByteArray &query, int *httpStatus)
{
    *httpStatus = 200;
    if (query.size() < 17) {
        *httpStatus = 400;
        return {};
    }
    // Question: uncompressed labels from offset 12, then QTYPE and QCLASS.
    QByteArray name;
    int at = 12;
    while (at < query.size() && query[at] != 0) {
        const int length = quint8(query[at]);
        if (!name.isEmpty()) {
            name.append('.');
        }
        name.append(query.mid(at + 1, length).toLower());
        at += 1 + length;
    }
    ++at;
    if (at + 4 > query.size()) {
        *httpStatus = 400;
        return {};
    }
    const int type = (quint8(query[at]) << 8) | quint8(query[at + 1]);
    const QByteArray question = query.mid(12, at + 4 - 12);

    ++m_total;
    ++m_queries[name];
    Q_EMIT queried(name);

    const auto it = m_records.constFind(name);
    const Record record = it == m_records.cend() ? Record{{}, 0, {}, 3, 200} : *it;
    *httpStatus = record.httpStatus;

    QList<QByteArray> answers;
    if (!record.cname.isEmpty()) {
        QByteArray rr;
        put16(rr, 0xc00c); // the question's name
        put16(rr, 5);
        put16(rr, 1);
        put32(rr, record.ttl);
        const QByteArray target = encodeName(record.cname);
        put16(rr, int(target.size()));
        rr.append(target);
        answers.append(rr);
    }
    for (const QHostAddress &a : record.addresses) {
        const bool v6 = a.protocol() == QAbstractSocket::IPv6Protocol;
        if ((type == 1 && v6) || (type == 28 && !v6)) {
            continue;
        }
        QByteArray rr = record.cname.isEmpty() ? QByteArray() : encodeName(record.cname);
        if (rr.isEmpty()) {
            put16(rr, 0xc00c);
        }
        put16(rr, type);
        put16(rr, 1);
        put32(rr, record.ttl);
        if (v6) {
            const Q_IPV6ADDR raw = a.toIPv6Address();
            put16(rr, 16);
            rr.append(reinterpret_cast<const char *>(raw.c), 16);
        } else {
            put16(rr, 4);
            put32(rr, a.toIPv4Address());
        }
        answers.append(rr);
    }

    QByteArray out;
    out.append(query.left(2));         // ID
    put16(out, 0x8180 | record.rcode); // response, RD, RA
    put16(out, 1);
    put16(out, int(answers.size()));
    put16(out, 0);
    put16(out, 0);
    out.append(question);
    for (const QByteArray &rr : answers) {
        out.append(rr);
    }
    return out;
}

} // namespace Veil::Test
