#include "http/Responses.h"

#include <QCoreApplication>

namespace Veil::Http {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 101:
        return QByteArrayLiteral("Switching Protocols");
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 407:
        return QByteArrayLiteral("Proxy Authentication Required");
    case 408:
        return QByteArrayLiteral("Request Timeout");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    case 505:
        return QByteArrayLiteral("HTTP Version Not Supported");
    case 508:
        return QByteArrayLiteral("Loop Detected");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

QByteArray makeResponse(int status, const QByteArray &contentType, const QByteArray &body, bool close,
                        bool headOnly, const QByteArray &extraHeaders)
{
    QByteArray out;
    out.reserve(200 + body.size());
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    if (!contentType.isEmpty()) {
        out += "Content-Type: " + contentType + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    out += extraHeaders;
    out += close ? "Connection: close\r\n" : "";
    out += "\r\n";
    if (!headOnly) {
        out += body;
    }
    return out;
}

QString htmlEscape(const QString &text)
{
    return text.toHtmlEscaped();
}

QByteArray errorPage(int status, const QString &detail, bool close, const QByteArray &extraHeaders)
{
    const QString title =
        QString::number(status) + QLatin1Char(' ') + QString::fromLatin1(reasonPhrase(status));
    const QString html =
        QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title>"
                       "<style>body{font-family:sans-serif;max-width:40em;margin:3em auto;color:#222}"
                       "h1{font-size:1.4em}p.v{color:#777;font-size:.85em}</style></head>\n"
                       "<body><h1>%1</h1><p>%2</p><p class=\"v\">%3</p></body></html>\n")
            .arg(htmlEscape(title), htmlEscape(detail),
                 QCoreApplication::translate("Veil::Http", "Veil privacy proxy"));
    return makeResponse(status, QByteArrayLiteral("text/html; charset=utf-8"), html.toUtf8(), close, false,
                        extraHeaders);
}

} // namespace Veil::Http
