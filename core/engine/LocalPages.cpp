#include "engine/LocalPages.h"

#include "http/Responses.h"

#include <QCoreApplication>

namespace Veil {

static QString tr(const char *text)
{
    return QCoreApplication::translate("Veil::LocalPages", text);
}

static QByteArray hostPort(const QHostAddress &address, quint16 port)
{
    QHostAddress shown = address;
    if (address == QHostAddress::AnyIPv4 || address == QHostAddress::Any) {
        shown = QHostAddress::LocalHost;
    } else if (address == QHostAddress::AnyIPv6) {
        shown = QHostAddress::LocalHostIPv6;
    }
    const QByteArray host = shown.toString().toLatin1();
    return (shown.protocol() == QAbstractSocket::IPv6Protocol ? '[' + host + ']' : host) + ':' +
           QByteArray::number(port);
}

QByteArray pacScript(const QHostAddress &address, quint16 port)
{
    const QByteArray hp = hostPort(address, port);
    // No DIRECT fallback: if Veil is down the browser fails closed instead of leaking.
    return "function FindProxyForURL(url, host) {\n"
           "    return \"PROXY " +
           hp + "; SOCKS5 " + hp +
           "\";\n"
           "}\n";
}

int localPageResponse(const Http::RequestHead &request, const EngineContext &context, bool close,
                      QByteArray *response)
{
    const bool head = request.method == "HEAD";
    if (request.method != "GET" && !head) {
        *response = Http::errorPage(405, tr("Veil's local pages only answer GET and HEAD."), close,
                                    QByteArrayLiteral("Allow: GET, HEAD\r\n"));
        return 405;
    }
    QByteArrayView path = request.pathAndQuery;
    if (const qsizetype q = path.indexOf('?'); q >= 0) {
        path = path.first(q);
    }
    if (path == "/proxy.pac") {
        *response = Http::makeResponse(200, QByteArrayLiteral("application/x-ns-proxy-autoconfig"),
                                       pacScript(context.boundAddress, context.boundPort), close, head);
        return 200;
    }
    if (path == "/") {
        const QString listen = QString::fromLatin1(hostPort(context.boundAddress, context.boundPort));
        const qint64 open = context.stats ? context.stats->openConnections.load() : 0;
        const qint64 requests = context.stats ? context.stats->requests.load() : 0;
        const QString html =
            QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Veil</title>"
                           "<style>body{font-family:sans-serif;max-width:40em;margin:3em auto;color:#222}"
                           "</style></head>\n<body><h1>Veil %1</h1>"
                           "<p>%2</p><ul><li>%3</li><li>%4</li><li>%5</li></ul>"
                           "<p><a href=\"/proxy.pac\">proxy.pac</a></p></body></html>\n")
                .arg(QStringLiteral(VEIL_VERSION), tr("The proxy is running."),
                     tr("Listening on %1 (HTTP, HTTPS CONNECT and SOCKS5)").arg(listen),
                     tr("Open connections: %1").arg(open), tr("Requests served: %1").arg(requests));
        *response = Http::makeResponse(200, QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(),
                                       close, head);
        return 200;
    }
    *response = Http::errorPage(404, tr("Veil has no page here. Try / or /proxy.pac."), close);
    return 404;
}

} // namespace Veil
