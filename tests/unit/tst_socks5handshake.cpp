#include "Socks5TestHelpers.h"

#include <QHostAddress>
#include <QTest>

using namespace Veil::Socks5;
using namespace Veil::Socks5::Test;
using ServerState = ServerHandshake::State;
using ClientState = ClientHandshake::State;

namespace {

/** The reply the server sends for a refusal (no bound address). */
QByteArray refusal(const char *code)
{
    return cat({hex("05"), hex(code), hex("00 01 00000000 0000")});
}

} // namespace

class TestSocks5Handshake : public QObject
{
    Q_OBJECT

private slots:
    void greeting_data();
    void greeting();
    void auth_data();
    void auth();
    void request_data();
    void request();
    void incremental_data();
    void incremental();
    void everythingInOneBuffer();
    void feedAfterEnd();
    void reply_data();
    void reply();
};

void TestSocks5Handshake::greeting_data()
{
    QTest::addColumn<bool>("withAuth");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("consumed");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<ServerState>("state");
    QTest::addColumn<QByteArray>("error");

    QTest::newRow("no-auth") << false << hex("05 01 00") << qsizetype(3) << hex("05 00")
                             << ServerState::Request << QByteArray();
    QTest::newRow("no-auth among others") << false << hex("05 03 01 02 00") << qsizetype(5) << hex("05 00")
                                          << ServerState::Request << QByteArray();
    QTest::newRow("no-auth not offered")
        << false << hex("05 01 02") << qsizetype(3) << hex("05 ff") << ServerState::Failed
        << QByteArray("no acceptable authentication method");
    QTest::newRow("user/password") << true << hex("05 02 00 02") << qsizetype(4) << hex("05 02")
                                   << ServerState::Auth << QByteArray();
    QTest::newRow("user/password required, only no-auth offered")
        << true << hex("05 01 00") << qsizetype(3) << hex("05 ff") << ServerState::Failed
        << QByteArray("no acceptable authentication method");
    QTest::newRow("gssapi only") << true << hex("05 01 01") << qsizetype(3) << hex("05 ff")
                                 << ServerState::Failed << QByteArray("no acceptable authentication method");
    QTest::newRow("version 4") << false << hex("04 01 00 50 7f 00 00 01 00") << qsizetype(1) << QByteArray()
                               << ServerState::Failed << QByteArray("unsupported SOCKS version 4");
    QTest::newRow("http") << false << QByteArray("GET / HTTP/1.1\r\n") << qsizetype(1) << QByteArray()
                          << ServerState::Failed << QByteArray("unsupported SOCKS version 71");
    QTest::newRow("nmethods 0") << false << hex("05 00") << qsizetype(2) << hex("05 ff")
                                << ServerState::Failed << QByteArray("no authentication methods offered");
    QTest::newRow("empty") << false << QByteArray() << qsizetype(0) << QByteArray() << ServerState::Greeting
                           << QByteArray();
    QTest::newRow("incomplete methods")
        << false << hex("05 02 01") << qsizetype(0) << QByteArray() << ServerState::Greeting << QByteArray();
}

void TestSocks5Handshake::greeting()
{
    QFETCH(bool, withAuth);
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, consumed);
    QFETCH(QByteArray, output);
    QFETCH(ServerState, state);
    QFETCH(QByteArray, error);

    ServerHandshake server(withAuth ? aliceOnly() : ServerHandshake::Authenticator());
    const auto step = server.feed(input);
    QCOMPARE(step.consumed, consumed);
    QCOMPARE(step.output.toHex(' '), output.toHex(' '));
    QCOMPARE(server.state(), state);
    QCOMPARE(QByteArray(server.errorText()), error);
}

void TestSocks5Handshake::auth_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("consumed");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<ServerState>("state");
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("error");

    const QByteArray ok = authMessage("alice", "secret");
    QTest::newRow("success") << ok << ok.size() << hex("01 00") << ServerState::Request << QByteArray("alice")
                             << QByteArray();
    const QByteArray wrongPassword = authMessage("alice", "Secret");
    QTest::newRow("wrong password") << wrongPassword << wrongPassword.size() << hex("01 01")
                                    << ServerState::Failed << QByteArray() << QByteArray("bad credentials");
    const QByteArray unknownUser = authMessage("mallory", "secret");
    QTest::newRow("unknown user") << unknownUser << unknownUser.size() << hex("01 01") << ServerState::Failed
                                  << QByteArray() << QByteArray("bad credentials");
    const QByteArray longUser = authMessage(QByteArray(255, 'u'), QByteArray(255, 'p'));
    QTest::newRow("255-byte fields, refused")
        << longUser << longUser.size() << hex("01 01") << ServerState::Failed << QByteArray()
        << QByteArray("bad credentials");
    QTest::newRow("sub-negotiation version 5")
        << cat({hex("05"), ok.sliced(1)}) << qsizetype(1) << hex("01 01") << ServerState::Failed
        << QByteArray() << QByteArray("unsupported authentication version 5");
    QTest::newRow("empty user") << cat({hex("01 00 06"), "secret"}) << qsizetype(2) << hex("01 01")
                                << ServerState::Failed << QByteArray() << QByteArray("empty username");
    QTest::newRow("empty password") << cat({hex("01 05"), "alice", hex("00")}) << qsizetype(8) << hex("01 01")
                                    << ServerState::Failed << QByteArray() << QByteArray("empty password");
    QTest::newRow("incomplete user") << cat({hex("01 05"), "ali"}) << qsizetype(0) << QByteArray()
                                     << ServerState::Auth << QByteArray() << QByteArray();
    QTest::newRow("incomplete password")
        << ok.chopped(1) << qsizetype(0) << QByteArray() << ServerState::Auth << QByteArray() << QByteArray();
}

void TestSocks5Handshake::auth()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, consumed);
    QFETCH(QByteArray, output);
    QFETCH(ServerState, state);
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, error);

    int calls = 0;
    ServerHandshake server([&](QByteArrayView u, QByteArrayView p) {
        ++calls;
        return aliceOnly()(u, p);
    });
    QCOMPARE(server.feed(hex("05 01 02")).output, hex("05 02"));
    const auto step = server.feed(input);
    QCOMPARE(step.consumed, consumed);
    QCOMPARE(step.output.toHex(' '), output.toHex(' '));
    QCOMPARE(server.state(), state);
    QCOMPARE(server.username(), user);
    QCOMPARE(QByteArray(server.errorText()), error);
    // The authenticator runs only on a complete, well-formed message.
    const bool checked = state == ServerState::Request || error == "bad credentials";
    QCOMPARE(calls, checked ? 1 : 0);
}

void TestSocks5Handshake::request_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<qsizetype>("consumed");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<ServerState>("state");
    QTest::addColumn<AddressType>("addressType");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<QByteArray>("error");

    const auto ok = [](const char *name, const QByteArray &input, AddressType type, const char *host,
                       quint16 port) {
        QTest::newRow(name) << input << input.size() << QByteArray() << ServerState::Connect << type
                            << QByteArray(host) << port << QByteArray();
    };
    ok("ipv4", hex("05 01 00 01 c0 00 02 01 01 bb"), AddressType::IPv4, "192.0.2.1", 443);
    ok("ipv6", hex("05 01 00 04 20010db8000000000000000000000001 0050"), AddressType::IPv6, "2001:db8::1",
       80);
    ok("ipv6 loopback", hex("05 01 00 04 00000000000000000000000000000001 1f90"), AddressType::IPv6, "::1",
       8080);
    ok("ipv4-mapped ipv6 kept as sent", hex("05 01 00 04 00000000000000000000ffffc0000201 0050"),
       AddressType::IPv6, "::ffff:192.0.2.1", 80);
    ok("domain, lower-cased", cat({hex("05 01 00 03 0b"), "Example.COM", hex("01bb")}),
       AddressType::DomainName, "example.com", 443);
    ok("domain with digits, dash, underscore", cat({hex("05 01 00 03 0f"), "_srv.a-1.test.x", hex("ffff")}),
       AddressType::DomainName, "_srv.a-1.test.x", 65535);
    const QByteArray longName(255, 'a');
    ok("255-byte domain", cat({hex("05 01 00 03 ff"), longName, hex("0050")}), AddressType::DomainName,
       longName.constData(), 80);

    const auto bad = [](const char *name, const QByteArray &input, qsizetype consumed, const char *code,
                        const char *error) {
        QTest::newRow(name) << input << consumed << refusal(code) << ServerState::Failed << AddressType::IPv4
                            << QByteArray() << quint16(0) << QByteArray(error);
    };
    bad("cmd bind", hex("05 02 00 01 c0000201 01bb"), 10, "07", "unsupported command");
    bad("cmd udp associate", hex("05 03 00 01 c0000201 01bb"), 10, "07", "unsupported command");
    bad("cmd 0", hex("05 00 00 01 c0000201 01bb"), 10, "07", "unsupported command");
    bad("cmd bind, domain read to the end", cat({hex("05 02 00 03 04"), "host", hex("0050")}), 11, "07",
        "unsupported command");
    bad("rsv 1", hex("05 01 01 01 c0000201 01bb"), 3, "01", "reserved byte is not zero");
    bad("rsv ff", hex("05 01 ff 01 c0000201 01bb"), 3, "01", "reserved byte is not zero");
    bad("request version 4", hex("04 01 00 01 c0000201 01bb"), 1, "01", "unsupported SOCKS version 4");
    bad("atyp 0", hex("05 01 00 00 c0000201 01bb"), 4, "08", "unsupported address type");
    bad("atyp 2", hex("05 01 00 02 c0000201 01bb"), 4, "08", "unsupported address type");
    bad("atyp 5", hex("05 01 00 05 c0000201 01bb"), 4, "08", "unsupported address type");
    bad("atyp ff", hex("05 01 00 ff"), 4, "08", "unsupported address type");
    bad("cmd bind with atyp 5: length unknown, atyp wins", hex("05 02 00 05"), 4, "08",
        "unsupported address type");
    bad("domain length 0", hex("05 01 00 03 00 0050"), 7, "04", "invalid domain name");
    bad("domain with NUL", cat({hex("05 01 00 03 0c"), QByteArray("example.com\0", 12), hex("0050")}), 19,
        "04", "invalid domain name");
    bad("domain with space", cat({hex("05 01 00 03 0b"), "exam le.com", hex("0050")}), 18, "04",
        "invalid domain name");
    bad("domain with slash", cat({hex("05 01 00 03 0b"), "a.com/x.com", hex("0050")}), 18, "04",
        "invalid domain name");
    bad("domain with at", cat({hex("05 01 00 03 0b"), "user@a.com.", hex("0050")}), 18, "04",
        "invalid domain name");
    bad("domain with colon", cat({hex("05 01 00 03 09"), "a.com:443", hex("0050")}), 16, "04",
        "invalid domain name");
    bad("domain with CRLF", cat({hex("05 01 00 03 07"), "a\r\nb.cc", hex("0050")}), 14, "04",
        "invalid domain name");
    bad("domain with non-ASCII", cat({hex("05 01 00 03 06"), hex("c3a9"), "t.fr", hex("0050")}), 13, "04",
        "invalid domain name");
    bad("port 0", hex("05 01 00 01 c0000201 0000"), 10, "04", "invalid destination port");
    bad("domain port 0", cat({hex("05 01 00 03 04"), "host", hex("0000")}), 11, "04",
        "invalid destination port");

    const auto partial = [](const char *name, const QByteArray &input) {
        QTest::newRow(name) << input << qsizetype(0) << QByteArray() << ServerState::Request
                            << AddressType::IPv4 << QByteArray() << quint16(0) << QByteArray();
    };
    partial("empty", QByteArray());
    partial("header only", hex("05 01 00"));
    partial("ipv4 address cut", hex("05 01 00 01 c0 00"));
    partial("ipv4 port cut", hex("05 01 00 01 c0000201 01"));
    partial("domain length missing", hex("05 01 00 03"));
    partial("domain cut", cat({hex("05 01 00 03 0b"), "exam"}));
    partial("ipv6 cut", hex("05 01 00 04 20010db8"));
}

void TestSocks5Handshake::request()
{
    QFETCH(QByteArray, input);
    QFETCH(qsizetype, consumed);
    QFETCH(QByteArray, output);
    QFETCH(ServerState, state);
    QFETCH(AddressType, addressType);
    QFETCH(QByteArray, host);
    QFETCH(quint16, port);
    QFETCH(QByteArray, error);

    ServerHandshake server;
    QCOMPARE(server.feed(hex("05 01 00")).output, hex("05 00"));
    const auto step = server.feed(input);
    QCOMPARE(step.consumed, consumed);
    QCOMPARE(step.output.toHex(' '), output.toHex(' '));
    QCOMPARE(server.state(), state);
    QCOMPARE(QByteArray(server.errorText()), error);
    if (state == ServerState::Connect) {
        QCOMPARE(server.addressType(), addressType);
        QCOMPARE(server.host(), host);
        QCOMPARE(server.port(), port);
    }
}

void TestSocks5Handshake::incremental_data()
{
    QTest::addColumn<bool>("withAuth");
    QTest::addColumn<qsizetype>("chunk");

    for (const qsizetype chunk : {1, 2, 3, 5, 7, 11}) {
        QTest::addRow("no-auth, %lld bytes at a time", qlonglong(chunk)) << false << chunk;
        QTest::addRow("user/password, %lld bytes at a time", qlonglong(chunk)) << true << chunk;
    }
}

void TestSocks5Handshake::incremental()
{
    QFETCH(bool, withAuth);
    QFETCH(qsizetype, chunk);

    const QByteArray tunnel("GET / HTTP/1.1\r\nHost: example.com\r\n\r\n");
    const QByteArray request = cat({hex("05 01 00 03 0b"), "example.com", hex("0050")});
    const QByteArray session = withAuth
                                   ? cat({hex("05 01 02"), authMessage("alice", "secret"), request, tunnel})
                                   : cat({hex("05 01 00"), request, tunnel});

    ServerHandshake server(withAuth ? aliceOnly() : ServerHandshake::Authenticator());
    const Driven driven = drive(server, session, chunk);
    QCOMPARE(server.state(), ServerState::Connect);
    QCOMPARE(driven.output.toHex(' '), (withAuth ? hex("05 02 01 00") : hex("05 00")).toHex(' '));
    QCOMPARE(driven.pending, tunnel);
    QCOMPARE(server.host(), QByteArray("example.com"));
    QCOMPARE(server.port(), quint16(80));
    QCOMPARE(server.username(), withAuth ? QByteArray("alice") : QByteArray());
}

void TestSocks5Handshake::everythingInOneBuffer()
{
    const QByteArray tunnel = hex("16 03 01 02 00 01 00 01 fc 03 03"); // a TLS ClientHello begins
    const QByteArray handshake =
        cat({hex("05 02 00 02"), authMessage("alice", "secret"), hex("05 01 00 01 c0000201 01bb")});
    const QByteArray buffer = handshake + tunnel;

    ServerHandshake server(aliceOnly());
    const auto step = server.feed(buffer);
    QCOMPARE(step.consumed, handshake.size());
    QCOMPARE(step.output.toHex(' '), hex("05 02 01 00").toHex(' '));
    QCOMPARE(server.state(), ServerState::Connect);
    QCOMPARE(server.host(), QByteArray("192.0.2.1"));
    QCOMPARE(server.port(), quint16(443));

    const auto after = server.feed(QByteArrayView(buffer).sliced(step.consumed));
    QCOMPARE(after.consumed, qsizetype(0));
    QVERIFY(after.output.isEmpty());
}

void TestSocks5Handshake::feedAfterEnd()
{
    ServerHandshake failed;
    QCOMPARE(failed.feed(hex("04 01")).consumed, qsizetype(1));
    QCOMPARE(failed.state(), ServerState::Failed);
    const auto again = failed.feed(hex("05 01 00"));
    QCOMPARE(again.consumed, qsizetype(0));
    QVERIFY(again.output.isEmpty());
    QCOMPARE(failed.state(), ServerState::Failed);

    // A failure in the middle of a pipelined buffer stops there: nothing after it is parsed.
    ServerHandshake refused(aliceOnly());
    const QByteArray wrong = authMessage("alice", "nope");
    const auto step = refused.feed(cat({hex("05 01 02"), wrong, hex("05 01 00 01 c0000201 01bb")}));
    QCOMPARE(step.consumed, 3 + wrong.size());
    QCOMPARE(step.output.toHex(' '), hex("05 02 01 01").toHex(' '));
    QCOMPARE(refused.state(), ServerState::Failed);
}

void TestSocks5Handshake::reply_data()
{
    QTest::addColumn<Reply>("code");
    QTest::addColumn<QHostAddress>("bound");
    QTest::addColumn<quint16>("port");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("ipv4") << Reply::Succeeded << QHostAddress(QStringLiteral("192.0.2.1")) << quint16(1080)
                          << hex("05 00 00 01 c0000201 0438");
    QTest::newRow("ipv6") << Reply::Succeeded << QHostAddress(QStringLiteral("2001:db8::1")) << quint16(443)
                          << hex("05 00 00 04 20010db8000000000000000000000001 01bb");
    QTest::newRow("ipv4-mapped stays ipv6")
        << Reply::Succeeded << QHostAddress(QStringLiteral("::ffff:192.0.2.1")) << quint16(80)
        << hex("05 00 00 04 00000000000000000000ffffc0000201 0050");
    QTest::newRow("null") << Reply::Succeeded << QHostAddress() << quint16(0)
                          << hex("05 00 00 01 00000000 0000");
    QTest::newRow("null ignores port")
        << Reply::Succeeded << QHostAddress() << quint16(1080) << hex("05 00 00 01 00000000 0000");
    QTest::newRow("any") << Reply::Succeeded << QHostAddress(QHostAddress::Any) << quint16(1080)
                         << hex("05 00 00 01 00000000 0438");
    QTest::newRow("any ipv6") << Reply::Succeeded << QHostAddress(QHostAddress::AnyIPv6) << quint16(1080)
                              << hex("05 00 00 04 00000000000000000000000000000000 0438");
    QTest::newRow("not allowed") << Reply::NotAllowedByRuleset << QHostAddress() << quint16(0)
                                 << hex("05 02 00 01 00000000 0000");
    QTest::newRow("refused") << Reply::ConnectionRefused << QHostAddress() << quint16(0)
                             << hex("05 05 00 01 00000000 0000");
}

void TestSocks5Handshake::reply()
{
    QFETCH(Reply, code);
    QFETCH(QHostAddress, bound);
    QFETCH(quint16, port);
    QFETCH(QByteArray, expected);

    QCOMPARE(ServerHandshake::reply(code, bound, port).toHex(' '), expected.toHex(' '));
}

QTEST_APPLESS_MAIN(TestSocks5Handshake)
#include "tst_socks5handshake.moc"
