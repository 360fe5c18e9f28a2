// The traffic table model: rows appear with a Start and settle with their End, the ring keeps the
// newest rows, every change is a proper model signal (QAbstractItemModelTester watches), filters
// are right at a million rows, the CSV export is complete and correctly quoted, and the HAR
// export is valid HAR 1.2 that says what it left out (tunnels) and keeps what HAR has no field for.

#include "TrafficDetailsPane.h"
#include "TrafficFilterModel.h"
#include "TrafficModel.h"
#include "TrafficPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Veil;

namespace {

TrafficEvent start(quint64 id, const QByteArray &host, const QByteArray &path = "/")
{
    TrafficEvent e;
    e.id = id;
    e.phase = TrafficEvent::Phase::Start;
    e.timeMs = 1'790'000'000'000 + qint64(id);
    e.clientAddress = QHostAddress(QStringLiteral("127.0.0.1"));
    e.clientPort = quint16(40000 + id % 1000);
    e.method = "GET";
    e.host = host;
    e.port = 80;
    e.path = path;
    e.decision = TrafficDecision::Direct;
    return e;
}

TrafficEvent end(const TrafficEvent &s, int status, qint64 down = 100, const QString &error = {})
{
    TrafficEvent e = s;
    e.phase = TrafficEvent::Phase::End;
    e.status = status;
    e.bytesDown = down;
    e.bytesUp = 10;
    e.durationUs = 1500;
    e.error = error;
    return e;
}

QString cell(const QAbstractItemModel &m, int row, int column)
{
    return m.data(m.index(row, column)).toString();
}

QJsonObject parseHar(const QByteArray &har)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(har, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qWarning("not JSON: %s", qPrintable(error.errorString()));
        return {};
    }
    return doc.object().value(QStringLiteral("log")).toObject();
}

QJsonArray harEntries(const TrafficModel &model, const QList<int> &rows, int *skipped = nullptr)
{
    return parseHar(model.toHar(rows, skipped)).value(QStringLiteral("entries")).toArray();
}

TrafficEvent tunnel(quint64 id, TrafficProtocol protocol)
{
    TrafficEvent e = end(start(id, "secure.example"), 0);
    e.protocol = protocol;
    e.method = protocol == TrafficProtocol::Connect ? QByteArray("CONNECT") : QByteArray();
    e.port = 443;
    e.path.clear();
    return e;
}

/** The fields HAR 1.2 requires of @p object, with their JSON types; empty when all are right. */
QString missingFields(const QJsonObject &object,
                      const QList<std::pair<const char *, QJsonValue::Type>> &fields)
{
    QStringList wrong;
    for (const auto &[name, type] : fields) {
        if (object.value(QLatin1String(name)).type() != type) {
            wrong.append(QLatin1String(name));
        }
    }
    return wrong.join(QLatin1Char(','));
}

} // namespace

class TestTrafficModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startThenEndSettlesTheRow()
    {
        TrafficModel model(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const TrafficEvent s = start(1, "example.com", "/a");
        model.addEvents({s});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.data(model.index(0, 0), TrafficModel::InFlightRole).toBool());
        QCOMPARE(cell(model, 0, TrafficModel::Status), QStringLiteral("…"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.addEvents({end(s, 204, 0, QStringLiteral("origin reset"))});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(model, 0, TrafficModel::Status), QStringLiteral("204"));
        QCOMPARE(cell(model, 0, TrafficModel::Host), QStringLiteral("example.com:80"));
        QCOMPARE(cell(model, 0, TrafficModel::Path), QStringLiteral("/a"));
        QCOMPARE(cell(model, 0, TrafficModel::Client), QStringLiteral("127.0.0.1:40001"));
        QCOMPARE(cell(model, 0, TrafficModel::Decision), QStringLiteral("direct"));
        QCOMPARE(model.data(model.index(0, 0), Qt::ToolTipRole).toString(), QStringLiteral("origin reset"));
        QVERIFY(!model.data(model.index(0, 0), TrafficModel::InFlightRole).toBool());
    }

    void cacheColumnNamesWhatTheCacheDid_data()
    {
        QTest::addColumn<QByteArray>("cacheStatus");
        QTest::addColumn<QString>("shown");
        QTest::newRow("hit") << QByteArray("Veil; hit; ttl=376") << QStringLiteral("hit");
        QTest::newRow("stale hit") << QByteArray("Veil; hit; ttl=-5; detail=stale-if-error")
                                   << QStringLiteral("hit");
        QTest::newRow("revalidated") << QByteArray("Veil; fwd=stale; fwd-status=304; ttl=0")
                                     << QStringLiteral("revalidated");
        QTest::newRow("stored") << QByteArray("Veil; fwd=uri-miss; fwd-status=200; stored")
                                << QStringLiteral("stored");
        QTest::newRow("miss") << QByteArray("Veil; fwd=uri-miss; fwd-status=200; detail=private")
                              << QStringLiteral("miss");
        QTest::newRow("bypass") << QByteArray("Veil; fwd=method; fwd-status=201")
                                << QStringLiteral("bypassed");
        QTest::newRow("none") << QByteArray() << QString();
    }
    void cacheColumnNamesWhatTheCacheDid()
    {
        QFETCH(QByteArray, cacheStatus);
        QFETCH(QString, shown);
        TrafficModel model(10);
        TrafficEvent e = end(start(1, "example.com"), 200);
        e.cache = cacheStatus;
        model.addEvents({e});
        QCOMPARE(cell(model, 0, TrafficModel::Cache), shown);
        const QString tip = model.data(model.index(0, TrafficModel::Cache), Qt::ToolTipRole).toString();
        QCOMPARE(tip.contains(QStringLiteral("Cache-Status")), !cacheStatus.isEmpty());
        QVERIFY(model.toCsv({0}).trimmed().endsWith(cacheStatus.isEmpty() ? QByteArray(",") : cacheStatus));
    }

    void startAndEndInOneBatchAndEndAlone()
    {
        TrafficModel model(100);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const TrafficEvent a = start(1, "a.example");
        const TrafficEvent b = start(2, "b.example");
        // b's End arrives without its Start (it fell out before): it still gets a settled row.
        model.addEvents({a, end(a, 200), end(b, 502)});
        QCOMPARE(inserted.count(), 1); // one insertion for the whole batch
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(cell(model, 0, TrafficModel::Status), QStringLiteral("200"));
        QCOMPARE(cell(model, 1, TrafficModel::Status), QStringLiteral("502"));
    }

    void ringKeepsTheNewestRows()
    {
        TrafficModel model(1000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        // 2,500 requests in batches of 300, each settling the previous batch's rows.
        QList<TrafficEvent> open;
        quint64 id = 1;
        while (id <= 2500) {
            QList<TrafficEvent> batch;
            for (const TrafficEvent &s : std::as_const(open)) {
                batch.append(end(s, 200 + int(s.id % 3)));
            }
            open.clear();
            for (int i = 0; i < 300 && id <= 2500; ++i, ++id) {
                open.append(start(id, "host" + QByteArray::number(id) + ".example"));
                batch.append(open.constLast());
            }
            model.addEvents(batch);
        }
        model.addEvents([&open] {
            QList<TrafficEvent> ends;
            for (const TrafficEvent &s : std::as_const(open)) {
                ends.append(end(s, 200 + int(s.id % 3)));
            }
            return ends;
        }());
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.evictedRows(), 1500);
        QVERIFY(removed.count() >= 2);
        QCOMPARE(cell(model, 0, TrafficModel::Host), QStringLiteral("host1501.example:80"));
        QCOMPARE(cell(model, 999, TrafficModel::Host), QStringLiteral("host2500.example:80"));
        for (int row = 0; row < 1000; ++row) {
            const int requestId = 1501 + row;
            QCOMPARE(cell(model, row, TrafficModel::Status), QString::number(200 + requestId % 3));
        }
        // Shrinking keeps the newest.
        model.setCapacity(10);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(cell(model, 0, TrafficModel::Host), QStringLiteral("host2491.example:80"));
    }

    void oversizedBatchKeepsItsNewestRows()
    {
        TrafficModel model(50);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addEvents({start(1, "old.example")});
        QList<TrafficEvent> batch;
        for (quint64 id = 2; id <= 201; ++id) {
            batch.append(start(id, "h" + QByteArray::number(id)));
        }
        model.addEvents(batch);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(cell(model, 0, TrafficModel::Host), QStringLiteral("h152:80"));
        QCOMPARE(model.evictedRows(), 151);
        // An End for an evicted Start becomes its own row instead of touching another row.
        model.addEvents({end(start(1, "old.example"), 200)});
        QCOMPARE(cell(model, 49, TrafficModel::Host), QStringLiteral("old.example:80"));
        QCOMPARE(cell(model, 0, TrafficModel::Host), QStringLiteral("h153:80"));
    }

    void filterAtAMillionRows()
    {
        constexpr int total = 1'000'000;
        TrafficModel model(total);
        QList<TrafficEvent> batch;
        batch.reserve(10000);
        int expectedAds = 0;
        int expectedBlocked5xx = 0;
        for (int i = 0; i < total; ++i) {
            const bool ads = i % 7 == 0;
            TrafficEvent s =
                start(quint64(i + 1), ads ? "ads.tracker.example" : "news.example",
                      ads ? QByteArray("/pixel?x=" + QByteArray::number(i)) : QByteArray("/article"));
            TrafficEvent e = end(s, i % 11 == 0 ? 503 : 200);
            if (i % 13 == 0) {
                e.decision = TrafficDecision::Block;
                expectedBlocked5xx += i % 11 == 0 ? 1 : 0;
            }
            expectedAds += ads ? 1 : 0;
            batch.append(e); // settled records straight away
            if (batch.size() == 10000) {
                model.addEvents(batch);
                batch.clear();
            }
        }
        model.addEvents(batch);
        QCOMPARE(model.rowCount(), total);

        TrafficFilterModel filter(&model);
        QCOMPARE(filter.rowCount(), total);
        filter.setText(QStringLiteral("TRACKER"));
        QCOMPARE(filter.rowCount(), expectedAds);
        filter.setText(QStringLiteral("PIXEL?X=7")); // in the path, case-insensitive
        int pixel7 = 0;
        for (int i = 0; i < total; i += 7) {
            pixel7 += QByteArray::number(i).startsWith('7') ? 1 : 0;
        }
        QCOMPARE(filter.rowCount(), pixel7);
        filter.setText({});
        filter.setDecision(int(TrafficDecision::Block));
        filter.setStatusClass(5);
        QCOMPARE(filter.rowCount(), expectedBlocked5xx);
        QCOMPARE(cell(filter, 0, TrafficModel::Status), QStringLiteral("503"));
    }

    void reasonIsShownAndExported()
    {
        TrafficModel model(10);
        TrafficEvent s = start(1, "ads.example");
        TrafficEvent e = end(s, 403);
        e.decision = TrafficDecision::Block;
        e.reason = QStringLiteral("EasyList line 42: ||ads.example^");
        model.addEvents({s, e});
        QCOMPARE(cell(model, 0, TrafficModel::Decision), QStringLiteral("blocked"));
        QCOMPARE(model.data(model.index(0, 0), Qt::ToolTipRole).toString(), e.reason);
        QVERIFY(model.toCsv({0}).contains(",block,EasyList line 42: ||ads.example^,"));
        TrafficFilterModel filter(&model);
        filter.setText(QStringLiteral("easylist"));
        QCOMPARE(filter.rowCount(), 1);
    }

    void csvExportIsCompleteAndQuoted()
    {
        TrafficModel model(10);
        TrafficEvent s = start(1, "example.com", "/q?a=1,b=\"2\"");
        model.addEvents(
            {s, end(s, 500, 42, QStringLiteral("line one\nline \"two\"")), start(2, "live.example")});
        const QByteArray csv = model.toCsv({0, 1});
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("time,client,protocol,method,host,port,path,status,decision,reason,exit,"
                            "bytes_down,bytes_up,duration_us,in_flight,error,cache\r"));
        QVERIFY2(csv.contains(
                     ",\"/q?a=1,b=\"\"2\"\"\",500,direct,,,42,10,1500,0,\"line one\nline \"\"two\"\"\",\r\n"),
                 csv.constData());
        QVERIFY2(csv.contains(",live.example,80,/,,direct,,,0,0,,1,,\r\n"), csv.constData());
        QVERIFY(csv.startsWith("time,"));
        QCOMPARE(model.toCsv({}).count('\n'), 1);
    }

    void harIsValidHar12()
    {
        TrafficModel model(10);
        TrafficEvent cached = end(start(1, "example.com", "/a"), 200);
        cached.cache = "Veil; hit; ttl=30";
        model.addEvents({cached, tunnel(2, TrafficProtocol::Connect), start(3, "live.example")});
        const QJsonObject log = parseHar(model.toHar({0, 1, 2}));
        QCOMPARE(log.value(QStringLiteral("version")).toString(), QStringLiteral("1.2"));
        const QJsonObject creator = log.value(QStringLiteral("creator")).toObject();
        QCOMPARE(creator.value(QStringLiteral("name")).toString(), QStringLiteral("Veil"));
        QCOMPARE(creator.value(QStringLiteral("version")).toString(), QStringLiteral(VEIL_VERSION));
        QVERIFY(log.value(QStringLiteral("comment")).isString());
        const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        using T = QJsonValue::Type;
        for (const QJsonValue &value : entries) {
            const QJsonObject entry = value.toObject();
            QCOMPARE(missingFields(entry, {{"startedDateTime", T::String},
                                           {"time", T::Double},
                                           {"request", T::Object},
                                           {"response", T::Object},
                                           {"cache", T::Object},
                                           {"timings", T::Object},
                                           {"comment", T::String}}),
                     QString());
            const QJsonObject request = entry.value(QStringLiteral("request")).toObject();
            QCOMPARE(missingFields(request, {{"method", T::String},
                                             {"url", T::String},
                                             {"httpVersion", T::String},
                                             {"cookies", T::Array},
                                             {"headers", T::Array},
                                             {"queryString", T::Array},
                                             {"headersSize", T::Double},
                                             {"bodySize", T::Double}}),
                     QString());
            const QJsonObject response = entry.value(QStringLiteral("response")).toObject();
            QCOMPARE(missingFields(response, {{"status", T::Double},
                                              {"statusText", T::String},
                                              {"httpVersion", T::String},
                                              {"cookies", T::Array},
                                              {"headers", T::Array},
                                              {"content", T::Object},
                                              {"redirectURL", T::String},
                                              {"headersSize", T::Double},
                                              {"bodySize", T::Double}}),
                     QString());
            QCOMPARE(missingFields(response.value(QStringLiteral("content")).toObject(),
                                   {{"size", T::Double}, {"mimeType", T::String}}),
                     QString());
            const QJsonObject timings = entry.value(QStringLiteral("timings")).toObject();
            QCOMPARE(
                missingFields(timings, {{"send", T::Double}, {"wait", T::Double}, {"receive", T::Double}}),
                QString());
            // time is the sum of the timings that apply (-1: does not apply).
            double sum = 0;
            for (const QJsonValue &t : timings) {
                QVERIFY(t.toDouble() >= -1);
                sum += qMax(0.0, t.toDouble());
            }
            QCOMPARE(entry.value(QStringLiteral("time")).toDouble(), sum);
        }
        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("startedDateTime")).toString(),
                 QStringLiteral("2026-09-21T14:13:20.001Z"));
        QCOMPARE(first.value(QStringLiteral("time")).toDouble(), 1.5);
        const QJsonObject request = first.value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
        QCOMPARE(request.value(QStringLiteral("bodySize")).toInt(), 10);
        const QJsonObject response = first.value(QStringLiteral("response")).toObject();
        QCOMPARE(response.value(QStringLiteral("status")).toInt(), 200);
        // Veil counts the whole response (head and body): the body alone is unknown.
        QCOMPARE(response.value(QStringLiteral("bodySize")).toInt(), -1);
        QCOMPARE(response.value(QStringLiteral("_transferSize")).toInt(), 100);
        QCOMPARE(response.value(QStringLiteral("content")).toObject().value(QStringLiteral("size")).toInt(),
                 100);
    }

    void harUrlAndQueryString_data()
    {
        QTest::addColumn<QByteArray>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("query"); // name=value pairs, decoded
        QTest::newRow("query") << QByteArray("example.com") << 8080
                               << QByteArray("/search?q=veil%20proxy&lang=en&flag&e=")
                               << QStringLiteral(
                                      "http://example.com:8080/search?q=veil%20proxy&lang=en&flag&e=")
                               << QStringList{QStringLiteral("q=veil proxy"), QStringLiteral("lang=en"),
                                              QStringLiteral("flag="), QStringLiteral("e=")};
        QTest::newRow("default port") << QByteArray("example.com") << 80 << QByteArray("/a/b")
                                      << QStringLiteral("http://example.com/a/b") << QStringList();
        QTest::newRow("ipv6") << QByteArray("::1") << 8080 << QByteArray("/?x=1")
                              << QStringLiteral("http://[::1]:8080/?x=1")
                              << QStringList{QStringLiteral("x=1")};
    }
    void harUrlAndQueryString()
    {
        QFETCH(QByteArray, host);
        QFETCH(int, port);
        QFETCH(QByteArray, path);
        QFETCH(QString, url);
        QFETCH(QStringList, query);
        TrafficModel model(10);
        TrafficEvent e = end(start(1, host, path), 200);
        e.port = quint16(port);
        model.addEvents({e});
        const QJsonObject request =
            harEntries(model, {0}).at(0).toObject().value(QStringLiteral("request")).toObject();
        QCOMPARE(request.value(QStringLiteral("url")).toString(), url);
        QStringList pairs;
        for (const QJsonValue &item : request.value(QStringLiteral("queryString")).toArray()) {
            pairs.append(item[QStringLiteral("name")].toString() + QLatin1Char('=') +
                         item[QStringLiteral("value")].toString());
        }
        QCOMPARE(pairs, query);
    }

    void harLeavesOutTunnelsAndCountsThem()
    {
        TrafficModel model(10);
        model.addEvents({tunnel(1, TrafficProtocol::Connect), end(start(2, "plain.example"), 200),
                         tunnel(3, TrafficProtocol::Socks5), tunnel(4, TrafficProtocol::Connect)});
        int skipped = -1;
        const QByteArray har = model.toHar({0, 1, 2, 3}, &skipped);
        QCOMPARE(skipped, 3);
        const QJsonObject log = parseHar(har);
        const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.at(0)[QStringLiteral("request")][QStringLiteral("url")].toString(),
                 QStringLiteral("http://plain.example/"));
        QVERIFY(!har.contains("secure.example"));
        QVERIFY(!har.contains("CONNECT\""));
        QVERIFY2(
            log.value(QStringLiteral("comment")).toString().startsWith(QStringLiteral("3 tunnel row(s)")),
            har.constData());
        // Only tunnels: a valid, empty log.
        QCOMPARE(harEntries(model, {0, 2}, &skipped).size(), 0);
        QCOMPARE(skipped, 2);
        QCOMPARE(harEntries(model, {}, &skipped).size(), 0);
        QCOMPARE(skipped, 0);
    }

    void harInFlightRow()
    {
        TrafficModel model(10);
        model.addEvents({start(1, "live.example")});
        const QJsonObject entry = harEntries(model, {0}).at(0).toObject();
        QCOMPARE(entry.value(QStringLiteral("time")).toDouble(), 0.0);
        QCOMPARE(entry[QStringLiteral("timings")][QStringLiteral("wait")].toDouble(), 0.0);
        QCOMPARE(entry[QStringLiteral("request")][QStringLiteral("bodySize")].toInt(), -1);
        const QJsonObject response = entry.value(QStringLiteral("response")).toObject();
        QCOMPARE(response.value(QStringLiteral("status")).toInt(), 0);
        QVERIFY(!response.contains(QStringLiteral("_transferSize")));
        QVERIFY(entry.value(QStringLiteral("comment")).toString().contains(QStringLiteral("in flight")));
    }

    void harCacheStatusIsAResponseHeader()
    {
        TrafficModel model(10);
        TrafficEvent hit = end(start(1, "example.com"), 200);
        hit.cache = "Veil; hit; ttl=376";
        model.addEvents({hit, end(start(2, "example.com"), 200)});
        const QJsonArray entries = harEntries(model, {0, 1});
        const QJsonArray headers =
            entries.at(0)[QStringLiteral("response")][QStringLiteral("headers")].toArray();
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Cache-Status"));
        QCOMPARE(headers.at(0)[QStringLiteral("value")].toString(), QStringLiteral("Veil; hit; ttl=376"));
        QVERIFY(entries.at(1)[QStringLiteral("response")][QStringLiteral("headers")].toArray().isEmpty());
    }

    void harCommentKeepsDecisionAndError()
    {
        TrafficModel model(10);
        TrafficEvent viaExit =
            end(start(1, "example.com"), 502, 0, QStringLiteral("exit refused the connection"));
        viaExit.decision = TrafficDecision::Exit;
        viaExit.exit = "us-1";
        viaExit.reason = QStringLiteral("rule 3: *.example.com → us");
        TrafficEvent blocked = end(start(2, "ads.example"), 403);
        blocked.decision = TrafficDecision::Block;
        blocked.reason = QStringLiteral("EasyList line 42: ||ads.example^");
        model.addEvents({viaExit, blocked});
        const QJsonArray entries = harEntries(model, {0, 1});
        QCOMPARE(entries.at(0)[QStringLiteral("comment")].toString(),
                 QStringLiteral("decision: exit us-1; reason: rule 3: *.example.com → us; "
                                "error: exit refused the connection; client: 127.0.0.1:40001"));
        QCOMPARE(entries.at(0)[QStringLiteral("response")][QStringLiteral("status")].toInt(), 502);
        QCOMPARE(entries.at(1)[QStringLiteral("comment")].toString(),
                 QStringLiteral(
                     "decision: block; reason: EasyList line 42: ||ads.example^; client: 127.0.0.1:40002"));
    }

    void pageExportsTheVisibleRows()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TrafficPage page;
        page.addEvents({end(start(1, "a.example", "/x?y=1"), 200), tunnel(2, TrafficProtocol::Connect),
                        end(start(3, "b.example"), 404), tunnel(4, TrafficProtocol::Socks5)});
        const QString har = dir.filePath(QStringLiteral("traffic.har"));
        QVERIFY(page.exportTo(har));
        QFile harFile(har);
        QVERIFY(harFile.open(QIODevice::ReadOnly));
        QCOMPARE(parseHar(harFile.readAll()).value(QStringLiteral("entries")).toArray().size(), 2);
        QVERIFY2(page.countsText().contains(QStringLiteral("Exported 2 request(s) as HAR to traffic.har")),
                 qPrintable(page.countsText()));
        QVERIFY2(page.countsText().contains(QStringLiteral("2 tunnel row(s) left out")),
                 qPrintable(page.countsText()));

        // Only the rows the filter shows.
        page.filterModel()->setText(QStringLiteral("a.example"));
        const QString csv = dir.filePath(QStringLiteral("traffic.csv"));
        QVERIFY(page.exportTo(csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll().count('\n'), 2); // header + one row
        QVERIFY2(page.countsText().contains(QStringLiteral("Exported 1 row(s) as CSV to traffic.csv")),
                 qPrintable(page.countsText()));
        QVERIFY(!page.countsText().contains(QStringLiteral("left out")));

        QVERIFY(!page.exportTo(dir.filePath(QStringLiteral("missing/traffic.har"))));
        QVERIFY2(page.countsText().contains(QStringLiteral("Could not write traffic.har")),
                 qPrintable(page.countsText()));
    }

    void detailsAreKeptForTheNewestRowsOnly()
    {
        TrafficModel model(10000);
        QAbstractItemModelTester tester(&model);
        auto details = std::make_shared<TrafficDetails>();
        details->requestLine = "GET / HTTP/1.1";
        const std::shared_ptr<const TrafficDetails> shared = details;
        const TrafficEvent early = start(1, "early.example"); // in flight while the rest go by
        model.addEvents({early});
        const int total = 3 * TrafficModel::DetailsKept;
        for (int from = 2; from <= total; from += 500) {
            QList<TrafficEvent> batch;
            for (int id = from; id < from + 500 && id <= total; ++id) {
                TrafficEvent e = end(start(quint64(id), "h.example"), 200);
                e.details = shared;
                batch.append(e);
            }
            model.addEvents(batch);
        }
        QCOMPARE(model.rowCount(), total);
        const int firstKept = total - TrafficModel::DetailsKept;
        QVERIFY(!model.eventAt(firstKept - 1).details);
        QVERIFY(model.detailsDropped(firstKept - 1));
        QCOMPARE(model.eventAt(firstKept).details, shared);
        QVERIFY(!model.detailsDropped(firstKept));
        QCOMPARE(model.eventAt(total - 1).details, shared);
        // The model holds DetailsKept references (plus the two here); a pool thread lets go of the rest.
        QTRY_COMPARE(shared.use_count(), long(TrafficModel::DetailsKept) + 2);

        // An old row settling late does not take its details back in.
        TrafficEvent late = end(early, 200);
        late.details = shared;
        model.addEvents({late});
        late.details.reset();
        QCOMPARE(cell(model, 0, TrafficModel::Status), QStringLiteral("200"));
        QVERIFY(!model.eventAt(0).details);
        QCOMPARE(shared.use_count(), long(TrafficModel::DetailsKept) + 2);

        // Rows past the ring's capacity go with their details.
        model.setCapacity(100);
        QCOMPARE(shared.use_count(), 100L + 2);
        model.clear();
        QCOMPARE(shared.use_count(), 2L);
    }

    void detailsLetGoAreFreedOffTheGuiThread()
    {
        TrafficModel model(10000);
        QAtomicPointer<QThread> freedOn;
        TrafficEvent old = end(start(1, "old.example"), 200); // freed where its last reference goes
        old.details.reset(new TrafficDetails,
                          [&](TrafficDetails *d) { freedOn = QThread::currentThread(), delete d; });
        model.addEvents({std::exchange(old, {})}); // the model holds the only reference now
        QList<TrafficEvent> newer;
        const quint64 last = TrafficModel::DetailsKept + TrafficModel::ReleaseOffThreadAt;
        for (quint64 id = 2; id <= last; ++id) {
            newer.append(end(start(id, "h.example"), 200));
            newer.last().details = std::make_shared<const TrafficDetails>();
        }
        model.addEvents(newer);
        QVERIFY(model.detailsDropped(0) && !model.eventAt(0).details);
        QTRY_VERIFY(freedOn.loadAcquire() && freedOn.loadAcquire() != QThread::currentThread());
    }

    void detailsRedactCredentials_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("shown");
        QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("a=1; b=2")
                                << QByteArray("<redacted, 8 bytes>");
        QTest::newRow("set-cookie") << QByteArray("set-cookie") << QByteArray("s=x; HttpOnly")
                                    << QByteArray("<redacted, 13 bytes>");
        QTest::newRow("authorization")
            << QByteArray("AUTHORIZATION") << QByteArray("Basic dTpw") << QByteArray("<redacted, 10 bytes>");
        QTest::newRow("proxy-authorization")
            << QByteArray("Proxy-Authorization") << QByteArray("x") << QByteArray("<redacted, 1 byte>");
        QTest::newRow("other") << QByteArray("X-Cookie-Hint") << QByteArray("kept") << QByteArray("kept");
    }

    void detailsRedactCredentials()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, shown);
        QByteArray line;
        QList<TrafficDetails::Header> headers;
        const QByteArray head = "GET / HTTP/1.1\r\nHost: a\r\n" + name + ":  " + value + " \r\n\r\n";
        TrafficDetails::parseHead(head, &line, &headers);
        QCOMPARE(line, QByteArray("GET / HTTP/1.1"));
        QCOMPARE(headers.size(), 2);
        QCOMPARE(headers.at(1).name, name);
        QCOMPARE(headers.at(1).value, shown);
    }

    void selectingARowFillsTheDetailsPane()
    {
        TrafficPage page;
        auto details = std::make_shared<TrafficDetails>();
        details->requestLine = "GET /page HTTP/1.1";
        details->requestHeaders = {{"Host", "a.example"}, {"Cookie", TrafficDetails::redacted(8)}};
        details->statusLine = "HTTP/1.1 200 OK";
        details->responseHeaders = {{"Content-Type", "text/html"}};
        details->connectedUs = 1200;
        details->requestSentUs = 1300;
        details->firstByteUs = 5000;
        details->endUs = 7000;
        TrafficEvent done = end(start(1, "a.example", "/page"), 200);
        done.reason = QStringLiteral("rule r1: *.a.example → direct");
        done.details = details;
        const TrafficEvent live = start(2, "live.example", "/stream");
        page.addEvents({done, live});
        QSignalSpy closeAsked(&page, &TrafficPage::closeConnectionRequested);
        TrafficDetailsPane *pane = page.detailsPane();
        QVERIFY(pane->isHidden());
        QVERIFY(!page.closeConnectionAction()->isEnabled());

        page.table()->selectRow(0);
        QVERIFY(!pane->isHidden());
        const QString summary = pane->summaryText();
        QVERIFY2(summary.contains(QStringLiteral("GET http://a.example/page")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Matched: rule r1: *.a.example → direct")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("Status: 200")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("First response byte: after 5.0 ms")), qPrintable(summary));
        QCOMPARE(pane->requestHeadersText(),
                 QStringLiteral("GET /page HTTP/1.1\nHost: a.example\nCookie: <redacted, 8 bytes>"));
        QCOMPARE(pane->responseHeadersText(), QStringLiteral("HTTP/1.1 200 OK\nContent-Type: text/html"));
        QVERIFY(!page.closeConnectionAction()->isEnabled()); // settled
        page.closeConnectionAction()->trigger();
        QCOMPARE(closeAsked.size(), 0);

        // In flight: closable; when it settles, the pane follows.
        page.table()->selectRow(1);
        QVERIFY(pane->isInFlight());
        QVERIFY(page.closeConnectionAction()->isEnabled());
        QVERIFY2(pane->summaryText().contains(QStringLiteral("Headers and timings appear when it ends.")),
                 qPrintable(pane->summaryText()));
        page.closeConnectionAction()->trigger();
        QCOMPARE(closeAsked.size(), 1);
        QCOMPARE(closeAsked.at(0).at(0).toULongLong(), quint64(2));
        page.addEvents({end(live, 200, 4096, QStringLiteral("closed by user"))});
        QVERIFY(!pane->isInFlight());
        QVERIFY(!page.closeConnectionAction()->isEnabled());
        QVERIFY2(pane->summaryText().contains(QStringLiteral("Error: closed by user")),
                 qPrintable(pane->summaryText()));

        page.connectionCloseAnswered(2, false);
        QVERIFY2(page.countsText().contains(QStringLiteral("Connection #2 had already ended")),
                 qPrintable(page.countsText()));
        page.table()->clearSelection();
        QVERIFY(pane->isHidden());
    }
};

QTEST_MAIN(TestTrafficModel)
#include "tst_trafficmodel.moc"
