// The exit IP and region check against real exits on loopback: microsocks (SOCKS5, connecting out
// from 127.0.0.4) and Squid (HTTP, from 127.0.0.2) in front of an origin in this thread that
// answers with the peer address it saw. GeoIP answers come from a real MaxMind database written
// at test time (tests/support/make-test-mmdb.pl). Covers ExitFetch's framings and limits, the
// QNAM path for https:// URLs, ExitIpChecker, the engine's automatic check and `veil --check-exits`.

#include "EngineFixture.h"
#include "ExitFixtures.h"
#include "HttpWire.h"
#include "ScriptedOrigin.h"
#include "TestProcess.h"
#include "TestSupport.h"
#include "exits/ExitFetch.h"
#include "exits/ExitIpChecker.h"
#include "exits/GeoIpDatabase.h"
#include "exits/Router.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Veil;
using namespace Veil::Test;

namespace {

constexpr int kWaitMs = 20000;
const QString kSocksOut = QStringLiteral("127.0.0.4");
const QString kSquidOut = QStringLiteral("127.0.0.2");

Exit makeExit(const QString &url, const QString &id, const QString &region)
{
    const ExitParseResult parsed = parseExitUrl(url);
    Q_ASSERT(parsed.exit);
    Exit e = *parsed.exit;
    e.id = id;
    e.region = region;
    return e;
}

/** Answers every request with the address it came from, in the form the path asks for. */
void whoAmI(ScriptedOrigin::Connection &c, const WireMessage &request)
{
    const QByteArray peer = c.socket->peerAddress().toString().toLatin1();
    const QByteArray path = request.target;
    if (path == "/plain") {
        ScriptedOrigin::respond(c, makeResponse(200, peer + "\n", "Content-Type: text/plain\r\n"));
    } else if (path == "/json-chunked") {
        ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: "
                                   "chunked\r\n\r\n" +
                                       chunked({"{\"ip\":", "\"" + peer + "\"", "}"}));
    } else if (path == "/json-close") {
        // No length: the body ends when the origin closes.
        ScriptedOrigin::respond(c,
                                "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n{\"origin\": \"" + peer + "\"}");
        c.socket->disconnectFromHost();
    } else if (path == "/huge-length") {
        ScriptedOrigin::respond(c, makeResponse(200, QByteArray(1024 * 1024, 'a')));
    } else if (path == "/huge-chunked") {
        QList<QByteArray> chunks(64, QByteArray(16 * 1024, 'b'));
        ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked(chunks));
    } else if (path == "/garbage") {
        ScriptedOrigin::respond(c, makeResponse(200, "<html><body>Your IP is hidden</body></html>"));
    } else if (path == "/missing") {
        ScriptedOrigin::respond(c, makeResponse(404, "not here"));
    } else {
        ScriptedOrigin::respond(c, makeResponse(204));
    }
}

/** A TLS origin (certificate for 127.0.0.1) that answers every request with the peer address. */
class TlsWhoAmI final : public QObject
{
public:
    bool listen(const QString &certPath, const QString &keyPath)
    {
        QFile certFile(certPath);
        QFile keyFile(keyPath);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            return false;
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        m_server.setSslConfiguration(config);
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = qobject_cast<QSslSocket *>(m_server.nextPendingConnection())) {
                socket->setParent(this);
                connect(socket, &QSslSocket::readyRead, this, [socket] {
                    if (socket->readAll().contains("\r\n\r\n")) {
                        socket->write(makeResponse(200, socket->peerAddress().toString().toLatin1()));
                    }
                });
            }
        });
        return m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

private:
    QSslServer m_server;
};

} // namespace

class TestExitIpCheck final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    // ExitFetch
    void fetchThroughExit_data();
    void fetchThroughExit();
    void fetchRefusesHugeBody_data();
    void fetchRefusesHugeBody();
    void fetchHttpsThroughExitVerifiesCertificate_data();
    void fetchHttpsThroughExitVerifiesCertificate();
    void fetchHttpsThroughTlsExitIsRefused();

    // ExitIpChecker
    void checkReportsAddressAndCountry_data();
    void checkReportsAddressAndCountry();
    void badAnswersGiveClearErrors_data();
    void badAnswersGiveClearErrors();
    void badDatabaseGivesClearError_data();
    void badDatabaseGivesClearError();

    // engine and command line
    void engineChecksExitOnceItIsUp();
    void checkExitsCommand_data();
    void checkExitsCommand();
    void headlessRunPrintsIpCheck();

private:
    Exit socksExit(const QString &region = QStringLiteral("DE")) const
    {
        return makeExit(QStringLiteral("socks5://127.0.0.1:%1").arg(m_socks->port()),
                        QStringLiteral("socks-a"), region);
    }
    Exit squidExit(const QString &region = QStringLiteral("US")) const
    {
        return makeExit(QStringLiteral("http://127.0.0.1:%1").arg(m_squid->port()), QStringLiteral("squid-b"),
                        region);
    }
    QString originUrl(const char *path) const { return QString::fromLatin1(m_origin.url(path)); }
    ExitFetchResult fetch(const Exit &exit, const QUrl &url, const ExitFetch::Options &options = {});
    /** Runs one ExitIpChecker::check() of @p exit; false when no result came. */
    bool runCheck(const Exit &exit, const QString &url, const QString &database, ExitIpResult *result);
    QString writeConfig(const QString &name, const QList<Exit> &exits, const QString &database);
    /** A private config home and no display or proxy variables, as a user's shell would not have. */
    QProcessEnvironment veilEnvironment() const;

    QTemporaryDir m_dir;
    ScriptedOrigin m_origin;
    std::unique_ptr<MicrosocksFixture> m_socks;
    std::unique_ptr<SquidFixture> m_squid;
    QString m_database;
    QString m_corruptDatabase;
};

void TestExitIpCheck::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_origin.listen());
    m_origin.setResponder(whoAmI);
    m_socks = std::make_unique<MicrosocksFixture>(kSocksOut);
    m_squid = std::make_unique<SquidFixture>(kSquidOut);
    if (!m_socks->start()) {
        QFAIL(qPrintable(m_socks->errorString()));
    }
    if (!m_squid->start()) {
        QFAIL(qPrintable(m_squid->errorString()));
    }

    QVERIFY2(GeoIpDatabase::isSupported(), "built without libmaxminddb (apt-get install libmaxminddb-dev)");
    m_database = m_dir.filePath(QStringLiteral("test-country.mmdb"));
    const ProcessResult made =
        runProcess(QStringLiteral("perl"),
                   {QStringLiteral(VEIL_TEST_SUPPORT_DIR "/make-test-mmdb.pl"), m_database,
                    kSquidOut + QStringLiteral("/32=US"), kSocksOut + QStringLiteral("/32=DE")},
                   60000);
    if (!made.ok()) {
        QFAIL(qPrintable(QStringLiteral("writing the test GeoIP database failed (apt-get install "
                                        "libmaxmind-db-writer-perl): ") +
                         QString::fromUtf8(made.describe())));
    }
    // Plausible start, then garbage: what a truncated download looks like.
    m_corruptDatabase = m_dir.filePath(QStringLiteral("corrupt.mmdb"));
    QFile corrupt(m_corruptDatabase);
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    QFile good(m_database);
    QVERIFY(good.open(QIODevice::ReadOnly));
    corrupt.write(good.read(64) + QByteArray(4096, '\x5a'));
}

void TestExitIpCheck::cleanupTestCase()
{
    m_socks.reset();
    m_squid.reset();
}

ExitFetchResult TestExitIpCheck::fetch(const Exit &exit, const QUrl &url, const ExitFetch::Options &options)
{
    ExitFetch fetcher;
    QSignalSpy spy(&fetcher, &ExitFetch::finished);
    fetcher.start(exit, {}, url, options);
    if (!spy.wait(kWaitMs) || spy.count() != 1) {
        ExitFetchResult none;
        none.error = QStringLiteral("no finished() signal");
        return none;
    }
    return spy.at(0).at(0).value<ExitFetchResult>();
}

bool TestExitIpCheck::runCheck(const Exit &exit, const QString &url, const QString &database,
                               ExitIpResult *result)
{
    ExitSettings settings;
    settings.exits = {exit};
    settings.ipCheckUrl = url;
    settings.geoipDatabase = database;
    ExitIpChecker checker;
    checker.setRouter(std::make_shared<const Router>(settings, QHash<QString, QString>()));
    QSignalSpy spy(&checker, &ExitIpChecker::checked);
    checker.check();
    if (!spy.wait(kWaitMs) || spy.count() != 1) {
        return false;
    }
    *result = spy.at(0).at(0).value<ExitIpResult>();
    return checker.results().value(exit.id).checkedAt == result->checkedAt;
}

QString TestExitIpCheck::writeConfig(const QString &name, const QList<Exit> &exits, const QString &database)
{
    QJsonArray array;
    for (const Exit &e : exits) {
        array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                 {QStringLiteral("url"), e.urlString()},
                                 {QStringLiteral("region"), e.region}});
    }
    const QJsonObject root{
        {QStringLiteral("version"), 1},
        {QStringLiteral("routing"), QJsonObject{{QStringLiteral("probeUrl"), originUrl("/probe")},
                                                {QStringLiteral("ipCheckUrl"), originUrl("/json-chunked")},
                                                {QStringLiteral("geoipDatabase"), database},
                                                {QStringLiteral("healthTimeoutMs"), 5000}}},
        {QStringLiteral("exits"), array}};
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return {};
    }
    file.write(QJsonDocument(root).toJson());
    return path;
}

QProcessEnvironment TestExitIpCheck::veilEnvironment() const
{
    QProcessEnvironment env = environmentWithoutProxies();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

// ---- ExitFetch ------------------------------------------------------------------------------------

void TestExitIpCheck::fetchThroughExit_data()
{
    QTest::addColumn<bool>("socks");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body"); // "PEER" stands for the exit's outgoing address

    for (const bool socks : {true, false}) {
        const QByteArray kind = socks ? "microsocks " : "squid ";
        QTest::newRow(QByteArray(kind + "content-length").constData())
            << socks << QByteArray("/plain") << QByteArray("PEER\n");
        QTest::newRow(QByteArray(kind + "chunked").constData())
            << socks << QByteArray("/json-chunked") << QByteArray("{\"ip\":\"PEER\"}");
        QTest::newRow(QByteArray(kind + "close-delimited").constData())
            << socks << QByteArray("/json-close") << QByteArray("{\"origin\": \"PEER\"}");
    }
}

void TestExitIpCheck::fetchThroughExit()
{
    QFETCH(bool, socks);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);

    const QByteArray peer = (socks ? kSocksOut : kSquidOut).toLatin1();
    const ExitFetchResult r = fetch(socks ? socksExit() : squidExit(), QUrl(originUrl(path.constData())));
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(body).replace("PEER", peer));
    QVERIFY(r.connectUs >= 0);
    QVERIFY(r.requestUs >= 0);
    QVERIFY(r.error.isEmpty());
}

void TestExitIpCheck::fetchRefusesHugeBody_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("content-length over the limit") << QByteArray("/huge-length");
    QTest::newRow("chunked stream over the limit") << QByteArray("/huge-chunked");
}

void TestExitIpCheck::fetchRefusesHugeBody()
{
    QFETCH(QByteArray, path);
    ExitFetch::Options options;
    options.maxBodyBytes = 64 * 1024;
    const ExitFetchResult r = fetch(socksExit(), QUrl(originUrl(path.constData())), options);
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("larger than 65536 bytes")), qPrintable(r.error));
    QVERIFY(r.body.isEmpty());
}

void TestExitIpCheck::fetchHttpsThroughExitVerifiesCertificate_data()
{
    QTest::addColumn<bool>("socks");
    QTest::newRow("microsocks") << true;
    QTest::newRow("squid") << false;
}

void TestExitIpCheck::fetchHttpsThroughExitVerifiesCertificate()
{
    QFETCH(bool, socks);
    const QString cert = m_dir.filePath(QStringLiteral("tls-cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("tls-key.pem"));
    if (!QFile::exists(cert)) {
        const ProcessResult made = runProcess(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
             QStringLiteral("-out"), cert, QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
             QStringLiteral("-days"), QStringLiteral("2")},
            60000);
        if (!made.ok()) {
            QFAIL(qPrintable(QStringLiteral("openssl req failed (apt-get install openssl): ") +
                             QString::fromUtf8(made.describe())));
        }
    }
    TlsWhoAmI origin;
    QVERIFY(origin.listen(cert, key));
    const QUrl url(QStringLiteral("https://127.0.0.1:") + QString::number(origin.port()) +
                   QStringLiteral("/ip"));
    const Exit exit = socks ? socksExit() : squidExit();

    // A self-signed certificate is refused: verification is on.
    const ExitFetchResult refused = fetch(exit, url);
    QVERIFY(!refused.ok);
    QVERIFY2(refused.error.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
             qPrintable(refused.error));

    // Trusted, the answer shows the request went out through the exit.
    const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = saved;
    trusting.addCaCertificates(cert);
    QSslConfiguration::setDefaultConfiguration(trusting);
    const ExitFetchResult r = fetch(exit, url);
    QSslConfiguration::setDefaultConfiguration(saved);
    QVERIFY2(r.ok, qPrintable(r.error));
    QCOMPARE(r.status, 200);
    QCOMPARE(QString::fromLatin1(r.body), socks ? kSocksOut : kSquidOut);
}

void TestExitIpCheck::fetchHttpsThroughTlsExitIsRefused()
{
    const Exit exit =
        makeExit(QStringLiteral("https://127.0.0.1:1"), QStringLiteral("tls-exit"), QStringLiteral("DE"));
    const ExitFetchResult r = fetch(exit, QUrl(QStringLiteral("https://api.ipify.org/?format=json")));
    QVERIFY(!r.ok);
    QVERIFY2(r.error.contains(QStringLiteral("use an http:// URL")), qPrintable(r.error));
}

// ---- ExitIpChecker --------------------------------------------------------------------------------

void TestExitIpCheck::checkReportsAddressAndCountry_data()
{
    QTest::addColumn<bool>("socks");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("country");
    QTest::addColumn<bool>("mismatch");

    QTest::newRow("microsocks, plain, DE as configured")
        << true << QStringLiteral("DE") << QByteArray("/plain") << kSocksOut << QStringLiteral("DE") << false;
    QTest::newRow("squid, JSON, US as configured")
        << false << QStringLiteral("US") << QByteArray("/json-chunked") << kSquidOut << QStringLiteral("US")
        << false;
    QTest::newRow("squid, JSON origin, configured DE")
        << false << QStringLiteral("DE") << QByteArray("/json-close") << kSquidOut << QStringLiteral("US")
        << true;
    QTest::newRow("microsocks, configured US")
        << true << QStringLiteral("US") << QByteArray("/plain") << kSocksOut << QStringLiteral("DE") << true;
}

void TestExitIpCheck::checkReportsAddressAndCountry()
{
    QFETCH(bool, socks);
    QFETCH(QString, region);
    QFETCH(QByteArray, path);
    QFETCH(QString, address);
    QFETCH(QString, country);
    QFETCH(bool, mismatch);

    const Exit exit = socks ? socksExit(region) : squidExit(region);
    ExitIpResult r;
    QVERIFY(runCheck(exit, originUrl(path.constData()), m_database, &r));
    QCOMPARE(r.exitId, exit.id);
    QCOMPARE(r.region, region);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.address, QHostAddress(address));
    QCOMPARE(r.country, country);
    QCOMPARE(r.regionMismatch, mismatch);
    QVERIFY(r.checkedAt.isValid());
    QVERIFY(qAbs(r.checkedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    const QString expected = QStringLiteral("address ") + address + QStringLiteral(", country ") + country +
                             (mismatch ? QStringLiteral(", REGION MISMATCH: configured ") + region +
                                             QStringLiteral(", database says ") + country
                                       : QString());
    QCOMPARE(r.summary(), expected);

    // Without a database: the address alone, nothing to compare.
    ExitIpResult plain;
    QVERIFY(runCheck(exit, originUrl(path.constData()), {}, &plain));
    QCOMPARE(plain.address, QHostAddress(address));
    QVERIFY(plain.country.isEmpty());
    QVERIFY(!plain.regionMismatch);
    QVERIFY2(plain.error.isEmpty(), qPrintable(plain.error));
}

void TestExitIpCheck::badAnswersGiveClearErrors_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QString>("message");

    QTest::newRow("HTML instead of an address")
        << QByteArray("/garbage") << QStringLiteral("not an IP address");
    QTest::newRow("huge answer") << QByteArray("/huge-length") << QStringLiteral("larger than 65536 bytes");
    QTest::newRow("huge chunked answer")
        << QByteArray("/huge-chunked") << QStringLiteral("larger than 65536 bytes");
    QTest::newRow("404") << QByteArray("/missing") << QStringLiteral("answered 404");
    QTest::newRow("no body") << QByteArray("/probe") << QStringLiteral("the answer is empty");
}

void TestExitIpCheck::badAnswersGiveClearErrors()
{
    QFETCH(QByteArray, path);
    QFETCH(QString, message);

    ExitIpResult r;
    QVERIFY(runCheck(socksExit(), originUrl(path.constData()), m_database, &r));
    QVERIFY(!r.hasAddress());
    QVERIFY(r.country.isEmpty());
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
    QVERIFY2(r.error.contains(QStringLiteral("127.0.0.1")), qPrintable(r.error)); // names the service
    QVERIFY2(r.error.size() < 300, qPrintable(r.error));                          // no body dumped
    QVERIFY(r.summary().startsWith(QStringLiteral("IP check failed: ")));
}

void TestExitIpCheck::badDatabaseGivesClearError_data()
{
    QTest::addColumn<bool>("corrupt");
    QTest::addColumn<QString>("message");
    QTest::newRow("corrupt file") << true << QStringLiteral("cannot read GeoIP database");
    QTest::newRow("missing file") << false << QStringLiteral("does not exist");
}

void TestExitIpCheck::badDatabaseGivesClearError()
{
    QFETCH(bool, corrupt);
    QFETCH(QString, message);

    const QString path = corrupt ? m_corruptDatabase : m_dir.filePath(QStringLiteral("absent.mmdb"));
    ExitIpResult r;
    QVERIFY(runCheck(socksExit(), originUrl("/plain"), path, &r));
    QCOMPARE(r.address, QHostAddress(kSocksOut)); // the address part still works
    QVERIFY(r.country.isEmpty());
    QVERIFY(!r.regionMismatch);
    QVERIFY2(r.error.contains(message), qPrintable(r.error));
    QVERIFY2(r.error.contains(path), qPrintable(r.error));
    QVERIFY2(r.summary().startsWith(QStringLiteral("address ") + kSocksOut + QStringLiteral(", ")),
             qPrintable(r.summary()));
}

// ---- engine and command line ----------------------------------------------------------------------

void TestExitIpCheck::engineChecksExitOnceItIsUp()
{
    Settings settings = EngineFixture::testSettings();
    settings.exits.exits = {socksExit(QStringLiteral("US")), squidExit(QStringLiteral("US"))};
    settings.exits.probeUrl = originUrl("/probe");
    settings.exits.ipCheckUrl = originUrl("/json-chunked");
    settings.exits.geoipDatabase = m_database;
    EngineFixture veil;
    QSignalSpy spy(&veil.engine(), &Engine::exitIpChecked);
    QVERIFY2(veil.start(settings), qPrintable(veil.errorString()));

    // Both exits come up on their first probe, which triggers one check each.
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, kWaitMs);
    QHash<QString, ExitIpResult> byId;
    for (const QList<QVariant> &args : std::as_const(spy)) {
        const auto r = args.at(0).value<ExitIpResult>();
        byId.insert(r.exitId, r);
    }
    QCOMPARE(byId.value(QStringLiteral("socks-a")).address, QHostAddress(kSocksOut));
    QCOMPARE(byId.value(QStringLiteral("socks-a")).country, QStringLiteral("DE"));
    QVERIFY(byId.value(QStringLiteral("socks-a")).regionMismatch);
    QCOMPARE(byId.value(QStringLiteral("squid-b")).address, QHostAddress(kSquidOut));
    QVERIFY(!byId.value(QStringLiteral("squid-b")).regionMismatch);
    QCOMPARE(veil.engine().exitIpResults().size(), 2);

    // On demand: one exit, one more result, kept as the latest.
    const QDateTime before = veil.engine().exitIpResults().value(QStringLiteral("squid-b")).checkedAt;
    veil.engine().checkExitIps(QStringLiteral("squid-b"));
    QVERIFY(spy.wait(kWaitMs));
    QCOMPARE(spy.count(), 3);
    const auto again = spy.at(2).at(0).value<ExitIpResult>();
    QCOMPARE(again.exitId, QStringLiteral("squid-b"));
    QCOMPARE(again.address, QHostAddress(kSquidOut));
    QVERIFY(again.checkedAt >= before);
    QCOMPARE(veil.engine().exitIpResults().value(QStringLiteral("squid-b")).checkedAt, again.checkedAt);
}

void TestExitIpCheck::checkExitsCommand_data()
{
    QTest::addColumn<QString>("socksRegion");
    QTest::addColumn<QString>("squidRegion");
    QTest::addColumn<bool>("withDeadExit");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("all up and matching")
        << QStringLiteral("DE") << QStringLiteral("US") << false << 0
        << QStringList{QStringLiteral("exit socks-a (DE): up, * ms, address 127.0.0.4, country DE"),
                       QStringLiteral("exit squid-b (US): up, * ms, address 127.0.0.2, country US")};
    QTest::newRow("region mismatch")
        << QStringLiteral("DE") << QStringLiteral("DE") << false << 3
        << QStringList{
               QStringLiteral("exit socks-a (DE): up, * ms, address 127.0.0.4, country DE"),
               QStringLiteral("exit squid-b (DE): up, * ms, address 127.0.0.2, country US, REGION MISMATCH: "
                              "configured DE, database says US")};
    QTest::newRow("an exit is down")
        << QStringLiteral("DE") << QStringLiteral("US") << true << 3
        << QStringList{QStringLiteral("exit socks-a (DE): up, * ms, address 127.0.0.4, country DE"),
                       QStringLiteral("exit squid-b (US): up, * ms, address 127.0.0.2, country US"),
                       QStringLiteral("exit dead-c (FR): down: *")};
}

void TestExitIpCheck::checkExitsCommand()
{
    QFETCH(QString, socksRegion);
    QFETCH(QString, squidRegion);
    QFETCH(bool, withDeadExit);
    QFETCH(int, exitCode);
    QFETCH(QStringList, lines);

    QList<Exit> exits{socksExit(socksRegion), squidExit(squidRegion)};
    if (withDeadExit) {
        // Nothing listens there: the probe fails at once.
        exits.append(makeExit(QStringLiteral("socks5://127.0.0.1:") + QString::number(freePort()),
                              QStringLiteral("dead-c"), QStringLiteral("FR")));
    }
    const QString config = writeConfig(QStringLiteral("check-%1.json")
                                           .arg(QString::fromLatin1(QTest::currentDataTag()))
                                           .replace(QLatin1Char(' '), QLatin1Char('-')),
                                       exits, m_database);
    QVERIFY(!config.isEmpty());
    const ProcessResult r = runProcess(QStringLiteral(VEIL_BINARY),
                                       {QStringLiteral("--check-exits"), QStringLiteral("--config"), config},
                                       60000, veilEnvironment());
    QVERIFY2(r.started && r.finished && !r.crashed, r.describe().constData());
    QVERIFY2(r.exitCode == exitCode, r.describe().constData());

    // One line per exit (in completion order), each of the expected shape.
    QStringList printed = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(printed.size(), lines.size());
    printed.sort();
    QStringList expected = lines;
    expected.sort();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QRegularExpression pattern(QRegularExpression::anchoredPattern(
            QRegularExpression::escape(expected.at(i)).replace(QStringLiteral("\\*"), QStringLiteral(".+"))));
        QVERIFY2(pattern.match(printed.at(i)).hasMatch(),
                 qPrintable(printed.at(i) + QStringLiteral("\n  does not match\n") + expected.at(i)));
    }
}

void TestExitIpCheck::headlessRunPrintsIpCheck()
{
    const QString config = writeConfig(QStringLiteral("headless.json"),
                                       {socksExit(QStringLiteral("US")), squidExit()}, m_database);
    QVERIFY(!config.isEmpty());
    TestProcess veil;
    veil.setEnvironment(veilEnvironment());
    const quint16 port = freePort();
    QVERIFY2(veil.start(QStringLiteral(VEIL_BINARY),
                        {QStringLiteral("--headless"), QStringLiteral("--config"), config,
                         QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + QString::number(port),
                         QStringLiteral("--log-format"), QStringLiteral("none")}),
             qPrintable(veil.errorString()));
    // Each exit's result on stderr once its first probe worked, next to the up/down lines.
    QTRY_VERIFY2_WITH_TIMEOUT(
        veil.stderrText().contains("veil: exit squid-b: address 127.0.0.2, country US\n") &&
            veil.stderrText().contains("veil: exit socks-a: address 127.0.0.4, country DE, "
                                       "REGION MISMATCH: configured US, database says DE\n"),
        veil.stderrText().constData(), kWaitMs);
    QVERIFY(veil.stdoutText().isEmpty()); // stdout stays the traffic log
    veil.terminate();
    QVERIFY(veil.waitForExit(15000));
    QCOMPARE(veil.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestExitIpCheck)

#include "tst_exitipcheck.moc"
