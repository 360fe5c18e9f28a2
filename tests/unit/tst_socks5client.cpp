// The SOCKS5 client handshake Veil uses towards SOCKS5 exits, and round trips against the server side.

#include "Socks5TestHelpers.h"

#include <QHostAddress>
#include <QTest>

using namespace Veil::Socks5;
using namespace Veil::Socks5::Test;
using ServerState = ServerHandshake::State;
using ClientState = ClientHandshake::State;

namespace {

constexpr qsizetype kWhole = 1 << 20;

} // namespace

class TestSocks5Client : public QObject
{
    Q_OBJECT

private slots:
    void clientStart_data();
    void clientStart();
    void clientFeed_data();
    void clientFeed();
    void roundTrip_data();
    void roundTrip();
};

void TestSocks5Client::clientStart_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("greeting");
    QTest::addColumn<QByteArray>("request"); ///< sent after the server picks no-auth
    QTest::addColumn<QByteArray>("error");

    QTest::newRow("domain sent as is")
        << QByteArray("Example.COM") << quint16(443) << QByteArray() << QByteArray() << hex("05 01 00")
        << cat({hex("05 01 00 03 0b"), "Example.COM", hex("01bb")}) << QByteArray();
    QTest::newRow("localhost is not resolved")
        << QByteArray("localhost") << quint16(80) << QByteArray() << QByteArray() << hex("05 01 00")
        << cat({hex("05 01 00 03 09"), "localhost", hex("0050")}) << QByteArray();
    QTest::newRow("ipv4 literal") << QByteArray("192.0.2.1") << quint16(80) << QByteArray() << QByteArray()
                                  << hex("05 01 00") << hex("05 01 00 01 c0000201 0050") << QByteArray();
    QTest::newRow("ipv6 literal") << QByteArray("2001:db8::1") << quint16(80) << QByteArray() << QByteArray()
                                  << hex("05 01 00")
                                  << hex("05 01 00 04 20010db8000000000000000000000001 0050") << QByteArray();
    QTest::newRow("bracketed ipv6 literal")
        << QByteArray("[::1]") << quint16(80) << QByteArray() << QByteArray() << hex("05 01 00")
        << hex("05 01 00 04 00000000000000000000000000000001 0050") << QByteArray();
    QTest::newRow("ipv4 shorthand goes on as a name")
        << QByteArray("127.1") << quint16(80) << QByteArray() << QByteArray() << hex("05 01 00")
        << cat({hex("05 01 00 03 05"), "127.1", hex("0050")}) << QByteArray();
    QTest::newRow("leading zeros go on as a name")
        << QByteArray("010.0.0.1") << quint16(80) << QByteArray() << QByteArray() << hex("05 01 00")
        << cat({hex("05 01 00 03 09"), "010.0.0.1", hex("0050")}) << QByteArray();
    QTest::newRow("ipv6 scope id dropped")
        << QByteArray("fe80::1%eth0") << quint16(80) << QByteArray() << QByteArray() << hex("05 01 00")
        << hex("05 01 00 04 fe800000000000000000000000000001 0050") << QByteArray();
    QTest::newRow("with credentials offers both")
        << QByteArray("example.com") << quint16(443) << QByteArray("alice") << QByteArray("secret")
        << hex("05 02 00 02") << cat({hex("05 01 00 03 0b"), "example.com", hex("01bb")}) << QByteArray();
    QTest::newRow("password without user is not offered")
        << QByteArray("example.com") << quint16(443) << QByteArray() << QByteArray("secret")
        << hex("05 01 00") << cat({hex("05 01 00 03 0b"), "example.com", hex("01bb")}) << QByteArray();
    QTest::newRow("255-byte domain") << QByteArray(255, 'a') << quint16(80) << QByteArray() << QByteArray()
                                     << hex("05 01 00")
                                     << cat({hex("05 01 00 03 ff"), QByteArray(255, 'a'), hex("0050")})
                                     << QByteArray();

    QTest::newRow("empty host") << QByteArray() << quint16(80) << QByteArray() << QByteArray() << QByteArray()
                                << QByteArray() << QByteArray("invalid target host");
    QTest::newRow("256-byte domain") << QByteArray(256, 'a') << quint16(80) << QByteArray() << QByteArray()
                                     << QByteArray() << QByteArray() << QByteArray("invalid target host");
    QTest::newRow("port 0") << QByteArray("example.com") << quint16(0) << QByteArray() << QByteArray()
                            << QByteArray() << QByteArray() << QByteArray("invalid target port");
    QTest::newRow("256-byte user") << QByteArray("example.com") << quint16(80) << QByteArray(256, 'u')
                                   << QByteArray("p") << QByteArray() << QByteArray()
                                   << QByteArray("credentials too long");
    QTest::newRow("256-byte password")
        << QByteArray("example.com") << quint16(80) << QByteArray("u") << QByteArray(256, 'p') << QByteArray()
        << QByteArray() << QByteArray("credentials too long");
}

void TestSocks5Client::clientStart()
{
    QFETCH(QByteArray, host);
    QFETCH(quint16, port);
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, greeting);
    QFETCH(QByteArray, request);
    QFETCH(QByteArray, error);

    ClientHandshake client(host, port, user, password);
    QCOMPARE(client.start().toHex(' '), greeting.toHex(' '));
    QCOMPARE(QByteArray(client.errorText()), error);
    if (!error.isEmpty()) {
        QCOMPARE(client.state(), ClientState::Failed);
        QCOMPARE(client.feed(hex("05 00")).consumed, qsizetype(0));
        return;
    }
    QCOMPARE(client.state(), ClientState::Greeting);
    const auto step = client.feed(hex("05 00"));
    QCOMPARE(step.consumed, qsizetype(2));
    QCOMPARE(step.output.toHex(' '), request.toHex(' '));
    QCOMPARE(step.state, ClientState::Request);

    QVERIFY(client.start().isEmpty()); // one greeting per handshake
    QCOMPARE(client.state(), ClientState::Failed);
}

void TestSocks5Client::clientFeed_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("consumed");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<ClientState>("state");
    QTest::addColumn<Reply>("reply");
    QTest::addColumn<QByteArray>("boundHost");
    QTest::addColumn<quint16>("boundPort");
    QTest::addColumn<QByteArray>("error");

    const QByteArray request = cat({hex("05 01 00 03 0b"), "example.com", hex("01bb")});
    const QByteArray auth = authMessage("alice", "secret");
    const QByteArray tunnel("HTTP/1.1 200 OK\r\n");
    const QByteArray v4Reply = hex("05 00 00 01 c0000201 0438");

    QTest::newRow("no-auth, ipv4 bound, tunnel data left")
        << QByteArray() << cat({hex("05 00"), v4Reply, tunnel}) << 2 + v4Reply.size() << request
        << ClientState::Done << Reply::Succeeded << QByteArray("192.0.2.1") << quint16(1080) << QByteArray();
    QTest::newRow("ipv6 bound") << QByteArray()
                                << hex("05 00 05 00 00 04 20010db8000000000000000000000001 01bb")
                                << qsizetype(24) << request << ClientState::Done << Reply::Succeeded
                                << QByteArray("2001:db8::1") << quint16(443) << QByteArray();
    QTest::newRow("domain bound") << QByteArray()
                                  << cat({hex("05 00 05 00 00 03 09"), "localhost", hex("0438")})
                                  << qsizetype(18) << request << ClientState::Done << Reply::Succeeded
                                  << QByteArray("localhost") << quint16(1080) << QByteArray();
    QTest::newRow("user/password") << QByteArray("alice") << cat({hex("05 02 01 00"), v4Reply, tunnel})
                                   << 4 + v4Reply.size() << auth + request << ClientState::Done
                                   << Reply::Succeeded << QByteArray("192.0.2.1") << quint16(1080)
                                   << QByteArray();
    QTest::newRow("credentials, server picks no-auth")
        << QByteArray("alice") << cat({hex("05 00"), v4Reply}) << 2 + v4Reply.size() << request
        << ClientState::Done << Reply::Succeeded << QByteArray("192.0.2.1") << quint16(1080) << QByteArray();
    QTest::newRow("bad credentials") << QByteArray("alice") << hex("05 02 01 01") << qsizetype(4) << auth
                                     << ClientState::Failed << Reply::GeneralFailure << QByteArray()
                                     << quint16(0) << QByteArray("bad credentials");
    QTest::newRow("auth status version 5")
        << QByteArray("alice") << hex("05 02 05 00") << qsizetype(3) << auth << ClientState::Failed
        << Reply::GeneralFailure << QByteArray() << quint16(0)
        << QByteArray("unsupported authentication version");
    QTest::newRow("no acceptable method") << QByteArray() << hex("05 ff") << qsizetype(2) << QByteArray()
                                          << ClientState::Failed << Reply::GeneralFailure << QByteArray()
                                          << quint16(0) << QByteArray("no acceptable authentication method");
    QTest::newRow("method not offered")
        << QByteArray() << hex("05 02") << qsizetype(2) << QByteArray() << ClientState::Failed
        << Reply::GeneralFailure << QByteArray() << quint16(0)
        << QByteArray("server selected a method that was not offered");
    QTest::newRow("not socks5") << QByteArray() << QByteArray("HTTP/1.1 400") << qsizetype(1) << QByteArray()
                                << ClientState::Failed << Reply::GeneralFailure << QByteArray() << quint16(0)
                                << QByteArray("server is not SOCKS5");
    QTest::newRow("connection refused")
        << QByteArray() << hex("05 00 05 05 00 01 00000000 0000") << qsizetype(4) << request
        << ClientState::Failed << Reply::ConnectionRefused << QByteArray() << quint16(0)
        << QByteArray("connection refused");
    QTest::newRow("not allowed") << QByteArray() << hex("05 00 05 02") << qsizetype(4) << request
                                 << ClientState::Failed << Reply::NotAllowedByRuleset << QByteArray()
                                 << quint16(0) << QByteArray("connection not allowed by ruleset");
    QTest::newRow("unknown reply code")
        << QByteArray() << hex("05 00 05 42") << qsizetype(4) << request << ClientState::Failed << Reply(0x42)
        << QByteArray() << quint16(0) << QByteArray("unknown SOCKS reply code");
    QTest::newRow("unknown bound atyp")
        << QByteArray() << hex("05 00 05 00 00 07 00") << qsizetype(6) << request << ClientState::Failed
        << Reply::GeneralFailure << QByteArray() << quint16(0)
        << QByteArray("unsupported address type in reply");
    QTest::newRow("reply incomplete")
        << QByteArray() << hex("05 00 05 00 00 01 c0 00 02 01 04") << qsizetype(2) << request
        << ClientState::Request << Reply::GeneralFailure << QByteArray() << quint16(0) << QByteArray();
    QTest::newRow("method incomplete")
        << QByteArray() << hex("05") << qsizetype(0) << QByteArray() << ClientState::Greeting
        << Reply::GeneralFailure << QByteArray() << quint16(0) << QByteArray();
}

void TestSocks5Client::clientFeed()
{
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, consumed);
    QFETCH(QByteArray, output);
    QFETCH(ClientState, state);
    QFETCH(Reply, reply);
    QFETCH(QByteArray, boundHost);
    QFETCH(quint16, boundPort);
    QFETCH(QByteArray, error);

    const QByteArray password = user.isEmpty() ? QByteArray() : QByteArray("secret");

    // All at once...
    ClientHandshake client("example.com", 443, user, password);
    QVERIFY(!client.start().isEmpty());
    const auto step = client.feed(input);
    QCOMPARE(step.consumed, consumed);
    QCOMPARE(step.output.toHex(' '), output.toHex(' '));
    QCOMPARE(step.state, state);
    QCOMPARE(step.reply, reply);
    QCOMPARE(QByteArray(step.errorText), error);
    QCOMPARE(client.state(), state);
    QCOMPARE(client.reply(), reply);
    QCOMPARE(QByteArray(client.errorText()), error);
    QCOMPARE(client.boundHost(), boundHost);
    QCOMPARE(client.boundPort(), boundPort);

    // ...and one byte at a time end in the same place (except early failures, which need fewer bytes).
    ClientHandshake slow("example.com", 443, user, password);
    slow.start();
    const Driven driven = drive(slow, input, 1);
    QCOMPARE(driven.output.toHex(' '), output.toHex(' '));
    QCOMPARE(slow.state(), state);
    QCOMPARE(slow.reply(), reply);
    QCOMPARE(slow.boundHost(), boundHost);
    if (state == ClientState::Done)
        QCOMPARE(driven.pending, input.sliced(consumed));
}

void TestSocks5Client::roundTrip_data()
{
    QTest::addColumn<bool>("serverAuth");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<Reply>("serverReply");
    QTest::addColumn<qsizetype>("chunk");
    QTest::addColumn<ServerState>("serverState");
    QTest::addColumn<ClientState>("clientState");
    QTest::addColumn<QByteArray>("serverHost");
    QTest::addColumn<QByteArray>("serverUser");
    QTest::addColumn<QByteArray>("clientError");

    const QByteArray none;
    for (const qsizetype chunk : {kWhole, qsizetype(1), qsizetype(3)}) {
        const auto row = [chunk](const char *name) {
            return &QTest::addRow("%s, chunk %lld", name, qlonglong(chunk == kWhole ? 0 : chunk));
        };
        *row("no-auth domain") << false << QByteArray("WWW.Example.com") << none << none << Reply::Succeeded
                               << chunk << ServerState::Connect << ClientState::Done
                               << QByteArray("www.example.com") << none << none;
        *row("no-auth ipv4") << false << QByteArray("198.51.100.7") << none << none << Reply::Succeeded
                             << chunk << ServerState::Connect << ClientState::Done
                             << QByteArray("198.51.100.7") << none << none;
        *row("no-auth ipv6") << false << QByteArray("[2001:db8::7]") << none << none << Reply::Succeeded
                             << chunk << ServerState::Connect << ClientState::Done
                             << QByteArray("2001:db8::7") << none << none;
        *row("user/password") << true << QByteArray("example.org") << QByteArray("alice")
                              << QByteArray("secret") << Reply::Succeeded << chunk << ServerState::Connect
                              << ClientState::Done << QByteArray("example.org") << QByteArray("alice")
                              << none;
        *row("credentials offered to a no-auth server")
            << false << QByteArray("example.org") << QByteArray("alice") << QByteArray("secret")
            << Reply::Succeeded << chunk << ServerState::Connect << ClientState::Done
            << QByteArray("example.org") << none << none;
        *row("wrong password") << true << QByteArray("example.org") << QByteArray("alice")
                               << QByteArray("guess") << Reply::Succeeded << chunk << ServerState::Failed
                               << ClientState::Failed << none << none << QByteArray("bad credentials");
        *row("no credentials for an auth server")
            << true << QByteArray("example.org") << none << none << Reply::Succeeded << chunk
            << ServerState::Failed << ClientState::Failed << none << none
            << QByteArray("no acceptable authentication method");
        *row("target unreachable") << false << QByteArray("example.org") << none << none
                                   << Reply::HostUnreachable << chunk << ServerState::Connect
                                   << ClientState::Failed << QByteArray("example.org") << none
                                   << QByteArray("host unreachable");
    }
}

void TestSocks5Client::roundTrip()
{
    QFETCH(bool, serverAuth);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, password);
    QFETCH(Reply, serverReply);
    QFETCH(qsizetype, chunk);
    QFETCH(ServerState, serverState);
    QFETCH(ClientState, clientState);
    QFETCH(QByteArray, serverHost);
    QFETCH(QByteArray, serverUser);
    QFETCH(QByteArray, clientError);

    const QByteArray serverTunnel(
        "HTTP/1.1 200 OK\r\n"); // first bytes from the target, right after the reply
    ServerHandshake server(serverAuth ? aliceOnly() : ServerHandshake::Authenticator());
    ClientHandshake client(host, 8443, user, password);

    QByteArray toServer = client.start();
    QByteArray toClient;
    QByteArray serverPending;
    QByteArray clientPending;
    bool replied = false;
    for (int guard = 0; guard < 10000 && (!toServer.isEmpty() || !toClient.isEmpty()); ++guard) {
        if (!toServer.isEmpty()) {
            serverPending.append(toServer.left(chunk));
            toServer.remove(0, chunk);
            const auto step = server.feed(serverPending);
            serverPending.remove(0, step.consumed);
            toClient.append(step.output);
        }
        if (server.state() == ServerState::Connect && !replied) {
            // The session would dial now; the bound address is what the dialer's socket reports.
            toClient.append(
                ServerHandshake::reply(serverReply, QHostAddress(QStringLiteral("203.0.113.9")), 40000));
            if (serverReply == Reply::Succeeded)
                toClient.append(serverTunnel);
            replied = true;
        }
        if (!toClient.isEmpty()) {
            clientPending.append(toClient.left(chunk));
            toClient.remove(0, chunk);
            const auto step = client.feed(clientPending);
            clientPending.remove(0, step.consumed);
            toServer.append(step.output);
        }
    }

    QCOMPARE(server.state(), serverState);
    QCOMPARE(client.state(), clientState);
    QCOMPARE(QByteArray(client.errorText()), clientError);
    QVERIFY(serverPending.isEmpty());
    if (serverState == ServerState::Connect) {
        QCOMPARE(server.host(), serverHost);
        QCOMPARE(server.port(), quint16(8443));
        QCOMPARE(server.username(), serverUser);
    }
    if (clientState == ClientState::Done) {
        QCOMPARE(client.reply(), Reply::Succeeded);
        QCOMPARE(client.boundHost(), QByteArray("203.0.113.9"));
        QCOMPARE(client.boundPort(), quint16(40000));
        QCOMPARE(clientPending, serverTunnel); // the client stopped exactly at the end of the reply
    } else {
        QCOMPARE(client.reply(), serverReply == Reply::Succeeded ? Reply::GeneralFailure : serverReply);
    }
}

QTEST_APPLESS_MAIN(TestSocks5Client)
#include "tst_socks5client.moc"
