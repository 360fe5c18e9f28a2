#include "cache/HttpDate.h"

#include <QTest>

#include <optional>

using namespace Veil::Cache;

namespace {

// Expected instants come from Python's calendar.timegm, an oracle independent of HttpDate.
constexpr qint64 kNow2025 = 1749988800;   // Sun, 15 Jun 2025 12:00:00 GMT
constexpr qint64 kNow2080 = 3471292800;   // Mon, 01 Jan 2080 00:00:00 GMT
constexpr qint64 kNow1999 = 946598400;    // Fri, 31 Dec 1999 00:00:00 GMT
constexpr qint64 kRfcExample = 784111777; // Sun, 06 Nov 1994 08:49:37 GMT (RFC 9110 §5.6.7)
constexpr qint64 kInvalid = std::numeric_limits<qint64>::min();

} // namespace

class TestCacheDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void format_data();
    void format();
    void roundTrip();
};

void TestCacheDate::parse_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("expected"); ///< kInvalid: no value

    const auto row = [](const char *name, const char *text, qint64 expected, qint64 now = kNow2025) {
        QTest::newRow(name) << QByteArray(text) << now << expected;
    };

    // IMF-fixdate.
    row("imf rfc example", "Sun, 06 Nov 1994 08:49:37 GMT", kRfcExample);
    row("imf epoch", "Thu, 01 Jan 1970 00:00:00 GMT", 0);
    row("imf before epoch", "Wed, 31 Dec 1969 23:59:59 GMT", -1);
    row("imf 1950", "Sun, 01 Jan 1950 00:00:00 GMT", -631152000);
    row("imf leap day 2000", "Tue, 29 Feb 2000 12:00:00 GMT", 951825600);
    row("imf leap day 2024", "Thu, 29 Feb 2024 00:00:00 GMT", 1709164800);
    row("imf 1900 is not leap", "Thu, 29 Feb 1900 00:00:00 GMT", kInvalid);
    row("imf 2100 is not leap", "Mon, 29 Feb 2100 00:00:00 GMT", kInvalid);
    row("imf 2021 is not leap", "Mon, 29 Feb 2021 00:00:00 GMT", kInvalid);
    row("imf 1900-03-01", "Thu, 01 Mar 1900 00:00:00 GMT", -2203891200);
    row("imf 2100-02-28", "Sun, 28 Feb 2100 00:00:00 GMT", 4107456000);
    row("imf past 2^31", "Tue, 19 Jan 2038 03:14:08 GMT", 2147483648);
    row("imf year 9999", "Fri, 31 Dec 9999 23:59:59 GMT", 253402300799);
    row("imf year 0000", "Sat, 01 Jan 0000 00:00:00 GMT", -62167219200);
    row("imf leap second", "Sat, 31 Dec 2016 23:59:60 GMT", 1483228799);
    row("imf lower case", "sun, 06 nov 1994 08:49:37 gmt", kRfcExample);
    row("imf upper case", "SUN, 06 NOV 1994 08:49:37 GMT", kRfcExample);
    row("imf wrong weekday accepted", "Mon, 06 Nov 1994 08:49:37 GMT", kRfcExample);
    row("imf Dec 31", "Sat, 31 Dec 2016 23:59:59 GMT", 1483228799);
    row("imf Apr 31", "Sat, 31 Apr 2016 00:00:00 GMT", kInvalid);
    row("imf Nov 31", "Thu, 31 Nov 1994 08:49:37 GMT", kInvalid);
    row("imf day 32", "Sun, 32 Jan 1994 08:49:37 GMT", kInvalid);
    row("imf day 00", "Sun, 00 Nov 1994 08:49:37 GMT", kInvalid);
    row("imf one-digit day", "Sun, 6 Nov 1994 08:49:37 GMT", kInvalid);
    row("imf two-digit year", "Sun, 06 Nov 94 08:49:37 GMT", kInvalid);
    row("imf five-digit year", "Sun, 06 Nov 19940 08:49:37 GMT", kInvalid);
    row("imf signed year", "Sun, 06 Nov +994 08:49:37 GMT", kInvalid);
    row("imf hour 24", "Sun, 06 Nov 1994 24:00:00 GMT", kInvalid);
    row("imf minute 60", "Sun, 06 Nov 1994 08:60:37 GMT", kInvalid);
    row("imf second 61", "Sun, 06 Nov 1994 08:49:61 GMT", kInvalid);
    row("imf one-digit hour", "Sun, 06 Nov 1994 8:49:37 GMT", kInvalid);
    row("imf dashes in time", "Sun, 06 Nov 1994 08-49-37 GMT", kInvalid);
    row("imf letter in time", "Sun, 06 Nov 1994 08:49:3a GMT", kInvalid);
    row("imf UTC zone", "Sun, 06 Nov 1994 08:49:37 UTC", kInvalid);
    row("imf numeric zone", "Sun, 06 Nov 1994 08:49:37 +0000", kInvalid);
    row("imf no zone", "Sun, 06 Nov 1994 08:49:37", kInvalid);
    row("imf zone suffix", "Sun, 06 Nov 1994 08:49:37 GMTX", kInvalid);
    row("imf unknown month", "Sun, 06 Foo 1994 08:49:37 GMT", kInvalid);
    row("imf long month", "Sun, 06 November 1994 08:49:37 GMT", kInvalid);
    row("imf unknown day", "Xyz, 06 Nov 1994 08:49:37 GMT", kInvalid);
    row("imf long day name", "Sunday, 06 Nov 1994 08:49:37 GMT", kInvalid);
    row("imf no space after comma", "Sun,06 Nov 1994 08:49:37 GMT", kInvalid);
    row("imf double space", "Sun, 06  Nov 1994 08:49:37 GMT", kInvalid);
    row("imf trailing space", "Sun, 06 Nov 1994 08:49:37 GMT ", kInvalid);
    row("imf leading space", " Sun, 06 Nov 1994 08:49:37 GMT", kInvalid);
    row("imf tab separator", "Sun, 06\tNov 1994 08:49:37 GMT", kInvalid);
    row("imf two dates", "Sun, 06 Nov 1994 08:49:37 GMT, Sun, 06 Nov 1994 08:49:37 GMT", kInvalid);

    // Obsolete RFC 850 with the 50-year rule, now = 15 Jun 2025 12:00:00 unless stated.
    row("850 rfc example", "Sunday, 06-Nov-94 08:49:37 GMT", kRfcExample);
    row("850 70 is 2070", "Wednesday, 01-Jan-70 00:00:00 GMT", 3155760000);
    row("850 exactly 50 years ahead", "Saturday, 15-Jun-75 12:00:00 GMT", 3327825600);
    row("850 one second past 50 years", "Sunday, 15-Jun-75 12:00:01 GMT", 172065601);
    row("850 one day before 50 years", "Friday, 14-Jun-75 12:00:00 GMT", 3327739200);
    row("850 this year", "Wednesday, 01-Jan-25 00:00:00 GMT", 1735689600);
    row("850 99 is 1999", "Friday, 31-Dec-99 23:59:59 GMT", 946684799);
    row("850 00 is 2000", "Saturday, 01-Jan-00 00:00:00 GMT", 946684800);
    row("850 leap 96", "Thursday, 29-Feb-96 00:00:00 GMT", 825552000);
    row("850 leap 00 in 2000", "Tuesday, 29-Feb-00 00:00:00 GMT", 951782400);
    row("850 01 not leap", "Thursday, 29-Feb-01 00:00:00 GMT", kInvalid);
    row("850 in 2080: 10 is 2110", "Wednesday, 01-Jan-10 00:00:00 GMT", 4417977600, kNow2080);
    row("850 in 2080: 31 is 2031", "Wednesday, 01-Jan-31 00:00:00 GMT", 1924992000, kNow2080);
    row("850 in 2080: 30 is 2130", "Sunday, 01-Jan-30 00:00:00 GMT", 5049129600, kNow2080);
    row("850 in 2080: 00 is 2100, not leap", "Monday, 29-Feb-00 00:00:00 GMT", kInvalid, kNow2080);
    row("850 in 1999: 49 is 2049", "Friday, 31-Dec-49 00:00:00 GMT", 2524521600, kNow1999);
    row("850 in 1999: 50 is 1950", "Sunday, 01-Jan-50 00:00:00 GMT", -631152000, kNow1999);
    row("850 lower case", "sunday, 06-nov-94 08:49:37 gmt", kRfcExample);
    row("850 short day name", "Sun, 06-Nov-94 08:49:37 GMT", kInvalid);
    row("850 four-digit year", "Sunday, 06-Nov-1994 08:49:37 GMT", kInvalid);
    row("850 one-digit day", "Sunday, 6-Nov-94 08:49:37 GMT", kInvalid);
    row("850 spaces not dashes", "Sunday, 06 Nov 94 08:49:37 GMT", kInvalid);
    row("850 bad month", "Sunday, 06-Nox-94 08:49:37 GMT", kInvalid);
    row("850 bad time", "Sunday, 06-Nov-94 08:49:77 GMT", kInvalid);
    row("850 no zone", "Sunday, 06-Nov-94 08:49:37", kInvalid);
    row("850 other zone", "Sunday, 06-Nov-94 08:49:37 PST", kInvalid);
    row("850 day 00", "Sunday, 00-Nov-94 08:49:37 GMT", kInvalid);
    row("850 day 45", "Sunday, 45-Nov-94 08:49:37 GMT", kInvalid);
    row("850 day 31 of Sep", "Sunday, 31-Sep-94 08:49:37 GMT", kInvalid);
    row("850 unknown long day", "Someday, 06-Nov-94 08:49:37 GMT", kInvalid);

    // asctime.
    row("asctime rfc example", "Sun Nov  6 08:49:37 1994", kRfcExample);
    row("asctime two-digit day", "Sun Nov 06 08:49:37 1994", kRfcExample);
    row("asctime day 16", "Wed Nov 16 00:00:00 1994", 784944000);
    row("asctime leap day", "Thu Feb 29 00:00:00 2024", 1709164800);
    row("asctime non-leap", "Thu Feb 29 00:00:00 2023", kInvalid);
    row("asctime lower case", "sun nov  6 08:49:37 1994", kRfcExample);
    row("asctime single space day", "Sun Nov 6 08:49:37 1994", kInvalid);
    row("asctime day zero", "Sun Nov  0 08:49:37 1994", kInvalid);
    row("asctime day 31 of Nov", "Sun Nov 31 08:49:37 1994", kInvalid);
    row("asctime two-digit year", "Sun Nov  6 08:49:37 94", kInvalid);
    row("asctime with zone", "Sun Nov  6 08:49:37 1994 GMT", kInvalid);
    row("asctime bad hour", "Sun Nov  6 25:49:37 1994", kInvalid);

    // Not dates at all.
    row("empty", "", kInvalid);
    row("zero", "0", kInvalid);
    row("minus one", "-1", kInvalid);
    row("epoch number", "784111777", kInvalid);
    row("iso 8601", "1994-11-06T08:49:37Z", kInvalid);
    row("garbage", "next tuesday", kInvalid);
}

void TestCacheDate::parse()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, now);
    QFETCH(qint64, expected);

    const std::optional<qint64> parsed = HttpDate::parse(text, now);
    if (expected == kInvalid) {
        QVERIFY2(!parsed, QByteArray::number(parsed.value_or(0)).constData());
    } else {
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, expected);
    }
}

void TestCacheDate::format_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("epoch") << qint64(0) << QByteArray("Thu, 01 Jan 1970 00:00:00 GMT");
    QTest::newRow("rfc example") << kRfcExample << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT");
    QTest::newRow("before epoch") << qint64(-1) << QByteArray("Wed, 31 Dec 1969 23:59:59 GMT");
    QTest::newRow("leap day") << qint64(951825600) << QByteArray("Tue, 29 Feb 2000 12:00:00 GMT");
    QTest::newRow("2^31") << qint64(2147483648) << QByteArray("Tue, 19 Jan 2038 03:14:08 GMT");
    QTest::newRow("reference") << qint64(1700000000) << QByteArray("Tue, 14 Nov 2023 22:13:20 GMT");
    QTest::newRow("1950") << qint64(-631152000) << QByteArray("Sun, 01 Jan 1950 00:00:00 GMT");
    QTest::newRow("year 9999") << qint64(253402300799) << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT");
    QTest::newRow("past 9999 clamps") << qint64(253402300800) << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT");
    QTest::newRow("int64 max clamps")
        << std::numeric_limits<qint64>::max() << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT");
    QTest::newRow("year 0") << qint64(-62167219200) << QByteArray("Sat, 01 Jan 0000 00:00:00 GMT");
    QTest::newRow("before year 0 clamps")
        << qint64(-62167219201) << QByteArray("Sat, 01 Jan 0000 00:00:00 GMT");
    QTest::newRow("int64 min clamps")
        << std::numeric_limits<qint64>::min() << QByteArray("Sat, 01 Jan 0000 00:00:00 GMT");
}

void TestCacheDate::format()
{
    QFETCH(qint64, seconds);
    QFETCH(QByteArray, expected);
    QCOMPARE(HttpDate::format(seconds), expected);
}

void TestCacheDate::roundTrip()
{
    // Dates spread over the whole 0000–9999 range, a little over a year apart, at varying times.
    for (qint64 t = -62167219200 + 12345; t < 253402300799; t += 86400 * 397 + 3607) {
        const QByteArray text = HttpDate::format(t);
        const std::optional<qint64> back = HttpDate::parse(text, kNow2025);
        QVERIFY2(back && *back == t, text.constData());
    }
}

QTEST_APPLESS_MAIN(TestCacheDate)

#include "tst_cachedate.moc"
