// DNS wire format (RFC 1035 / RFC 8484 queries and hostile responses) and the DoH answer cache.

#include "DnsTestWire.h"
#include "dns/DnsCache.h"
#include "dns/DnsWire.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Veil;
using Dns::RecordType;
using Veil::Test::encodeName;
using Veil::Test::put16;
using Veil::Test::put32;

namespace {

QByteArray rr(const QByteArray &owner, int type, quint32 ttl, const QByteArray &data, int rclass = 1)
{
    QByteArray out = owner;
    put16(out, type);
    put16(out, rclass);
    put32(out, ttl);
    put16(out, int(data.size()));
    return out + data;
}

QByteArray ipv4(const char *text)
{
    QByteArray out;
    put32(out, QHostAddress(QString::fromLatin1(text)).toIPv4Address());
    return out;
}

/** A response to "www.example.com" (type @p qtype) with @p answers; header fields overridable. */
QByteArray response(const QList<QByteArray> &answers, int qtype = 1, int flags = 0x8180, int id = 0,
                    int qdcount = 1, const QByteArray &qname = "www.example.com")
{
    QByteArray out;
    put16(out, id);
    put16(out, flags);
    put16(out, qdcount);
    put16(out, int(answers.size()));
    put16(out, 0);
    put16(out, 0);
    out += encodeName(qname);
    put16(out, qtype);
    put16(out, 1);
    for (const QByteArray &a : answers) {
        out += a;
    }
    return out;
}

const QByteArray kPtrQuestion("\xc0\x0c", 2); // pointer to the question's name

} // namespace

class TestDns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc8484Example()
    {
        // RFC 8484 §4.1.1: the GET form of a query for www.example.com, type A, ID 0.
        QCOMPARE(Dns::base64Url(Dns::buildQuery("www.example.com", RecordType::A)),
                 QByteArray("AAABAAABAAAAAAAAA3d3dwdleGFtcGxlA2NvbQAAAQAB"));
        // Case and a trailing dot do not change the query.
        QCOMPARE(Dns::buildQuery("WWW.Example.COM.", RecordType::A),
                 Dns::buildQuery("www.example.com", RecordType::A));
        const QByteArray aaaa = Dns::buildQuery("a.b", RecordType::Aaaa, 0x1234);
        QCOMPARE(aaaa.left(2), QByteArray("\x12\x34"));
        QCOMPARE(aaaa.right(4), QByteArray("\x00\x1c\x00\x01", 4));
    }

    void invalidQueryNames_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("dot only") << QByteArray(".");
        QTest::newRow("empty label") << QByteArray("a..b");
        QTest::newRow("leading dot") << QByteArray(".a.b");
        QTest::newRow("label of 64") << QByteArray(64, 'a') + ".com";
        QTest::newRow("name of 254") << (QByteArray(63, 'a') + '.' + QByteArray(63, 'b') + '.' +
                                         QByteArray(63, 'c') + '.' + QByteArray(62, 'd'));
    }
    void invalidQueryNames()
    {
        QFETCH(QByteArray, host);
        QVERIFY(Dns::buildQuery(host, RecordType::A).isEmpty());
    }

    void longestValidName()
    {
        const QByteArray host = QByteArray(63, 'a') + '.' + QByteArray(63, 'b') + '.' + QByteArray(63, 'c') +
                                '.' + QByteArray(61, 'd');
        QCOMPARE(host.size(), 253);
        QVERIFY(!Dns::buildQuery(host, RecordType::A).isEmpty());
    }

    void parsesAnswers()
    {
        Dns::Answer a;
        QCOMPARE(Dns::parseResponse(response({rr(kPtrQuestion, 1, 300, ipv4("192.0.2.1")),
                                              rr(kPtrQuestion, 1, 120, ipv4("192.0.2.2"))}),
                                    "www.example.com", RecordType::A, 0, &a),
                 QString());
        QCOMPARE(a.rcode, 0);
        QCOMPARE(a.addresses, (QList<QHostAddress>{QHostAddress(QStringLiteral("192.0.2.1")),
                                                   QHostAddress(QStringLiteral("192.0.2.2"))}));
        QCOMPARE(a.ttl, 120u);

        const QHostAddress v6(QStringLiteral("2001:db8::7"));
        const Q_IPV6ADDR raw = v6.toIPv6Address();
        QCOMPARE(Dns::parseResponse(response({rr(kPtrQuestion, 28, 60,
                                                 QByteArray(reinterpret_cast<const char *>(raw.c), 16))},
                                             28),
                                    "WWW.example.com.", RecordType::Aaaa, 0, &a),
                 QString());
        QCOMPARE(a.addresses, QList<QHostAddress>{v6});
    }

    void followsCnameChainOnly()
    {
        // www → cdn.example.net → its A record; an A record for an unrelated name is ignored.
        const QByteArray answers[] = {rr(kPtrQuestion, 5, 600, encodeName("cdn.example.net")),
                                      rr(encodeName("evil.example"), 1, 600, ipv4("203.0.113.66")),
                                      rr(encodeName("cdn.example.net"), 1, 30, ipv4("192.0.2.9"))};
        Dns::Answer a;
        QCOMPARE(Dns::parseResponse(response({answers[0], answers[1], answers[2]}), "www.example.com",
                                    RecordType::A, 0, &a),
                 QString());
        QCOMPARE(a.addresses, QList<QHostAddress>{QHostAddress(QStringLiteral("192.0.2.9"))});
        QCOMPARE(a.ttl, 30u);

        // Only the unrelated record: no address at all.
        QCOMPARE(Dns::parseResponse(response({answers[1]}), "www.example.com", RecordType::A, 0, &a),
                 QString());
        QVERIFY(a.addresses.isEmpty());

        // Records of another class (CH) do not count.
        QCOMPARE(Dns::parseResponse(response({rr(kPtrQuestion, 1, 60, ipv4("192.0.2.1"), 3)}),
                                    "www.example.com", RecordType::A, 0, &a),
                 QString());
        QVERIFY(a.addresses.isEmpty());
    }

    void cnameLoopIsBounded()
    {
        // www → a → b → a → …: must end with an error, not spin.
        const QList<QByteArray> loop = {rr(kPtrQuestion, 5, 60, encodeName("a.example")),
                                        rr(encodeName("a.example"), 5, 60, encodeName("b.example")),
                                        rr(encodeName("b.example"), 5, 60, encodeName("a.example"))};
        Dns::Answer a;
        QVERIFY(!Dns::parseResponse(response(loop), "www.example.com", RecordType::A, 0, &a).isEmpty());
    }

    void negativeAnswer()
    {
        Dns::Answer a;
        QCOMPARE(Dns::parseResponse(response({}, 1, 0x8183), "www.example.com", RecordType::A, 0, &a),
                 QString());
        QCOMPARE(a.rcode, 3);
        QVERIFY(a.addresses.isEmpty());
        QCOMPARE(a.ttl, 0u);
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("message");
        const QByteArray good = rr(kPtrQuestion, 1, 60, ipv4("192.0.2.1"));
        QTest::newRow("short") << QByteArray("\x00\x00\x81\x80", 4);
        QTest::newRow("wrong id") << response({good}, 1, 0x8180, 7);
        QTest::newRow("a query, not a response") << response({good}, 1, 0x0100);
        QTest::newRow("truncated flag") << response({good}, 1, 0x8380);
        QTest::newRow("no question") << response({good}, 1, 0x8180, 0, 0);
        QTest::newRow("other name asked") << response({good}, 1, 0x8180, 0, 1, "www.example.org");
        QTest::newRow("other type asked") << response({good}, 28);
        QTest::newRow("A of 5 bytes") << response({rr(kPtrQuestion, 1, 60, QByteArray(5, 'x'))});
        QTest::newRow("rdata past end") << response({good}).chopped(1);
        QTest::newRow("answer cut in header") << response({good.left(6)});
        // The answer starts at 12 + 17 (question name) + 4 = 33 = 0x21.
        QTest::newRow("self pointer") << response({rr(QByteArray("\xc0\x21", 2), 1, 60, ipv4("192.0.2.1"))});
        QTest::newRow("forward pointer")
            << response({rr(QByteArray("\xc0\xff", 2), 1, 60, ipv4("192.0.2.1"))});
        QByteArray labelPastEnd = response({}) + QByteArray("\x3f", 1);
        labelPastEnd[7] = 1; // ANCOUNT 1: the parser must read the cut label
        QTest::newRow("label past end") << labelPastEnd;
        QTest::newRow("obsolete label type")
            << response({rr(QByteArray("\x40\x01", 2), 1, 60, ipv4("192.0.2.1"))});
        QTest::newRow("cname rdata garbage") << response({rr(kPtrQuestion, 5, 60,
                                                             QByteArray("\x05"
                                                                        "ab",
                                                                        3))});
        // A CNAME whose name runs past its RDLENGTH into the next record.
        QTest::newRow("cname past rdata") << response({rr(kPtrQuestion, 5, 60,
                                                          QByteArray("\x03"
                                                                     "cdn",
                                                                     4)),
                                                       rr(encodeName("x"), 1, 60, ipv4("192.0.2.1"))});
    }
    void rejectsMalformed()
    {
        QFETCH(QByteArray, message);
        Dns::Answer a;
        const QString error = Dns::parseResponse(message, "www.example.com", RecordType::A, 0, &a);
        QVERIFY2(!error.isEmpty(), "a malformed response was accepted");
        QVERIFY(a.addresses.isEmpty());
    }

    void randomBytesNeverCrash()
    {
        // Mutate a valid response at random; the parser must return (error or answer), never read
        // outside the buffer (ASan runs this in the long CI).
        const QByteArray base = response({rr(kPtrQuestion, 5, 60, encodeName("cdn.example.net")),
                                          rr(encodeName("cdn.example.net"), 1, 30, ipv4("192.0.2.9"))});
        QRandomGenerator rng(20261127);
        int accepted = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray m = base;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits; ++e) {
                m[int(rng.bounded(int(m.size())))] = char(rng.bounded(256));
            }
            if (rng.bounded(4) == 0) {
                m.truncate(int(rng.bounded(int(m.size()))));
            }
            Dns::Answer a;
            if (Dns::parseResponse(m, "www.example.com", RecordType::A, 0, &a).isEmpty()) {
                ++accepted;
                QVERIFY(a.addresses.size() <= 1);
            }
        }
        QVERIFY(accepted > 0); // some mutations (e.g. of TTL bytes) stay valid
    }

    void cacheExpiresAndCaps()
    {
        DnsCache cache(3);
        const QList<QHostAddress> one{QHostAddress(QStringLiteral("192.0.2.1"))};
        cache.insert("a.example", one, 60, 1000);
        QCOMPARE(cache.find("a.example", 1000 + 59999), std::optional(one));
        QVERIFY(!cache.find("a.example", 1000 + 60000).has_value());

        // Huge TTLs are capped; TTL 0 is not stored; negative answers live briefly.
        cache.insert("b.example", one, UINT32_MAX, 0);
        QVERIFY(cache.find("b.example", qint64(DnsCache::MaxTtlSeconds) * 1000 - 1).has_value());
        QVERIFY(!cache.find("b.example", qint64(DnsCache::MaxTtlSeconds) * 1000).has_value());
        cache.insert("zero.example", one, 0, 0);
        QVERIFY(!cache.find("zero.example", 0).has_value());
        cache.insert("gone.example", {}, 3600, 0);
        QCOMPARE(cache.find("gone.example", 1), std::optional(QList<QHostAddress>{}));
        QVERIFY(!cache.find("gone.example", qint64(DnsCache::NegativeTtlSeconds) * 1000).has_value());
    }

    void cacheEvictsWhenFull()
    {
        DnsCache cache(2);
        const QList<QHostAddress> one{QHostAddress(QStringLiteral("192.0.2.1"))};
        cache.insert("soon.example", one, 10, 0);
        cache.insert("later.example", one, 100, 0);
        cache.insert("new.example", one, 50, 0); // full of live entries: the one closest to expiry goes
        QCOMPARE(cache.size(), 2);
        QVERIFY(!cache.find("soon.example", 1).has_value());
        QVERIFY(cache.find("later.example", 1).has_value());
        QVERIFY(cache.find("new.example", 1).has_value());
        // Expired entries make room first.
        cache.insert("x.example", one, 200, 60000);
        QCOMPARE(cache.size(), 2);
        QVERIFY(cache.find("later.example", 60000).has_value());
        QVERIFY(cache.find("x.example", 60000).has_value());
    }
};

QTEST_GUILESS_MAIN(TestDns)
#include "tst_dns.moc"
