#include "traffic/TrafficEvent.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Veil {

const char *protocolName(TrafficProtocol protocol)
{
    switch (protocol) {
    case TrafficProtocol::Http:
        return "http";
    case TrafficProtocol::Connect:
        return "connect";
    case TrafficProtocol::Socks5:
        return "socks5";
    case TrafficProtocol::Local:
        return "local";
    }
    return "?";
}

const char *decisionName(TrafficDecision decision)
{
    switch (decision) {
    case TrafficDecision::None:
        return "none";
    case TrafficDecision::Direct:
        return "direct";
    case TrafficDecision::Exit:
        return "exit";
    case TrafficDecision::Block:
        return "block";
    case TrafficDecision::Local:
        return "local";
    case TrafficDecision::Refused:
        return "refused";
    }
    return "?";
}

static QByteArray isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
}

static QByteArray clientText(const TrafficEvent &e)
{
    if (e.clientAddress.protocol() == QAbstractSocket::IPv6Protocol) {
        return '[' + e.clientAddress.toString().toLatin1() + "]:" + QByteArray::number(e.clientPort);
    }
    return e.clientAddress.toString().toLatin1() + ':' + QByteArray::number(e.clientPort);
}

QByteArray formatTrafficText(const TrafficEvent &e)
{
    QByteArray line;
    line.reserve(160);
    line += isoTime(e.timeMs);
    line += e.phase == TrafficEvent::Phase::Start ? " start #" : " end #";
    line += QByteArray::number(e.id);
    line += ' ';
    line += clientText(e);
    line += ' ';
    line += protocolName(e.protocol);
    if (!e.method.isEmpty()) {
        line += ' ';
        line += e.method;
    }
    line += ' ';
    if (!e.host.isEmpty()) {
        line += e.host.contains(':') ? '[' + e.host + ']' : e.host;
        line += ':';
        line += QByteArray::number(e.port);
    }
    line += e.path;
    if (e.phase == TrafficEvent::Phase::End) {
        line += ' ';
        line += QByteArray::number(e.status);
        line += " up=" + QByteArray::number(e.bytesUp) + " down=" + QByteArray::number(e.bytesDown);
        line += ' ' + QByteArray::number(double(e.durationUs) / 1000.0, 'f', 1) + "ms";
    }
    line += ' ';
    line += decisionName(e.decision);
    if (!e.exit.isEmpty()) {
        line += ':' + e.exit;
    }
    if (!e.reason.isEmpty()) {
        line += " reason=\"" + e.reason.toUtf8() + '"';
    }
    if (!e.cache.isEmpty()) {
        line += " cache=\"" + e.cache + '"';
    }
    if (!e.privacy.isEmpty()) {
        line += " privacy=" + e.privacy;
    }
    if (!e.error.isEmpty()) {
        line += " error=\"" + e.error.toUtf8() + '"';
    }
    return line;
}

QByteArray formatTrafficJson(const TrafficEvent &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(e.id));
    o.insert(QStringLiteral("phase"),
             e.phase == TrafficEvent::Phase::Start ? QStringLiteral("start") : QStringLiteral("end"));
    o.insert(QStringLiteral("time"), QString::fromLatin1(isoTime(e.timeMs)));
    o.insert(QStringLiteral("client"), QString::fromLatin1(clientText(e)));
    o.insert(QStringLiteral("protocol"), QString::fromLatin1(protocolName(e.protocol)));
    if (!e.method.isEmpty()) {
        o.insert(QStringLiteral("method"), QString::fromLatin1(e.method));
    }
    o.insert(QStringLiteral("host"), QString::fromLatin1(e.host));
    o.insert(QStringLiteral("port"), int(e.port));
    if (!e.path.isEmpty()) {
        o.insert(QStringLiteral("path"), QString::fromLatin1(e.path));
    }
    if (e.phase == TrafficEvent::Phase::End) {
        o.insert(QStringLiteral("status"), e.status);
        o.insert(QStringLiteral("bytesUp"), double(e.bytesUp));
        o.insert(QStringLiteral("bytesDown"), double(e.bytesDown));
        o.insert(QStringLiteral("durationUs"), double(e.durationUs));
    }
    o.insert(QStringLiteral("decision"), QString::fromLatin1(decisionName(e.decision)));
    if (!e.exit.isEmpty()) {
        o.insert(QStringLiteral("exit"), QString::fromUtf8(e.exit));
    }
    if (!e.reason.isEmpty()) {
        o.insert(QStringLiteral("reason"), e.reason);
    }
    if (!e.cache.isEmpty()) {
        o.insert(QStringLiteral("cache"), QString::fromLatin1(e.cache));
    }
    if (!e.privacy.isEmpty()) {
        QJsonArray changes;
        for (const QByteArray &change : e.privacy.split(',')) {
            changes.append(QString::fromLatin1(change));
        }
        o.insert(QStringLiteral("privacy"), changes);
    }
    if (!e.error.isEmpty()) {
        o.insert(QStringLiteral("error"), e.error);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace Veil
