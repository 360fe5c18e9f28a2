// The real `veil --headless` with exits, as a server would run it: exits from a JSON config and
// from --exit/--region, passwords from the environment (never from the file or the command line),
// a wrong password reported on stderr as the reason an exit is down, and health changes logged.

#include "ExitFixtures.h"
#include "HeadlessVeil.h"
#include "PeerEchoOrigin.h"
#include "ProxyClients.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Veil::Test;

namespace {

const QString kUser = QStringLiteral("veil-user");
const QString kPassword = QStringLiteral("Env-Only-Exit-Pw-7");
const QString kWrongPassword = QStringLiteral("Not-The-Exit-Pw-9");

QJsonObject exitEntry(const QString &id, const QString &url, const QString &region,
                      const QString &passwordEnv = {})
{
    QJsonObject o{
        {QStringLiteral("id"), id}, {QStringLiteral("url"), url}, {QStringLiteral("region"), region}};
    if (!passwordEnv.isEmpty()) {
        o.insert(QStringLiteral("passwordEnv"), passwordEnv);
    }
    return o;
}

/** A config in the documented format: exit mode through @p region, quick local health probes. */
QJsonObject config(const QString &region, const QJsonArray &exits, const QString &probeUrl)
{
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("limits"), QJsonObject{{QStringLiteral("connectTimeoutMs"), 3000}}},
            {QStringLiteral("routing"), QJsonObject{{QStringLiteral("mode"), QStringLiteral("exit")},
                                                    {QStringLiteral("region"), region},
                                                    {QStringLiteral("probeUrl"), probeUrl},
                                                    {QStringLiteral("healthIntervalMs"), 1000},
                                                    {QStringLiteral("healthTimeoutMs"), 1000},
                                                    {QStringLiteral("failuresToMarkDown"), 1}}},
            {QStringLiteral("exits"), exits}};
}

QByteArray fileContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExitsHeadless final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void configExitWithPasswordFromEnvironment();
    void commandLineExitWithPasswordFromEnvironment();
    void wrongPasswordIsReportedAndFailsFast();
    void healthChangesAreLogged();

private:
    QString tinyproxyUrl() const;

    PeerEchoOrigin m_origin;
    TinyproxyFixture m_tinyproxy{QStringLiteral("127.0.0.3"), kUser, kPassword};
    MicrosocksFixture m_microsocks{QStringLiteral("127.0.0.4"), kUser, kPassword};
};

QString TestExitsHeadless::tinyproxyUrl() const
{
    return QStringLiteral("http://") + kUser + QStringLiteral("@127.0.0.1:") +
           QString::number(m_tinyproxy.port());
}

void TestExitsHeadless::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(VEIL_BINARY)), VEIL_BINARY);
    QVERIFY(m_origin.listen());
    QVERIFY2(m_tinyproxy.start(), qPrintable(m_tinyproxy.errorString()));
    QVERIFY2(m_microsocks.start(), qPrintable(m_microsocks.errorString()));
}

void TestExitsHeadless::configExitWithPasswordFromEnvironment()
{
    HeadlessVeil veil(QStringLiteral(VEIL_BINARY));
    veil.environment().insert(QStringLiteral("VEIL_TEST_DE_PASSWORD"), kPassword);
    const QString path =
        veil.writeConfig(config(QStringLiteral("DE"),
                                {exitEntry(QStringLiteral("de-tiny"), tinyproxyUrl(), QStringLiteral("DE"),
                                           QStringLiteral("VEIL_TEST_DE_PASSWORD"))},
                                m_origin.url(QStringLiteral("/probe"))));
    QVERIFY(!path.isEmpty());
    QVERIFY(!fileContent(path).contains(kPassword.toUtf8()));
    QVERIFY2(veil.start({QStringLiteral("--config"), path}), qPrintable(veil.errorString()));

    for (const QByteArray &mode : {QByteArray("http"), QByteArray("connect")}) {
        const QByteArray target = "/headless/env-config/" + mode;
        const ProcessResult r = curlThrough(veil.port(), mode, m_origin.url(QString::fromLatin1(target)));
        QVERIFY2(r.ok(), QByteArray(r.describe() + veil.stderrText()).constData());
        QCOMPARE(r.out, QByteArray("127.0.0.3"));
        QCOMPARE(m_origin.peersFor(target), QList<QByteArray>{"127.0.0.3"});
    }
    QVERIFY(veil.stop());
    QVERIFY(!veil.stdoutText().contains(kPassword.toUtf8()));
    QVERIFY(!veil.stderrText().contains(kPassword.toUtf8()));
    QVERIFY2(!veil.stderrText().contains("is down"), veil.stderrText().constData());
}

void TestExitsHeadless::commandLineExitWithPasswordFromEnvironment()
{
    // README: the id of a command-line exit is "<region>-<host>-<port>" and its password comes
    // from VEIL_EXIT_PASSWORD_<ID> (upper case, '-' → '_').
    const QString port = QString::number(m_microsocks.port());
    HeadlessVeil veil(QStringLiteral(VEIL_BINARY));
    veil.environment().insert(QStringLiteral("VEIL_EXIT_PASSWORD_JP_127_0_0_1_") + port, kPassword);
    // The file only keeps the health probes local; the exit and region come from the flags.
    const QString path =
        veil.writeConfig(config(QStringLiteral("DE"), {}, m_origin.url(QStringLiteral("/probe"))));
    QVERIFY2(veil.start({QStringLiteral("--config"), path, QStringLiteral("--exit"),
                         QStringLiteral("socks5://") + kUser + QStringLiteral("@127.0.0.1:") + port +
                             QStringLiteral("#JP"),
                         QStringLiteral("--region"), QStringLiteral("jp")}),
             qPrintable(veil.errorString()));

    for (const QString &mode : proxyModes()) {
        const QByteArray target = "/headless/command-line/" + mode.toLatin1();
        const ProcessResult r =
            curlThrough(veil.port(), mode.toLatin1(), m_origin.url(QString::fromLatin1(target)));
        QVERIFY2(r.ok(), QByteArray(r.describe() + veil.stderrText()).constData());
        QCOMPARE(r.out, QByteArray("127.0.0.4"));
    }
    QVERIFY(veil.stop());
    QVERIFY(!veil.stdoutText().contains(kPassword.toUtf8()));
    QVERIFY(!veil.stderrText().contains(kPassword.toUtf8()));
}

void TestExitsHeadless::wrongPasswordIsReportedAndFailsFast()
{
    HeadlessVeil veil(QStringLiteral(VEIL_BINARY));
    veil.environment().insert(QStringLiteral("VEIL_TEST_DE_PASSWORD"), kWrongPassword);
    const QString path =
        veil.writeConfig(config(QStringLiteral("DE"),
                                {exitEntry(QStringLiteral("de-tiny"), tinyproxyUrl(), QStringLiteral("DE"),
                                           QStringLiteral("VEIL_TEST_DE_PASSWORD"))},
                                m_origin.url(QStringLiteral("/probe"))));
    QVERIFY2(veil.start({QStringLiteral("--config"), path}), qPrintable(veil.errorString()));

    // The health probe finds out on its own and says why on stderr.
    QTRY_VERIFY2_WITH_TIMEOUT(veil.stderrText().contains("exit de-tiny is down"),
                              veil.stderrText().constData(), 10000);
    QVERIFY2(veil.stderrText().contains("proxy authentication"), veil.stderrText().constData());

    // A request is refused at once with the reason, not held until a timeout.
    QElapsedTimer clock;
    clock.start();
    WireMessage response;
    QVERIFY(rawProxyRequest(veil.port(), "connect", "127.0.0.1", m_origin.port(), {}, &response));
    QCOMPARE(response.status, 502);
    QVERIFY2(clock.elapsed() < 3000, QByteArray::number(clock.elapsed()).constData());
    QVERIFY(veil.stop());
    QVERIFY(!veil.stdoutText().contains(kWrongPassword.toUtf8()));
    QVERIFY(!veil.stderrText().contains(kWrongPassword.toUtf8()));
}

void TestExitsHeadless::healthChangesAreLogged()
{
    SquidFixture squid(QStringLiteral("127.0.0.13"));
    QVERIFY2(squid.start(), qPrintable(squid.errorString()));
    HeadlessVeil veil(QStringLiteral(VEIL_BINARY));
    const QString path = veil.writeConfig(
        config(QStringLiteral("US"),
               {exitEntry(QStringLiteral("us-squid"),
                          QStringLiteral("http://127.0.0.1:") + QString::number(squid.port()),
                          QStringLiteral("US"))},
               m_origin.url(QStringLiteral("/probe/headless"))));
    QVERIFY2(veil.start({QStringLiteral("--config"), path}), qPrintable(veil.errorString()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_origin.seenFor("/probe/headless").isEmpty(), 5000);
    QCOMPARE(m_origin.seenFor("/probe/headless").constFirst().peer, QByteArray("127.0.0.13"));

    squid.kill();
    QTRY_VERIFY2_WITH_TIMEOUT(veil.stderrText().contains("veil: exit us-squid is down: "),
                              veil.stderrText().constData(), 10000);
    QVERIFY2(!veil.stderrText().contains("exit us-squid is up"), veil.stderrText().constData());
    QVERIFY2(squid.restart(), qPrintable(squid.errorString()));
    QTRY_VERIFY2_WITH_TIMEOUT(veil.stderrText().contains("veil: exit us-squid is up"),
                              veil.stderrText().constData(), 15000);
    const ProcessResult r = curlThrough(veil.port(), "http", m_origin.url(QStringLiteral("/headless/back")));
    QVERIFY2(r.ok(), r.describe().constData());
    QCOMPARE(r.out, QByteArray("127.0.0.13"));
    QVERIFY(veil.stop());
}

QTEST_GUILESS_MAIN(TestExitsHeadless)
#include "tst_exits_headless.moc"
