// What the engine tells the Traffic page beyond the table row, through real sockets: heads and
// timings of plain-HTTP requests (only while a subscriber wants them, credentials redacted), and
// "close a live connection" for CONNECT and SOCKS5 tunnels (epoll-relayed or not) and for a
// keep-alive session in the middle of a download.

#include "EngineFixture.h"
#include "EngineTest.h"
#include "HttpWire.h"
#include "RawClient.h"
#include "ScriptedOrigin.h"
#include "traffic/EventHub.h"
#include "traffic/TrafficEvent.h"

#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace Veil;
using namespace Veil::Test;

namespace {

QByteArray headerValue(const QList<TrafficDetails::Header> &headers, const QByteArray &name)
{
    for (const TrafficDetails::Header &h : headers) {
        if (h.name.compare(name, Qt::CaseInsensitive) == 0) {
            return h.value;
        }
    }
    return {};
}

} // namespace

class TestEngineTraffic final : public EngineTest
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        EngineTest::init();
        m_events.clear(); // records of the previous test's engine
    }
    void detailsCarryHeadsWithSecretsRedacted();
    void noDetailsUnlessWanted();
    void closeConnectTunnel();
    void closeSocksTunnel();
    void closeKeepAliveDownload();
    void closeUnknownOrEndedIdAnswersFalse();

private:
    /** Waits for the record of @p phase matching @p protocol (and @p id when not 0). */
    std::optional<TrafficEvent> waitEvent(TrafficEvent::Phase phase, TrafficProtocol protocol,
                                          quint64 id = 0);
    /** closeConnection(@p id) and its answer. */
    bool closeAndAnswer(quint64 id);

    QList<TrafficEvent> m_events;
};

std::optional<TrafficEvent> TestEngineTraffic::waitEvent(TrafficEvent::Phase phase, TrafficProtocol protocol,
                                                         quint64 id)
{
    std::optional<TrafficEvent> found;
    // qWaitFor spins the event loop (the origin lives in this thread) until the record is there.
    const bool seen = QTest::qWaitFor(
        [&] {
            m_events += m_veil->engine().eventHub()->drain();
            for (const TrafficEvent &e : std::as_const(m_events)) {
                if (e.phase == phase && e.protocol == protocol && (id == 0 || e.id == id)) {
                    found = e;
                    return true;
                }
            }
            return false;
        },
        kTimeoutMs);
    Q_UNUSED(seen); // a miss is an empty optional, which the caller checks
    return found;
}

bool TestEngineTraffic::closeAndAnswer(quint64 id)
{
    QSignalSpy answered(&m_veil->engine(), &Engine::connectionCloseAnswered);
    m_veil->engine().closeConnection(id);
    if (!answered.wait(kTimeoutMs) || answered.size() != 1) {
        qWarning("no answer to closeConnection(%llu)", id);
        return false;
    }
    if (answered.at(0).at(0).toULongLong() != id) {
        qWarning("answer for another id");
        return false;
    }
    return answered.at(0).at(1).toBool();
}

void TestEngineTraffic::detailsCarryHeadsWithSecretsRedacted()
{
    m_veil->engine().eventHub()->setDetailsWanted(true);
    m_origin->setResponder([](ScriptedOrigin::Connection &c, const WireMessage &) {
        ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nSet-Cookie: session=abcdef\r\nX-Origin: yes\r\n"
                                   "Content-Length: 5\r\n\r\nhello");
    });
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(get(*m_origin, "/first?q=1", "Cookie: a=1; b=2\r\nAuthorization: Bearer xyz\r\nX-Client: 1\r\n"));
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    QCOMPARE(r.body, QByteArray("hello"));

    const std::optional<TrafficEvent> end = waitEvent(TrafficEvent::Phase::End, TrafficProtocol::Http);
    QVERIFY(end);
    QVERIFY(end->details);
    const TrafficDetails &d = *end->details;
    QCOMPARE(d.requestLine, QByteArray("GET /first?q=1 HTTP/1.1"));
    QCOMPARE(headerValue(d.requestHeaders, "Host"), m_origin->authority());
    QCOMPARE(headerValue(d.requestHeaders, "X-Client"), QByteArray("1"));
    QCOMPARE(headerValue(d.requestHeaders, "Cookie"), QByteArray("<redacted, 8 bytes>"));
    QCOMPARE(headerValue(d.requestHeaders, "Authorization"), QByteArray("<redacted, 10 bytes>"));
    QCOMPARE(d.statusLine, QByteArray("HTTP/1.1 200 OK"));
    QCOMPARE(headerValue(d.responseHeaders, "Set-Cookie"), QByteArray("<redacted, 14 bytes>"));
    QCOMPARE(headerValue(d.responseHeaders, "X-Origin"), QByteArray("yes"));
    // The secrets themselves reach no part of the record.
    for (const TrafficDetails::Header &h : d.requestHeaders + d.responseHeaders) {
        QVERIFY2(!h.value.contains("xyz") && !h.value.contains("abcdef") && !h.value.contains("b=2"),
                 h.value.constData());
    }
    QVERIFY(!d.reusedConnection);
    QVERIFY(d.connectedUs >= 0);
    QVERIFY(d.requestSentUs >= d.connectedUs);
    QVERIFY(d.firstByteUs >= d.requestSentUs);
    QVERIFY(d.endUs >= d.firstByteUs);
    QCOMPARE(d.endUs, end->durationUs);

    // The next request on this keep-alive connection reuses the pooled origin connection.
    m_events.clear();
    c.send(get(*m_origin, "/second"));
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    const std::optional<TrafficEvent> second = waitEvent(TrafficEvent::Phase::End, TrafficProtocol::Http);
    QVERIFY(second && second->details);
    QCOMPARE(second->details->requestLine, QByteArray("GET /second HTTP/1.1"));
    QVERIFY(second->details->reusedConnection);
    QCOMPARE(second->details->connectedUs, qint64(-1));
    QVERIFY(second->details->firstByteUs >= 0);
}

void TestEngineTraffic::noDetailsUnlessWanted()
{
    QVERIFY(!m_veil->engine().eventHub()->detailsWanted()); // the headless default
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(get(*m_origin, "/plain", "Cookie: a=1\r\n"));
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    const std::optional<TrafficEvent> end = waitEvent(TrafficEvent::Phase::End, TrafficProtocol::Http);
    QVERIFY(end);
    QVERIFY(!end->details);
}

void TestEngineTraffic::closeConnectTunnel()
{
    m_veil->engine().eventHub()->setDetailsWanted(true);
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send("CONNECT " + m_origin->authority() + " HTTP/1.1\r\nHost: " + m_origin->authority() + "\r\n\r\n");
    WireMessage established;
    QVERIFY2(c.readResponse(&established, true), c.buffer.constData());
    QCOMPARE(established.status, 200);
    // One exchange through the tunnel: it is up (and, on Linux, handed to the epoll relay).
    c.send("GET /inside HTTP/1.1\r\nHost: " + m_origin->authority() + "\r\n\r\n");
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    QCOMPARE(r.body, QByteArray("hello from /inside"));

    const std::optional<TrafficEvent> start = waitEvent(TrafficEvent::Phase::Start, TrafficProtocol::Connect);
    QVERIFY(start);
    QVERIFY(closeAndAnswer(start->id));
    QVERIFY(c.waitClosed());
    const std::optional<TrafficEvent> end =
        waitEvent(TrafficEvent::Phase::End, TrafficProtocol::Connect, start->id);
    QVERIFY(end);
    QCOMPARE(end->error, QStringLiteral("closed by user"));
    // A tunnel has a connect time but never headers.
    QVERIFY(end->details);
    QVERIFY(end->details->connectedUs >= 0);
    QVERIFY(end->details->requestLine.isEmpty() && end->details->requestHeaders.isEmpty());
    QVERIFY(end->details->statusLine.isEmpty() && end->details->responseHeaders.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_origin->openCount(), 0, kTimeoutMs); // the upstream side is closed too
}

void TestEngineTraffic::closeSocksTunnel()
{
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    QCOMPARE(socksConnect(c, m_origin->port()), 0);
    c.send("GET /socks HTTP/1.1\r\nHost: " + m_origin->authority() + "\r\n\r\n");
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    QCOMPARE(r.body, QByteArray("hello from /socks"));

    const std::optional<TrafficEvent> start = waitEvent(TrafficEvent::Phase::Start, TrafficProtocol::Socks5);
    QVERIFY(start);
    QVERIFY(closeAndAnswer(start->id));
    QVERIFY(c.waitClosed());
    const std::optional<TrafficEvent> end =
        waitEvent(TrafficEvent::Phase::End, TrafficProtocol::Socks5, start->id);
    QVERIFY(end);
    QCOMPARE(end->error, QStringLiteral("closed by user"));
    QVERIFY(!closeAndAnswer(start->id)); // ended: nothing left to close
}

void TestEngineTraffic::closeKeepAliveDownload()
{
    // The second request's response never completes: its head and the first kilobyte, then nothing.
    m_origin->setResponder([](ScriptedOrigin::Connection &c, const WireMessage &m) {
        if (m.target.endsWith("/slow")) {
            ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nContent-Length: 10000000\r\n\r\n" +
                                           QByteArray(1024, 'x'));
        } else {
            ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        }
    });
    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(get(*m_origin, "/fast"));
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    const std::optional<TrafficEvent> first = waitEvent(TrafficEvent::Phase::End, TrafficProtocol::Http);
    QVERIFY(first);

    c.send(get(*m_origin, "/slow"));
    QTRY_VERIFY_WITH_TIMEOUT((c.pull(), c.buffer.size() >= 1024), kTimeoutMs); // mid-download
    QVERIFY(!c.closed());
    const std::optional<TrafficEvent> slow =
        waitEvent(TrafficEvent::Phase::Start, TrafficProtocol::Http, first->id + 1);
    QVERIFY(slow);
    QCOMPARE(slow->path, QByteArray("/slow"));
    QVERIFY(!closeAndAnswer(first->id)); // the settled request is not live
    QVERIFY(closeAndAnswer(slow->id));
    QVERIFY(c.waitClosed());
    const std::optional<TrafficEvent> end =
        waitEvent(TrafficEvent::Phase::End, TrafficProtocol::Http, slow->id);
    QVERIFY(end);
    QCOMPARE(end->status, 200);
    QCOMPARE(end->error, QStringLiteral("closed by user"));
    QTRY_COMPARE_WITH_TIMEOUT(m_origin->openCount(), 0, kTimeoutMs);
}

void TestEngineTraffic::closeUnknownOrEndedIdAnswersFalse()
{
    QSignalSpy answered(&m_veil->engine(), &Engine::connectionCloseAnswered);
    QVERIFY(!m_veil->engine().closeConnection(12345)); // never handed out
    QVERIFY(answered.wait(kTimeoutMs));
    QCOMPARE(answered.at(0).at(1).toBool(), false);

    RawClient c(veilPort());
    QVERIFY(c.waitConnected());
    c.send(get(*m_origin, "/done"));
    WireMessage r;
    QVERIFY2(c.readResponse(&r), c.buffer.constData());
    const std::optional<TrafficEvent> end = waitEvent(TrafficEvent::Phase::End, TrafficProtocol::Http);
    QVERIFY(end);
    QVERIFY(!closeAndAnswer(end->id));
    QVERIFY(!c.closed()); // the idle keep-alive connection was not touched
}

QTEST_GUILESS_MAIN(TestEngineTraffic)
#include "tst_engine_traffic.moc"
