// Veil::Engine in-process against raw QTcpSocket clients and a scripted origin in this thread.
// The engine under load and over time: many keep-alive clients, memory bounded by a slow
// reader, graceful stop with a live transfer, and the traffic events it publishes.

#include "Blackhole.h"
#include "BodyStreamer.h"
#include "EngineFixture.h"
#include "EngineTest.h"
#include "HttpWire.h"
#include "RawClient.h"
#include "ScriptedOrigin.h"
#include "TestSupport.h"
#include "traffic/EventHub.h"
#include "traffic/TrafficEvent.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Veil::Test;
using Veil::Settings;
using Veil::TrafficEvent;

class TestEngineLifecycle final : public EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void manyParallelKeepAliveClients();
    void slowReaderKeepsMemoryBounded();
    void gracefulStopLetsLiveTransferFinish();
    void statsCountBytesWhileTheyFlow();
    void listenerMovesWithoutDroppingConnections();
    void listenerStaysWhenTheNewAddressIsTakenOrWider();
    void trafficEventsForRequest();
    void trafficEventForFailure();
};

// ---- load, memory, lifecycle, events ---------------------------------------------------------

void TestEngineLifecycle::manyParallelKeepAliveClients()
{
    constexpr int kClients = 200;
    constexpr int kRequests = 5;
    struct Slot
    {
        std::unique_ptr<QTcpSocket> socket;
        QByteArray buffer;
        int answered = 0;
        int ok = 0;
    };
    std::vector<Slot> clients(kClients);
    int finished = 0;
    QByteArray firstFailure;
    auto path = [](int client, int n) -> QByteArray {
        return "/c" + QByteArray::number(client) + "/r" + QByteArray::number(n);
    };
    for (int i = 0; i < kClients; ++i) {
        Slot &slot = clients[size_t(i)];
        slot.socket = std::make_unique<QTcpSocket>();
        QTcpSocket *socket = slot.socket.get();
        connect(socket, &QTcpSocket::connected, this,
                [&, socket, i] { socket->write(get(*m_origin, path(i, 0))); });
        connect(socket, &QTcpSocket::readyRead, this, [&, socket, i] {
            Slot &s = clients[size_t(i)];
            s.buffer += socket->readAll();
            WireMessage r;
            while (takeResponse(s.buffer, &r) == Parse::Complete) {
                const bool good = r.status == 200 && r.body == "hello from " + path(i, s.answered);
                s.ok += good ? 1 : 0;
                if (!good && firstFailure.isEmpty()) {
                    firstFailure = r.head + r.body;
                }
                if (++s.answered < kRequests) {
                    socket->write(get(*m_origin, path(i, s.answered)));
                } else {
                    ++finished;
                }
            }
        });
        socket->connectToHost(QHostAddress::LocalHost, veilPort());
    }
    QVERIFY2(QTest::qWaitFor([&] { return finished == kClients; }, 60000),
             qPrintable(QStringLiteral("%1 of %2 clients finished").arg(finished).arg(kClients)));
    int ok = 0;
    for (const Slot &slot : clients) {
        ok += slot.ok;
        QCOMPARE(slot.socket->state(), QAbstractSocket::ConnectedState); // kept alive throughout
    }
    QVERIFY2(firstFailure.isEmpty(), firstFailure.constData());
    QCOMPARE(ok, kClients * kRequests);
    QCOMPARE(m_origin->requests().size(), kClients * kRequests);
    QCOMPARE(m_veil->engine().stats().acceptedConnections.load(), kClients);
    // Origin connections are reused from the pool: clearly fewer than one per request. (Not one per
    // client: a worker parks at most OriginPool::MaxIdlePerKey idle connections per origin.)
    QVERIFY2(m_origin->acceptedCount() < kClients * kRequests * 3 / 4,
             QByteArray::number(m_origin->acceptedCount()).constData());
}

void TestEngineLifecycle::slowReaderKeepsMemoryBounded()
{
    constexpr qint64 kBody = 192LL * 1024 * 1024;
    constexpr qint64 kMaxGrowth = 64LL * 1024 * 1024;
    QPointer<BodyStreamer> streamer; // the origin connection owns it
    m_origin->setResponder([&](ScriptedOrigin::Connection &c, const WireMessage &) {
        ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(kBody) +
                                       "\r\n\r\n");
        streamer = new BodyStreamer(c.socket, kBody);
        streamer->topUp();
    });
    const qint64 rssBefore = residentSetBytes();
    QVERIFY(rssBefore > 0);

    // The client's own buffer is capped too, so that not reading really means not reading.
    RawClient c(veilPort(), 64 * 1024);
    QVERIFY(c.waitConnected());
    c.send(get(*m_origin, "/huge"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            c.pull();
            return c.buffer.contains("\r\n\r\n");
        },
        kTimeoutMs));
    QVERIFY(streamer);

    // Stop reading. The origin keeps writing until every buffer on the way is full; then nothing
    // moves. Wait for that standstill (no progress for 500 ms).
    qint64 lastSent = -1;
    QElapsedTimer still;
    QVERIFY(QTest::qWaitFor(
        [&] {
            if (!streamer) {
                return true; // origin connection gone: fail below
            }
            if (streamer->sent() != lastSent) {
                lastSent = streamer->sent();
                still.restart();
            }
            return still.elapsed() >= 500;
        },
        30000));
    QVERIFY2(streamer, "the origin connection was closed while the client paused");
    const qint64 growth = residentSetBytes() - rssBefore;
    qInfo("stalled after %lld of %lld bytes; RSS grew by %lld KiB", static_cast<long long>(lastSent),
          static_cast<long long>(kBody), static_cast<long long>(growth / 1024));
    QVERIFY2(lastSent < kBody / 2, "backpressure did not reach the origin");
    QVERIFY2(growth < kMaxGrowth, QByteArray::number(growth).constData());

    // Resume: every byte arrives, in order. Event-driven reading at full speed (a polling wait
    // would read one 64 KiB buffer per poll interval).
    const qsizetype headLength = c.buffer.indexOf("\r\n\r\n") + 4;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayView(c.buffer).sliced(headLength));
    qint64 received = c.buffer.size() - headLength;
    c.buffer.clear();
    QEventLoop loop;
    auto drain = [&] {
        const QByteArray data = c.socket.readAll();
        hash.addData(data);
        received += data.size();
        if (received >= kBody) {
            loop.quit();
        }
    };
    connect(&c.socket, &QTcpSocket::readyRead, &loop, drain);
    connect(&c.socket, &QTcpSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer deadline;
    deadline.setSingleShot(true);
    connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(60000);
    QTimer::singleShot(0, &loop, drain); // bytes already buffered produce no new readyRead
    loop.exec();
    QVERIFY2(received >= kBody,
             qPrintable(QStringLiteral("received %1 of %2; client %3 (%4)")
                            .arg(received)
                            .arg(kBody)
                            .arg(c.closed() ? QStringLiteral("closed") : QStringLiteral("open"))
                            .arg(c.socket.errorString())));
    QCOMPARE(received, kBody);
    QVERIFY2(streamer, "the origin connection was closed");
    QCOMPARE(hash.result().toHex(), streamer->sha256());
}

void TestEngineLifecycle::gracefulStopLetsLiveTransferFinish()
{
    Settings s = EngineFixture::testSettings();
    s.shutdownTimeoutMs = 30000; // far away: stopped() must come from the drain, not the deadline
    QVERIFY(restartVeil(s));
    const QByteArray firstHalf(64 * 1024, 'A');
    const QByteArray secondHalf(64 * 1024, 'B');
    ScriptedOrigin::Connection *live = nullptr;
    m_origin->setResponder([&](ScriptedOrigin::Connection &c, const WireMessage &r) {
        if (r.target == "/live") {
            live = &c;
            ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nContent-Length: " +
                                           QByteArray::number(firstHalf.size() + secondHalf.size()) +
                                           "\r\n\r\n" + firstHalf);
        } else {
            ScriptedOrigin::respond(c, makeResponse(200, "idle"));
        }
    });

    // An idle keep-alive client and a client in the middle of a download.
    RawClient idle(veilPort());
    QVERIFY(idle.waitConnected());
    idle.send(get(*m_origin, "/idle"));
    WireMessage idleResponse;
    QVERIFY(idle.readResponse(&idleResponse));

    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(get(*m_origin, "/live"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            c.pull();
            return c.buffer.size() >= c.buffer.indexOf("\r\n\r\n") + 4 + firstHalf.size() &&
                   c.buffer.contains("\r\n\r\n");
        },
        kTimeoutMs));
    QVERIFY(live);

    QSignalSpy stopped(&m_veil->engine(), &Veil::Engine::stopped);
    QElapsedTimer elapsed;
    elapsed.start();
    m_veil->engine().stop();
    QVERIFY(!waitForPort(veilPort(), 0)); // no longer accepting
    QVERIFY2(idle.waitClosed(2000), "an idle keep-alive connection is closed at once");
    QVERIFY(stopped.isEmpty());
    QVERIFY(!c.closed());

    ScriptedOrigin::respond(*live, secondHalf);
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.left(200).constData());
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, firstHalf + secondHalf);
    QTRY_COMPARE_WITH_TIMEOUT(stopped.size(), 1, 5000); // may already have come during the read
    QCOMPARE(stopped.size(), 1);
    QVERIFY2(elapsed.elapsed() < 10000, QByteArray::number(elapsed.elapsed()).constData());
    QVERIFY(c.waitClosed());
    QVERIFY(!m_veil->engine().isRunning());
}

void TestEngineLifecycle::statsCountBytesWhileTheyFlow()
{
    // The origin sends the head and half of the body, then waits: the engine's totals (the
    // window's live graph) must show those bytes before the response ends, for a forwarded
    // request and for a tunnel (relay or Qt path, whichever this run uses).
    m_origin->setResponder([](ScriptedOrigin::Connection &c, const WireMessage &) {
        ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nContent-Length: 200000\r\n\r\n" +
                                       QByteArray(100000, 'x'));
    });
    const Veil::EngineStats &stats = m_veil->engine().stats();
    RawClient forwarded(veilPort());
    QVERIFY(forwarded.waitConnected());
    forwarded.send(get(*m_origin, "/half"));
    QTRY_VERIFY(stats.bytesDown.load() >= 100000);
    const qint64 afterForward = stats.bytesDown.load();
    QVERIFY(!forwarded.closed());

    RawClient tunnelled(veilPort());
    QVERIFY(tunnelled.waitConnected());
    tunnelled.send("CONNECT " + m_origin->authority() + " HTTP/1.1\r\nHost: " + m_origin->authority() +
                   "\r\n\r\n");
    WireMessage established;
    QVERIFY(tunnelled.readResponse(&established, true));
    QCOMPARE(established.status, 200);
    tunnelled.send("GET /half HTTP/1.1\r\nHost: " + m_origin->authority() + "\r\n\r\n");
    QTRY_VERIFY(stats.bytesDown.load() >= afterForward + 100000);
    QVERIFY(stats.bytesUp.load() > 0);
    QVERIFY(!tunnelled.closed());
}

void TestEngineLifecycle::listenerMovesWithoutDroppingConnections()
{
    const quint16 before = veilPort();
    RawClient kept(before);
    QVERIFY(kept.waitConnected());
    kept.send(get(*m_origin, "/one"));
    WireMessage r;
    QVERIFY2(kept.readResponse(&r), kept.buffer.constData());
    QCOMPARE(r.status, 200);

    Settings moved = EngineFixture::testSettings();
    moved.listenHost = QStringLiteral("127.0.0.1");
    moved.listenPort = 0; // any free port: not the one in use
    QVERIFY2(m_veil->engine().moveListener(moved), qPrintable(m_veil->errorString()));
    const quint16 after = veilPort();
    QVERIFY(after != 0 && after != before);

    // The connection open before the move carries on; new ones go to the new port only.
    kept.send(get(*m_origin, "/two"));
    QVERIFY2(kept.readResponse(&r), kept.buffer.constData());
    QCOMPARE(r.status, 200);
    RawClient fresh(after);
    QVERIFY(fresh.waitConnected());
    fresh.send(get(*m_origin, "/three"));
    QVERIFY2(fresh.readResponse(&r), fresh.buffer.constData());
    QCOMPARE(r.status, 200);
    QTcpSocket old;
    old.connectToHost(QHostAddress::LocalHost, before);
    QTRY_VERIFY(old.state() == QAbstractSocket::UnconnectedState);
    QCOMPARE(old.error(), QAbstractSocket::ConnectionRefusedError);
    // The snapshot follows: the status page and /proxy.pac name the new port.
    QCOMPARE(m_veil->engine().port(), after);
    fresh.send("GET /proxy.pac HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(after) + "\r\n\r\n");
    QVERIFY2(fresh.readResponse(&r), fresh.buffer.constData());
    QVERIFY2(r.body.contains(QByteArray("127.0.0.1:" + QByteArray::number(after))), r.body.constData());
}

void TestEngineLifecycle::listenerStaysWhenTheNewAddressIsTakenOrWider()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost));
    const quint16 before = veilPort();
    Settings moved = EngineFixture::testSettings();
    moved.listenHost = QStringLiteral("127.0.0.1");
    moved.listenPort = squatter.serverPort();
    QVERIFY(!m_veil->engine().moveListener(moved));
    QVERIFY2(m_veil->errorString().contains(QString::number(squatter.serverPort())),
             qPrintable(m_veil->errorString()));
    QVERIFY(m_veil->engine().isRunning());
    QCOMPARE(veilPort(), before);

    // Every address, not only loopback, without --allow-remote and a proxy user: refused the same.
    moved.listenHost = QStringLiteral("0.0.0.0");
    moved.listenPort = 0;
    QVERIFY(!m_veil->engine().moveListener(moved));
    QVERIFY2(m_veil->errorString().contains(QStringLiteral("0.0.0.0")), qPrintable(m_veil->errorString()));
    QCOMPARE(m_veil->engine().address(), QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(veilPort(), before);
    RawClient c(before);
    QVERIFY(c.waitConnected());
    c.send(get(*m_origin, "/still"));
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    QCOMPARE(r.status, 200);
}

void TestEngineLifecycle::trafficEventsForRequest()
{
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    const QByteArray sent = request("POST", *m_origin, "/events?x=1", {}, "twelve bytes");
    c.send(sent);
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    QCOMPARE(r.status, 200);

    QList<TrafficEvent> events;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            events += m_veil->engine().eventHub()->drain();
            return events.size() >= 2;
        }(),
        5000);
    QCOMPARE(events.size(), 2);
    const TrafficEvent &start = events.at(0);
    const TrafficEvent &end = events.at(1);
    QCOMPARE(start.phase, TrafficEvent::Phase::Start);
    QCOMPARE(end.phase, TrafficEvent::Phase::End);
    QCOMPARE(end.id, start.id);
    QVERIFY(start.id != 0);
    for (const TrafficEvent *e : {&start, &end}) {
        QCOMPARE(e->protocol, Veil::TrafficProtocol::Http);
        QCOMPARE(e->method, QByteArray("POST"));
        QCOMPARE(e->host, QByteArray("127.0.0.1"));
        QCOMPARE(e->port, m_origin->port());
        QCOMPARE(e->path, QByteArray("/events?x=1"));
        QCOMPARE(e->decision, Veil::TrafficDecision::Direct);
        QCOMPARE(e->clientAddress, QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(e->clientPort, c.socket.localPort());
    }
    QCOMPARE(end.status, 200);
    QCOMPARE(end.bytesUp, qint64(12));                              // request payload
    QCOMPARE(end.bytesDown, qint64(r.head.size() + r.body.size())); // everything the client got
    QVERIFY(end.durationUs > 0);
    QVERIFY(end.timeMs >= start.timeMs);
    QVERIFY2(end.error.isEmpty(), qPrintable(end.error));
}

void TestEngineLifecycle::trafficEventForFailure()
{
    const quint16 dead = freePort();
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send("GET http://127.0.0.1:" + QByteArray::number(dead) + "/x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    QCOMPARE(r.status, 502);

    QList<TrafficEvent> events;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            events += m_veil->engine().eventHub()->drain();
            return !events.isEmpty() && events.constLast().phase == TrafficEvent::Phase::End;
        }(),
        5000);
    QCOMPARE(events.size(), 2);
    const TrafficEvent &start = events.constFirst();
    const TrafficEvent &end = events.constLast();
    QCOMPARE(start.phase, TrafficEvent::Phase::Start);
    QCOMPARE(end.id, start.id);
    QCOMPARE(end.status, 502);
    QCOMPARE(end.method, QByteArray("GET"));
    QCOMPARE(end.host, QByteArray("127.0.0.1"));
    QCOMPARE(end.port, dead);
    QCOMPARE(end.decision, Veil::TrafficDecision::Direct);
    QVERIFY2(end.error.contains(QStringLiteral("refused")), qPrintable(end.error));
}

QTEST_GUILESS_MAIN(TestEngineLifecycle)
#include "tst_engine_lifecycle.moc"
