// Region and mode switches of a running engine: with "close on switch" on, connections through
// the old exit (or direct ones, when switching to an exit) end at once and new ones take the new
// route; with it off, live connections finish where they started. The exits are two more Veil
// engines on loopback, so the test can count which one carried each connection.

#include "EngineFixture.h"
#include "HttpWire.h"
#include "RawClient.h"
#include "ScriptedOrigin.h"
#include "TestSupport.h"
#include "exits/Exit.h"
#include "traffic/EventHub.h"

#include <QTest>

using namespace Veil::Test;
using Veil::Settings;

namespace {

constexpr int kTimeoutMs = RawClient::DefaultTimeoutMs;

enum class Client
{
    Connect,
    Socks5,
    HttpKeepAlive
};

} // namespace

class TestRouting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void switchRegion_data();
    void switchRegion();
    void switchClosesAnExchangeInFlight();
    void switchToDirectClosesExitConnections();
    void switchToExitClosesDirectConnections();

private:
    /** Connections the exit engine @p exit opened to the origin so far. */
    int carried(EngineFixture &exit);
    Settings routedSettings(const QString &region, bool closeOnSwitch) const;
    /** Opens a connection through @p veil and does one request on it; false on failure. */
    bool open(RawClient &client, Client kind, const QByteArray &path);
    bool requestAgain(RawClient &client, Client kind, const QByteArray &path);

    std::unique_ptr<ScriptedOrigin> m_origin;
    std::unique_ptr<ScriptedOrigin> m_probeOrigin;
    std::unique_ptr<EngineFixture> m_us;
    std::unique_ptr<EngineFixture> m_de;
    QHash<EngineFixture *, int> m_carried;
};

void TestRouting::init()
{
    m_origin = std::make_unique<ScriptedOrigin>();
    QVERIFY(m_origin->listen());
    m_probeOrigin = std::make_unique<ScriptedOrigin>();
    QVERIFY(m_probeOrigin->listen());
    m_us = std::make_unique<EngineFixture>();
    m_de = std::make_unique<EngineFixture>();
    QVERIFY(m_us->start());
    QVERIFY(m_de->start());
    m_carried.clear();
}

void TestRouting::cleanup()
{
    m_us.reset();
    m_de.reset();
    m_origin.reset();
    m_probeOrigin.reset();
}

int TestRouting::carried(EngineFixture &exit)
{
    int &count = m_carried[&exit];
    for (const Veil::TrafficEvent &e : exit.engine().eventHub()->drain()) {
        if (e.phase == Veil::TrafficEvent::Phase::Start && e.port == m_origin->port()) {
            ++count;
        }
    }
    return count;
}

Settings TestRouting::routedSettings(const QString &region, bool closeOnSwitch) const
{
    Settings s = EngineFixture::testSettings();
    for (const auto &[exit, code] :
         {std::pair{m_us.get(), QStringLiteral("US")}, std::pair{m_de.get(), QStringLiteral("DE")}}) {
        const Veil::ExitParseResult parsed =
            Veil::parseExitUrl(QStringLiteral("http://127.0.0.1:%1#%2").arg(exit->port()).arg(code));
        s.exits.exits.append(*parsed.exit);
    }
    s.exits.mode = Veil::RoutingMode::Exit;
    s.exits.region = region;
    s.exits.closeOnSwitch = closeOnSwitch;
    // Health probes go to their own origin (never the internet), so they are not counted.
    s.exits.probeUrl = QString::fromLatin1(m_probeOrigin->url("/probe"));
    s.exits.healthIntervalMs = 3600000;
    return s;
}

bool TestRouting::open(RawClient &client, Client kind, const QByteArray &path)
{
    if (!client.waitConnected()) {
        return false;
    }
    const QByteArray authority = m_origin->authority();
    if (kind == Client::Connect) {
        client.send("CONNECT " + authority + " HTTP/1.1\r\nHost: " + authority + "\r\n\r\n");
        WireMessage established;
        if (!client.readResponse(&established, true) || established.status != 200) {
            return false;
        }
    } else if (kind == Client::Socks5) {
        client.send(QByteArray::fromHex("050100"));
        if (client.readBytes(2) != QByteArray::fromHex("0500")) {
            return false;
        }
        const quint16 port = m_origin->port();
        client.send(QByteArray::fromHex("050100017f000001") + char(port >> 8) + char(port & 0xff));
        if (client.readBytes(10).left(2) != QByteArray::fromHex("0500")) {
            return false;
        }
    }
    return requestAgain(client, kind, path);
}

bool TestRouting::requestAgain(RawClient &client, Client kind, const QByteArray &path)
{
    const QByteArray target = kind == Client::HttpKeepAlive ? m_origin->url(path) : path;
    client.send("GET " + target + " HTTP/1.1\r\nHost: " + m_origin->authority() + "\r\n\r\n");
    WireMessage response;
    return client.readResponse(&response) && response.status == 200;
}

void TestRouting::switchRegion_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("closeOnSwitch");
    for (const bool close : {true, false}) {
        const char *suffix = close ? " close-on-switch" : " keep";
        QTest::addRow("CONNECT%s", suffix) << int(Client::Connect) << close;
        QTest::addRow("SOCKS5%s", suffix) << int(Client::Socks5) << close;
        QTest::addRow("HTTP keep-alive%s", suffix) << int(Client::HttpKeepAlive) << close;
    }
}

void TestRouting::switchRegion()
{
    QFETCH(int, kind);
    QFETCH(bool, closeOnSwitch);
    const auto client = Client(kind);

    EngineFixture veil;
    Settings s = routedSettings(QStringLiteral("US"), closeOnSwitch);
    QVERIFY2(veil.start(s), qPrintable(veil.errorString()));

    RawClient live(veil.port());
    QVERIFY(open(live, client, "/before"));
    QCOMPARE(carried(*m_us), 1);
    QCOMPARE(carried(*m_de), 0);

    s.exits.region = QStringLiteral("DE");
    veil.engine().applySettings(s);

    if (client == Client::HttpKeepAlive) {
        // Idle between requests, the connection carries nothing through the old exit: it stays
        // open either way, and its next request takes the new route.
        QVERIFY(requestAgain(live, client, "/after"));
        QCOMPARE(carried(*m_de), 1);
    } else if (closeOnSwitch) {
        QVERIFY2(live.waitClosed(kTimeoutMs), "a connection through the old region stayed open");
    } else {
        // A tunnel finishes where it started.
        QVERIFY(requestAgain(live, client, "/after"));
        QVERIFY(!live.closed());
    }

    // New connections go through the new region.
    RawClient fresh(veil.port());
    QVERIFY(open(fresh, client, "/fresh"));
    const bool afterWentToDe = client == Client::HttpKeepAlive;
    QTRY_COMPARE(carried(*m_de), afterWentToDe ? 2 : 1);
    QCOMPARE(carried(*m_us), 1);
}

void TestRouting::switchClosesAnExchangeInFlight()
{
    // The origin never answers /hang: the request is in flight through US when the switch comes.
    m_origin->setResponder([](ScriptedOrigin::Connection &c, const WireMessage &request) {
        if (request.target != "/hang") {
            ScriptedOrigin::respond(c, makeResponse(200, "ok"));
        }
    });
    EngineFixture veil;
    Settings s = routedSettings(QStringLiteral("US"), true);
    QVERIFY2(veil.start(s), qPrintable(veil.errorString()));
    RawClient live(veil.port());
    QVERIFY(live.waitConnected());
    live.send("GET " + m_origin->url("/hang") + " HTTP/1.1\r\nHost: " + m_origin->authority() + "\r\n\r\n");
    QTRY_COMPARE(m_origin->requests().size(), 1);

    s.exits.region = QStringLiteral("DE");
    veil.engine().applySettings(s);
    QVERIFY2(live.waitClosed(kTimeoutMs), "an exchange through the old region stayed open");
    QCOMPARE(carried(*m_us), 1);
}

void TestRouting::switchToDirectClosesExitConnections()
{
    EngineFixture veil;
    Settings s = routedSettings(QStringLiteral("US"), true);
    QVERIFY2(veil.start(s), qPrintable(veil.errorString()));
    RawClient live(veil.port());
    QVERIFY(open(live, Client::Connect, "/before"));
    QCOMPARE(carried(*m_us), 1);

    s.exits.mode = Veil::RoutingMode::Direct;
    veil.engine().applySettings(s);
    QVERIFY(live.waitClosed(kTimeoutMs));

    const int originConnections = m_origin->acceptedCount();
    RawClient fresh(veil.port());
    QVERIFY(open(fresh, Client::Connect, "/direct"));
    QCOMPARE(m_origin->acceptedCount(), originConnections + 1);
    QCOMPARE(carried(*m_us), 1);
    QCOMPARE(carried(*m_de), 0);
}

void TestRouting::switchToExitClosesDirectConnections()
{
    // Turning protection on must not leave connections open that show the user's own address.
    EngineFixture veil;
    Settings s = routedSettings(QStringLiteral("US"), true);
    s.exits.mode = Veil::RoutingMode::Direct;
    QVERIFY2(veil.start(s), qPrintable(veil.errorString()));
    RawClient live(veil.port());
    QVERIFY(open(live, Client::Socks5, "/direct"));
    QCOMPARE(carried(*m_us), 0);

    s.exits.mode = Veil::RoutingMode::Exit;
    veil.engine().applySettings(s);
    QVERIFY(live.waitClosed(kTimeoutMs));
    RawClient fresh(veil.port());
    QVERIFY(open(fresh, Client::Socks5, "/exit"));
    QTRY_COMPARE(carried(*m_us), 1);
}

QTEST_GUILESS_MAIN(TestRouting)
#include "tst_routing.moc"
