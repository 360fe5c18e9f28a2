// EventHub: bounded, batched, never blocks publishers; one wake-up per empty→non-empty.

#include "traffic/EventHub.h"
#include "traffic/TrafficEvent.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Veil;

class tst_EventHub : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fifoAndBatching();
    void dropsWhenFullAndCounts();
    void oneWakeUpPerEmptyToNonEmpty();
    void manyPublisherThreads();
    void formats();
};

static TrafficEvent make(quint64 id)
{
    TrafficEvent e;
    e.id = id;
    e.host = "example.com";
    e.port = 80;
    return e;
}

void tst_EventHub::fifoAndBatching()
{
    EventHub hub(100);
    for (quint64 i = 1; i <= 10; ++i) {
        hub.publish(make(i));
    }
    const QList<TrafficEvent> first = hub.drain(4);
    QCOMPARE(first.size(), 4);
    QCOMPARE(first.constFirst().id, quint64(1));
    const QList<TrafficEvent> rest = hub.drain();
    QCOMPARE(rest.size(), 6);
    QCOMPARE(rest.constLast().id, quint64(10));
    QVERIFY(hub.drain().isEmpty());
}

void tst_EventHub::dropsWhenFullAndCounts()
{
    EventHub hub(5);
    for (quint64 i = 1; i <= 8; ++i) {
        hub.publish(make(i));
    }
    QCOMPARE(hub.dropped(), quint64(3));
    QCOMPARE(hub.published(), quint64(5));
    const QList<TrafficEvent> got = hub.drain();
    QCOMPARE(got.size(), 5);
    QCOMPARE(got.constLast().id, quint64(5)); // the oldest are kept, newest dropped
}

void tst_EventHub::oneWakeUpPerEmptyToNonEmpty()
{
    EventHub hub(100);
    QSignalSpy spy(&hub, &EventHub::eventsAvailable);
    hub.publish(make(1));
    hub.publish(make(2));
    hub.publish(make(3));
    QCOMPARE(spy.count(), 1);
    hub.drain();
    hub.publish(make(4));
    QCOMPARE(spy.count(), 2);
}

void tst_EventHub::manyPublisherThreads()
{
    EventHub hub(1000000);
    constexpr int kThreads = 4;
    constexpr int kPerThread = 20000;
    QList<QThread *> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.append(QThread::create([&hub] {
            for (int i = 0; i < kPerThread; ++i) {
                hub.publish(make(hub.nextId()));
            }
        }));
        threads.constLast()->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(30000));
        delete t;
    }
    QSet<quint64> ids;
    for (const TrafficEvent &e : hub.drain(kThreads * kPerThread + 1)) {
        ids.insert(e.id);
    }
    QCOMPARE(ids.size(), kThreads * kPerThread); // ids are unique, nothing lost below capacity
    QCOMPARE(hub.dropped(), quint64(0));
}

void tst_EventHub::formats()
{
    TrafficEvent e = make(7);
    e.phase = TrafficEvent::Phase::End;
    e.clientAddress = QHostAddress(QStringLiteral("127.0.0.1"));
    e.clientPort = 5000;
    e.method = "GET";
    e.path = "/a?b=1";
    e.status = 200;
    e.bytesDown = 512;
    e.decision = TrafficDecision::Direct;
    const QByteArray text = formatTrafficText(e);
    QVERIFY2(text.contains(" end #7 127.0.0.1:5000 http GET example.com:80/a?b=1 200 up=0 down=512 "),
             text.constData());
    QVERIFY(text.endsWith("direct"));

    const QJsonObject o = QJsonDocument::fromJson(formatTrafficJson(e)).object();
    QCOMPARE(o.value(QStringLiteral("phase")).toString(), QStringLiteral("end"));
    QCOMPARE(o.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(o.value(QStringLiteral("path")).toString(), QStringLiteral("/a?b=1"));
    QCOMPARE(o.value(QStringLiteral("bytesDown")).toInt(), 512);

    e.protocol = TrafficProtocol::Connect;
    e.path.clear();
    e.host = "::1";
    QVERIFY(formatTrafficText(e).contains("connect GET [::1]:80 "));
}

QTEST_GUILESS_MAIN(tst_EventHub)
#include "tst_eventhub.moc"
