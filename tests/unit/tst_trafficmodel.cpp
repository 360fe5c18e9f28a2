// The traffic table model: rows appear with a Start and settle with their End, the ring keeps the
// newest rows, every change is a proper model signal (QAbstractItemModelTester watches), filters
// are right at a million rows, and the CSV export is complete and correctly quoted.

#include "TrafficFilterModel.h"
#include "TrafficModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestTrafficModel)
#include "tst_trafficmodel.moc"
