#include "engine/LocalPages.h"

#include "http/Responses.h"
#include "platform/SystemProxy.h"

#include <QCoreApplication>

namespace Veil {

namespace {

/** Translation context; lupdate reads it from the macro (translations/README.md). */
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Veil::LocalPages)
};

} // namespace

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

/** A JavaScript string literal of @p text. */
static QByteArray jsString(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        if (c == '"' || c == '\\') {
            out += '\\';
        }
        if (static_cast<unsigned char>(c) >= 0x20) {
            out += c;
        }
    }
    return out + '"';
}

/** One PAC condition for a bypass entry, or empty when it cannot be expressed safely. */
static QByteArray bypassCondition(const QString &entry)
{
    const QString item = entry.trimmed();
    if (item.isEmpty()) {
        return {};
    }
    if (item.contains(QLatin1Char('/'))) {
        const auto [network, prefix] = QHostAddress::parseSubnet(item);
        if (network.protocol() != QAbstractSocket::IPv4Protocol) {
            return {};
        }
        const QHostAddress mask(prefix == 0 ? 0U : ~0U << (32 - prefix));
        // isInNet() on a name would make the browser resolve it (a DNS leak): literals only.
        return "(isIpv4(host) && isInNet(host, " + jsString(network.toString()) + ", " +
               jsString(mask.toString()) + "))";
    }
    if (QHostAddress(item).protocol() == QAbstractSocket::IPv6Protocol) {
        return "host == " + jsString(item) +
               " || host == " + jsString(QLatin1Char('[') + item + QLatin1Char(']'));
    }
    if (item.contains(QLatin1Char('*'))) {
        return "shExpMatch(host, " + jsString(item.toLower()) + ")";
    }
    return "host == " + jsString(item.toLower());
}

PacOptions pacOptions(const Settings &settings)
{
    PacOptions options;
    options.bypass = SystemProxyTarget::defaultBypass() + settings.systemProxy.bypass;
    options.killSwitch = settings.exits.killSwitch;
    return options;
}

QByteArray pacScript(const QHostAddress &address, quint16 port, const PacOptions &options)
{
    const QByteArray hp = hostPort(address, port);
    QByteArray script = "function isIpv4(h) {\n"
                        "    return /^[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+$/.test(h);\n"
                        "}\n"
                        "function FindProxyForURL(url, host) {\n"
                        "    host = host.toLowerCase();\n";
    for (const QString &entry : options.bypass) {
        if (const QByteArray condition = bypassCondition(entry); !condition.isEmpty()) {
            script += "    if (" + condition + ")\n        return \"DIRECT\";\n";
        }
    }
    // With the kill switch on there is no DIRECT fallback: if Veil is down the browser fails
    // closed instead of leaking.
    script +=
        "    return \"PROXY " + hp + "; SOCKS5 " + hp + (options.killSwitch ? "" : "; DIRECT") + "\";\n}\n";
    return script;
}

int localPageResponse(const Http::RequestHead &request, const EngineContext &context, bool close,
                      QByteArray *response)
{
    const bool head = request.method == "HEAD";
    if (request.method != "GET" && !head) {
        *response = Http::errorPage(405, Tr::tr("Veil's local pages only answer GET and HEAD."), close,
                                    QByteArrayLiteral("Allow: GET, HEAD\r\n"));
        return 405;
    }
    QByteArrayView path = request.pathAndQuery;
    if (const qsizetype q = path.indexOf('?'); q >= 0) {
        path = path.first(q);
    }
    if (path == "/proxy.pac") {
        *response = Http::makeResponse(
            200, QByteArrayLiteral("application/x-ns-proxy-autoconfig"),
            pacScript(context.boundAddress, context.boundPort, pacOptions(context.settings)), close, head);
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
                .arg(QStringLiteral(VEIL_VERSION), Tr::tr("The proxy is running."),
                     Tr::tr("Listening on %1 (HTTP, HTTPS CONNECT and SOCKS5)").arg(listen),
                     Tr::tr("Open connections: %1").arg(open), Tr::tr("Requests served: %1").arg(requests));
        *response = Http::makeResponse(200, QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(),
                                       close, head);
        return 200;
    }
    *response = Http::errorPage(404, Tr::tr("Veil has no page here. Try / or /proxy.pac."), close);
    return 404;
}

} // namespace Veil
