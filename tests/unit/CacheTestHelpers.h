#pragma once

// Shared fixtures of the tst_cache* suites: a settable Clock, HTTP-date strings made with
// QDateTime (independent of the HttpDate code under test) and compact builders for heads.

#include "cache/CachePolicy.h"
#include "cache/Clock.h"
#include "http/HttpParser.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QTest>

namespace CacheTest {

using namespace Veil;

/** The Clock seam: tests set the time to the second. */
class FakeClock final : public Cache::Clock
{
public:
    explicit FakeClock(qint64 t = 0)
        : m_now(t)
    {}
    qint64 now() const override { return m_now; }
    void set(qint64 t) { m_now = t; }

private:
    qint64 m_now;
};

/** Reference instant of the tables: 2023-11-14 22:13:20 UTC. Offsets are relative to it. */
inline constexpr qint64 kT0 = 1700000000;

/** IMF-fixdate of @p t, formatted by QDateTime in the C locale. */
inline QByteArray httpDate(qint64 t)
{
    const QDateTime dt = QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
    return QLocale::c().toString(dt, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

/** Replaces every "@N" (N a signed integer) with httpDate(kT0 + N). */
inline QByteArray expandDates(const QByteArray &text)
{
    static const QRegularExpression at(QStringLiteral("@([+-]?[0-9]+)"));
    QString s = QString::fromLatin1(text);
    QString out;
    qsizetype last = 0;
    for (auto it = at.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += s.mid(last, m.capturedStart() - last);
        out += QString::fromLatin1(httpDate(kT0 + m.captured(1).toLongLong()));
        last = m.capturedEnd();
    }
    out += s.mid(last);
    return out.toLatin1();
}

/** Header fields from "Name: value" lines separated by '\n' (dates expanded). */
inline Http::Headers headers(const QByteArray &text)
{
    Http::Headers out;
    for (const QByteArray &line : expandDates(text).split('\n')) {
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        Q_ASSERT(colon > 0);
        out.append(line.first(colon), line.sliced(colon + 1).trimmed());
    }
    return out;
}

/** Header fields back as "Name: value\n" lines, for QCOMPARE. */
inline QByteArray lines(const Http::Headers &h)
{
    QByteArray out;
    for (const Http::HeaderField &f : h.fields())
        out += f.name + ": " + f.value + '\n';
    return out;
}

/** A request parsed by the real parser; Host is taken from an absolute target. */
inline Http::RequestHead request(const QByteArray &method, const QByteArray &target,
                                 const QByteArray &headerText = {})
{
    QByteArray host = QByteArrayLiteral("example.com");
    const qsizetype scheme = target.indexOf("://");
    if (scheme > 0) {
        const QByteArray rest = target.sliced(scheme + 3);
        qsizetype end = 0;
        while (end < rest.size() && rest[end] != '/' && rest[end] != '?')
            ++end;
        host = rest.first(end);
    }
    QByteArray raw = method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    const Http::Headers extra = headers(headerText);
    for (const Http::HeaderField &f : extra.fields())
        raw += f.name + ": " + f.value + "\r\n";
    raw += "\r\n";
    Http::RequestHead head;
    const Http::ParseError error = Http::parseRequestHead(raw, head);
    if (error != Http::ParseError::None)
        qFatal("test request does not parse: %s (%s)", Http::parseErrorText(error), raw.constData());
    return head;
}

/** GET http://example.com/r with @p headerText. */
inline Http::RequestHead get(const QByteArray &headerText = {})
{
    return request(QByteArrayLiteral("GET"), QByteArrayLiteral("http://example.com/r"), headerText);
}

inline Http::ResponseHead response(int status, const QByteArray &headerText = {})
{
    Http::ResponseHead head;
    head.status = status;
    head.reason = QByteArrayLiteral("Reason");
    head.headers = headers(headerText);
    return head;
}

/** A stored response as the store would keep it: received at kT0 + @p responseAt. */
inline Cache::StoredResponse stored(int status, const QByteArray &headerText, qint64 requestAt = 0,
                                    qint64 responseAt = 0)
{
    return Cache::CachePolicy::makeStored(response(status, headerText), kT0 + requestAt, kT0 + responseAt);
}

} // namespace CacheTest

namespace Veil::Cache {

inline char *toString(Reason reason)
{
    return qstrdup(reasonToken(reason).isEmpty() ? "None" : reasonToken(reason).constData());
}

inline char *toString(Verdict verdict)
{
    static const char *const names[] = {"Fresh",      "ServeStale",     "ServeStaleRevalidate",
                                        "Revalidate", "RequestForbids", "GatewayTimeout"};
    return qstrdup(names[int(verdict)]);
}

} // namespace Veil::Cache

Q_DECLARE_METATYPE(Veil::Cache::Reason)
Q_DECLARE_METATYPE(Veil::Cache::Verdict)
