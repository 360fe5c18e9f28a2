// The PAC file: bypass entries, the kill switch, and — run in node with the PAC helper functions
// — what it answers for real hosts, with any DNS lookup treated as a failure (a leak).

#include "TestSupport.h"
#include "engine/LocalPages.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Veil;

class TestPacScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killSwitchNeverEndsDirect();
    void defaultIsTheServedScript();
    void servedScriptFollowsSettings();
    void answersInNode();
};

void TestPacScript::killSwitchNeverEndsDirect()
{
    const QByteArray on = pacScript(QHostAddress::LocalHost, 8765, {{QStringLiteral("localhost")}, true});
    QVERIFY2(on.contains("return \"PROXY 127.0.0.1:8765; SOCKS5 127.0.0.1:8765\";\n}"), on.constData());
    QVERIFY(!on.contains("8765; DIRECT"));
    const QByteArray off = pacScript(QHostAddress::LocalHost, 8765, {{}, false});
    QVERIFY2(off.contains("return \"PROXY 127.0.0.1:8765; SOCKS5 127.0.0.1:8765; DIRECT\";"),
             off.constData());
}

void TestPacScript::defaultIsTheServedScript()
{
    // What the engine serves today (no options) fails closed and bypasses nothing.
    const QByteArray served = pacScript(QHostAddress::AnyIPv4, 9000);
    QVERIFY(!served.contains("DIRECT"));
    QVERIFY(served.contains("PROXY 127.0.0.1:9000; SOCKS5 127.0.0.1:9000"));
}

void TestPacScript::servedScriptFollowsSettings()
{
    Settings settings;
    settings.systemProxy.bypass = {QStringLiteral("*.corp.example")};
    const QByteArray off = pacScript(QHostAddress::LocalHost, 8765, pacOptions(settings));
    QVERIFY2(off.contains("8765; DIRECT\";"), off.constData()); // kill switch off: falls back
    QVERIFY(off.contains("shExpMatch(host, \"*.corp.example\")"));
    QVERIFY(off.contains("host == \"localhost\""));
    settings.exits.killSwitch = true;
    const QByteArray on = pacScript(QHostAddress::LocalHost, 8765, pacOptions(settings));
    QVERIFY2(on.trimmed().endsWith("return \"PROXY 127.0.0.1:8765; SOCKS5 127.0.0.1:8765\";\n}"),
             on.constData());
    QVERIFY(!on.contains("8765; DIRECT"));
}

void TestPacScript::answersInNode()
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        QFAIL("node not found: install the nodejs package to run the PAC file");
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PacOptions options;
    options.bypass = {QStringLiteral("localhost"), QStringLiteral("127.0.0.0/8"), QStringLiteral("::1"),
                      QStringLiteral("*.corp.example"), QStringLiteral("10.1.0.0/16")};
    options.killSwitch = true;
    QFile file(dir.filePath(QStringLiteral("pac.js")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    QFile harness(QStringLiteral(VEIL_TEST_SUPPORT_DIR "/pac-harness.js"));
    QVERIFY(harness.open(QIODevice::ReadOnly));
    file.write(pacScript(QHostAddress::LocalHost, 8765, options) + harness.readAll());
    file.close();
    const QStringList hosts{QStringLiteral("localhost"),   QStringLiteral("LOCALHOST"),
                            QStringLiteral("127.0.0.1"),   QStringLiteral("127.200.1.1"),
                            QStringLiteral("::1"),         QStringLiteral("wiki.corp.example"),
                            QStringLiteral("10.1.200.3"),  QStringLiteral("10.2.0.1"),
                            QStringLiteral("example.com"), QStringLiteral("corp.example.evil.com"),
                            QStringLiteral("128.0.0.1")};
    const Veil::Test::ProcessResult r =
        Veil::Test::runProcess(node, QStringList{file.fileName()} + hosts, 30000);
    QVERIFY2(r.ok(), r.describe().constData()); // a DNS lookup throws and fails here
    const QString proxy = QStringLiteral("PROXY 127.0.0.1:8765; SOCKS5 127.0.0.1:8765");
    const QString direct = QStringLiteral("DIRECT");
    const QStringList expected{direct, direct, direct, direct, direct, direct,
                               direct, proxy,  proxy,  proxy,  proxy};
    QStringList want;
    for (qsizetype i = 0; i < hosts.size(); ++i) {
        want.append(hosts[i] + QStringLiteral(" => ") + expected[i]);
    }
    QCOMPARE(QString::fromUtf8(r.out).trimmed().split(QLatin1Char('\n')), want);
}

QTEST_GUILESS_MAIN(TestPacScript)
#include "tst_pacscript.moc"
