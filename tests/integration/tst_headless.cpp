// The real `veil` binary, run headless as a user or a service manager would: command line, exit
// codes, the JSON traffic log on stdout, SIGTERM, and a broken config file.

#include "ScriptedOrigin.h"
#include "TestProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Veil::Test;

class TestHeadless final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void servesAndLogsJsonThenStopsOnSigterm();
    void secondInstanceOnSamePortFails();
    void badArguments_data();
    void badArguments();
    void version();
    void helpListsPrivacyFlags();
    void nonLoopbackListenNeedsOptIn_data();
    void nonLoopbackListenNeedsOptIn();
    void brokenConfigIsMovedAside();
    void blocklistFileAndSubscription();
    void killSwitchFlagHoldsThePacFile_data();
    void killSwitchFlagHoldsThePacFile();
    void importExits();
    void importKeepsTheRestOfTheConfig();

private:
    /** Environment with a private config home, so no user config file leaks in. */
    QProcessEnvironment environment() const;
    std::unique_ptr<TestProcess> startVeil(const QStringList &args);
    ProcessResult runVeil(const QStringList &args);

    QTemporaryDir m_home;
    ScriptedOrigin m_origin;
};

QProcessEnvironment TestHeadless::environment() const
{
    QProcessEnvironment env = environmentWithoutProxies();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    env.remove(QStringLiteral("VEIL_PROXY_PASSWORD"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    return env;
}

std::unique_ptr<TestProcess> TestHeadless::startVeil(const QStringList &args)
{
    auto process = std::make_unique<TestProcess>();
    process->setEnvironment(environment());
    if (!process->start(QStringLiteral(VEIL_BINARY), args)) {
        qWarning() << "cannot start" << VEIL_BINARY << process->errorString();
        return nullptr;
    }
    return process;
}

ProcessResult TestHeadless::runVeil(const QStringList &args)
{
    return runProcess(QStringLiteral(VEIL_BINARY), args, 20000, environment());
}

void TestHeadless::initTestCase()
{
    QVERIFY2(QFile::exists(QStringLiteral(VEIL_BINARY)), VEIL_BINARY);
    QVERIFY(m_home.isValid());
    QVERIFY(m_origin.listen());
}

void TestHeadless::servesAndLogsJsonThenStopsOnSigterm()
{
    const quint16 port = freePort();
    const QString listen = QStringLiteral("127.0.0.1:") + QString::number(port);
    auto veil = startVeil({QStringLiteral("--headless"), QStringLiteral("--listen"), listen,
                           QStringLiteral("--log-format"), QStringLiteral("json"),
                           QStringLiteral("--threads"), QStringLiteral("2")});
    QVERIFY(veil);
    QVERIFY2(waitForPort(port, 15000), veil->stderrText().constData());
    QTRY_VERIFY2(veil->stderrText().contains(QByteArray("listening on " + listen.toUtf8())),
                 veil->stderrText().constData());

    // The origin lives in this thread; runCurl spins the event loop while curl runs.
    const ProcessResult curl = runCurl({QStringLiteral("-x"), QStringLiteral("http://") + listen,
                                        QString::fromLatin1(m_origin.url("/headless-check?x=1"))},
                                       30000);
    QVERIFY2(curl.ok(), curl.describe().constData());
    QCOMPARE(curl.out, QByteArray("hello from /headless-check?x=1"));
    QCOMPARE(m_origin.requests().size(), 1);

    // One JSON object per line on stdout; find the end record of this request.
    auto endRecord = [&]() -> QJsonObject {
        const QList<QByteArray> lines = veil->stdoutText().split('\n');
        for (const QByteArray &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(QStringLiteral("phase")).toString() == QStringLiteral("end") &&
                o.value(QStringLiteral("path")).toString() == QStringLiteral("/headless-check?x=1")) {
                return o;
            }
        }
        return {};
    };
    QTRY_VERIFY2_WITH_TIMEOUT(!endRecord().isEmpty(), veil->stdoutText().constData(), 10000);
    const QJsonObject record = endRecord();
    QCOMPARE(record.value(QStringLiteral("protocol")).toString(), QStringLiteral("http"));
    QCOMPARE(record.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(record.value(QStringLiteral("host")).toString(), QStringLiteral("127.0.0.1"));
    QCOMPARE(record.value(QStringLiteral("port")).toInt(), int(m_origin.port()));
    QCOMPARE(record.value(QStringLiteral("status")).toInt(), 200);
    QCOMPARE(record.value(QStringLiteral("decision")).toString(), QStringLiteral("direct"));
    QVERIFY(record.value(QStringLiteral("bytesDown")).toDouble() >= double(curl.out.size()));
    QVERIFY(!record.contains(QStringLiteral("error")));
    // Every stdout line is JSON: nothing else may be mixed into the machine-readable stream.
    for (const QByteArray &line : veil->stdoutText().split('\n')) {
        if (!line.isEmpty()) {
            QVERIFY2(QJsonDocument::fromJson(line).isObject(), line.constData());
        }
    }

    veil->terminate();
    QVERIFY2(veil->waitForExit(15000), "veil did not exit after SIGTERM");
    QCOMPARE(veil->exitStatus(), QProcess::NormalExit);
    QCOMPARE(veil->exitCode(), 0);
    QVERIFY2(veil->stderrText().contains("stopped"), veil->stderrText().constData());
    QTRY_VERIFY(!waitForPort(port, 0)); // the port is released
}

void TestHeadless::secondInstanceOnSamePortFails()
{
    const quint16 port = freePort();
    const QString listen = QStringLiteral("127.0.0.1:") + QString::number(port);
    auto first = startVeil({QStringLiteral("--headless"), QStringLiteral("--listen"), listen,
                            QStringLiteral("--log-format"), QStringLiteral("none")});
    QVERIFY(first);
    QVERIFY2(waitForPort(port, 15000), first->stderrText().constData());

    const ProcessResult second = runVeil({QStringLiteral("--headless"), QStringLiteral("--listen"), listen});
    QVERIFY2(second.finished, second.describe().constData());
    QVERIFY(!second.crashed);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(QByteArray::number(port)), second.err.constData());
    QVERIFY(first->isRunning()); // the first one is not disturbed
    QVERIFY(waitForPort(port, 1000));
}

void TestHeadless::badArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");

    const QString headless = QStringLiteral("--headless");
    QTest::newRow("listen-not-an-address")
        << QStringList{headless, QStringLiteral("--listen"), QStringLiteral("nope")} << QByteArray("nope");
    QTest::newRow("listen-port-out-of-range")
        << QStringList{headless, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:70000")}
        << QByteArray("--listen");
    QTest::newRow("threads-zero") << QStringList{headless, QStringLiteral("--threads"), QStringLiteral("0")}
                                  << QByteArray("--threads");
    QTest::newRow("threads-not-a-number")
        << QStringList{headless, QStringLiteral("--threads"), QStringLiteral("many")}
        << QByteArray("--threads");
    QTest::newRow("unknown-option") << QStringList{headless, QStringLiteral("--bogus")}
                                    << QByteArray("bogus");
    QTest::newRow("log-format") << QStringList{headless, QStringLiteral("--log-format"),
                                               QStringLiteral("xml")}
                                << QByteArray("xml");
    QTest::newRow("positional") << QStringList{headless, QStringLiteral("extra")} << QByteArray("extra");
    QTest::newRow("missing-config") << QStringList{headless, QStringLiteral("--config"),
                                                   QStringLiteral("/nonexistent/veil.json")}
                                    << QByteArray("/nonexistent/veil.json");
    // DNS in clear text to a remote resolver would leak every name.
    QTest::newRow("doh-plain-http") << QStringList{headless, QStringLiteral("--doh"),
                                                   QStringLiteral("http://dns.example/dns-query")}
                                    << QByteArray("--doh");
    QTest::newRow("cache-size-zero") << QStringList{headless, QStringLiteral("--cache-size"),
                                                    QStringLiteral("0")}
                                     << QByteArray("--cache-size");
    QTest::newRow("cache-size-not-a-number")
        << QStringList{headless, QStringLiteral("--cache-size"), QStringLiteral("lots")}
        << QByteArray("lots");
    QTest::newRow("cache-dir-is-a-file")
        << QStringList{headless, QStringLiteral("--cache-dir"), QStringLiteral("/etc/hostname")}
        << QByteArray("not a directory");
    QTest::newRow("blocklist-missing-file")
        << QStringList{headless, QStringLiteral("--blocklist"), QStringLiteral("/nonexistent/list.txt")}
        << QByteArray("/nonexistent/list.txt");
    QTest::newRow("blocklist-url-with-credentials")
        << QStringList{headless, QStringLiteral("--blocklist"),
                       QStringLiteral("https://u:p@lists.example/a.txt")}
        << QByteArray("--blocklist");
    QTest::newRow("kill-switch-and-fallback")
        << QStringList{headless, QStringLiteral("--kill-switch"), QStringLiteral("--fallback-direct")}
        << QByteArray("--kill-switch");
    QTest::newRow("referer-bogus") << QStringList{headless, QStringLiteral("--referer"),
                                                  QStringLiteral("bogus")}
                                   << QByteArray("--referer must be keep, origin or drop, not \"bogus\"");
    QTest::newRow("user-agent-line-break")
        << QStringList{headless, QStringLiteral("--user-agent"), QStringLiteral("a\nX-Evil: 1")}
        << QByteArray("--user-agent");
    QTest::newRow("no-privacy-filters-with-referer")
        << QStringList{headless, QStringLiteral("--no-privacy-filters"), QStringLiteral("--referer"),
                       QStringLiteral("drop")}
        << QByteArray("--no-privacy-filters");
    QTest::newRow("import-bad-region")
        << QStringList{QStringLiteral("--import-exits"), QStringLiteral("list.txt"),
                       QStringLiteral("--region"), QStringLiteral("Mars")}
        << QByteArray("Mars");
}

void TestHeadless::badArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const ProcessResult r = runVeil(args);
    QVERIFY2(r.finished, r.describe().constData());
    QVERIFY(!r.crashed);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY2(r.err.startsWith("veil: "), r.err.constData());
}

void TestHeadless::version()
{
    const ProcessResult r = runVeil({QStringLiteral("--version")});
    QVERIFY2(r.ok(), r.describe().constData());
    QCOMPARE(r.out, QByteArray("veil " VEIL_VERSION "\n"));
}

void TestHeadless::helpListsPrivacyFlags()
{
    const ProcessResult r = runVeil({QStringLiteral("--help")});
    QVERIFY2(r.ok(), r.describe().constData());
    for (const char *flag : {"--user-agent <STRING>", "--referer <POLICY>", "--no-privacy-filters"}) {
        QVERIFY2(r.out.contains(flag), flag);
    }
}

void TestHeadless::nonLoopbackListenNeedsOptIn_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no-opt-in") << QStringList{} << QByteArray("--allow-remote");
    QTest::newRow("opt-in-without-credentials")
        << QStringList{QStringLiteral("--allow-remote")} << QByteArray("VEIL_PROXY_PASSWORD");
}

void TestHeadless::nonLoopbackListenNeedsOptIn()
{
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, message);
    const quint16 port = freePort();
    const ProcessResult r = runVeil(QStringList{QStringLiteral("--headless"), QStringLiteral("--listen"),
                                                QStringLiteral("0.0.0.0:") + QString::number(port)} +
                                    extra);
    QVERIFY2(r.finished, r.describe().constData());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("0.0.0.0"), r.err.constData());
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(!waitForPort(port, 0));
}

void TestHeadless::brokenConfigIsMovedAside()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("veil.json"));
    const QByteArray broken = QByteArrayLiteral("{ \"listenPort\": 1234, this is not JSON\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(broken), broken.size());
    }

    const quint16 port = freePort();
    auto veil = startVeil({QStringLiteral("--headless"), QStringLiteral("--config"), path,
                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:") + QString::number(port),
                           QStringLiteral("--log-format"), QStringLiteral("none")});
    QVERIFY(veil);
    QVERIFY2(waitForPort(port, 15000), veil->stderrText().constData());

    const QStringList aside =
        QDir(dir.path()).entryList({QStringLiteral("veil.json.broken-*")}, QDir::Files | QDir::Hidden);
    QCOMPARE(aside.size(), 1);
    QFile moved(dir.filePath(aside.constFirst()));
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), broken); // the user's content is kept byte for byte
    QVERIFY(!QFile::exists(path));
    // The warning names the file it moved aside (read as QProcess gets it from the pipe).
    QTRY_VERIFY2(veil->stderrText().contains("not valid") &&
                     veil->stderrText().contains(aside.constFirst().toUtf8()),
                 veil->stderrText().constData());

    // Running on defaults plus the flags: it serves its local page on the port from --listen.
    const ProcessResult page =
        runCurl({QStringLiteral("http://127.0.0.1:") + QString::number(port) + QStringLiteral("/proxy.pac")});
    QVERIFY2(page.ok(), page.describe().constData());
    QVERIFY2(page.out.contains(QByteArray("PROXY 127.0.0.1:" + QByteArray::number(port))),
             page.out.constData());

    veil->terminate();
    QVERIFY(veil->waitForExit(15000));
    QCOMPARE(veil->exitStatus(), QProcess::NormalExit);
    QCOMPARE(veil->exitCode(), 0);
}

void TestHeadless::blocklistFileAndSubscription()
{
    // One list from a file, one subscribed by URL (served by the test origin, fetched through Veil).
    const QString file = m_home.filePath(QStringLiteral("local-hosts.txt"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("0.0.0.0 from-file.test\n");
    }
    m_origin.setResponder([](ScriptedOrigin::Connection &c, const WireMessage &request) {
        const QByteArray body = request.target.endsWith("/sub-list.txt") ? "||from-url.test^\n" : "hello";
        ScriptedOrigin::respond(c, "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(body.size()) +
                                       "\r\n\r\n" + body);
    });
    const quint16 port = freePort();
    const QString listen = QStringLiteral("127.0.0.1:") + QString::number(port);
    auto veil = startVeil({QStringLiteral("--headless"), QStringLiteral("--listen"), listen,
                           QStringLiteral("--blocklist"), file, QStringLiteral("--blocklist"),
                           QString::fromLatin1(m_origin.url("/sub-list.txt"))});
    QVERIFY(veil);
    QVERIFY2(waitForPort(port, 15000), veil->stderrText().constData());
    auto status = [&](const QString &host) {
        const ProcessResult curl =
            runCurl({QStringLiteral("-s"), QStringLiteral("-o"), QProcess::nullDevice(), QStringLiteral("-w"),
                     QStringLiteral("%{http_code}"), QStringLiteral("-x"), QStringLiteral("http://") + listen,
                     QStringLiteral("http://") + host + QStringLiteral("/")},
                    30000);
        return curl.out;
    };
    QCOMPARE(status(QStringLiteral("from-file.test")), QByteArray("403"));
    // The subscription arrives in the background; the log says when it is in force.
    QTRY_VERIFY2_WITH_TIMEOUT(veil->stderrText().contains("sub-list: 1 rules"),
                              veil->stderrText().constData(), 15000);
    QCOMPARE(status(QStringLiteral("from-url.test")), QByteArray("403"));
    // Stored under the application's data folder (XDG_DATA_HOME/Veil/veil on Linux).
    QVERIFY(QFile::exists(m_home.filePath(QStringLiteral("data/Veil/veil/blocklists/sub-list.txt"))));
    veil->terminate();
    QVERIFY(veil->waitForExit(15000));
    QCOMPARE(veil->exitCode(), 0);
}

void TestHeadless::killSwitchFlagHoldsThePacFile_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<bool>("direct");
    QTest::newRow("default") << QStringList{} << true;
    QTest::newRow("--kill-switch") << QStringList{QStringLiteral("--kill-switch")} << false;
}

void TestHeadless::killSwitchFlagHoldsThePacFile()
{
    QFETCH(QStringList, flags);
    QFETCH(bool, direct);
    const quint16 port = freePort();
    const QString listen = QStringLiteral("127.0.0.1:") + QString::number(port);
    auto veil =
        startVeil(QStringList{QStringLiteral("--headless"), QStringLiteral("--listen"), listen} + flags);
    QVERIFY(veil);
    QVERIFY2(waitForPort(port, 15000), veil->stderrText().constData());
    const ProcessResult pac = runCurl(
        {QStringLiteral("-s"), QStringLiteral("http://") + listen + QStringLiteral("/proxy.pac")}, 30000);
    QVERIFY2(pac.ok(), pac.describe().constData());
    QVERIFY2(pac.out.contains("FindProxyForURL"), pac.out.constData());
    // Local names always go direct; what matters is the fallback after Veil's own address.
    const QByteArray fallback = "SOCKS5 " + listen.toLatin1() + "; DIRECT\"";
    QCOMPARE(pac.out.contains(fallback), direct);
    QVERIFY(pac.out.contains(QByteArray("SOCKS5 " + listen.toLatin1())));
}

void TestHeadless::importExits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString list = dir.filePath(QStringLiteral("exits.txt"));
    const QString config = dir.filePath(QStringLiteral("sub/veil.json")); // created on import
    {
        QFile file(list);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("; my exits\n"
                   "http://127.0.0.1:3128#US\n"
                   "socks5://alice@127.0.0.4:1080#DE\n"
                   "socks5://bob:hunter2@127.0.0.5:1080#DE\n"
                   "ftp://127.0.0.1:21#US\n"
                   "http://127.0.0.1:3128#US\n"
                   "https://proxy.example:8443\n"
                   "not a url at all\n");
    }
    const QStringList args{QStringLiteral("--import-exits"), list,
                           QStringLiteral("--config"),       config,
                           QStringLiteral("--region"),       QStringLiteral("jp")};
    ProcessResult r = runVeil(args);
    QVERIFY2(r.ok(), r.describe().constData());
    QVERIFY2(r.out.contains("3 exit(s) added") && r.out.contains("4 line(s) skipped"), r.out.constData());
    for (const QByteArray &line : {QByteArray("skipped line 4"), QByteArray("skipped line 5"),
                                   QByteArray("skipped line 6"), QByteArray("skipped line 8")}) {
        QVERIFY2(r.out.contains(line), QByteArray(line + " missing in:\n" + r.out).constData());
    }
    QVERIFY2(!r.out.contains("hunter2") && !r.err.contains("hunter2"), r.out.constData());

    QFile saved(config);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray json = saved.readAll();
    saved.close();
    QVERIFY(!json.contains("hunter2"));
    const QJsonArray exits = QJsonDocument::fromJson(json).object().value(QStringLiteral("exits")).toArray();
    QCOMPARE(exits.size(), 3);
    QStringList regions;
    for (const QJsonValue &e : exits) {
        regions.append(e.toObject().value(QStringLiteral("region")).toString());
    }
    QCOMPARE(regions, (QStringList{QStringLiteral("US"), QStringLiteral("DE"), QStringLiteral("JP")}));

    // Importing the same list again adds nothing and leaves the file as it was.
    r = runVeil(args);
    QVERIFY2(r.ok(), r.describe().constData());
    QVERIFY2(r.out.contains("0 exit(s) added") && r.out.contains("already configured"), r.out.constData());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), json);
}

void TestHeadless::importKeepsTheRestOfTheConfig()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString list = dir.filePath(QStringLiteral("exits.txt"));
    const QString config = dir.filePath(QStringLiteral("veil.json"));
    // A field this version rejects and one it does not know: both must survive the import.
    const QByteArray mine = QByteArrayLiteral(
        "{\"version\": 1, \"listen\": {\"port\": \"not a port\"}, \"futureFeature\": {\"x\": [1, 2]},\n"
        " \"exits\": [{\"id\": \"mine\", \"url\": \"socks5://127.0.0.9:1080\", \"region\": \"NL\", "
        "\"extra\": true}]}\n");
    for (const auto &[path, content] :
         {std::pair{list, QByteArray("http://127.0.0.1:3128#US\n")}, std::pair{config, mine}}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const ProcessResult r =
        runVeil({QStringLiteral("--import-exits"), list, QStringLiteral("--config"), config});
    QVERIFY2(r.ok(), r.describe().constData());
    QFile file(config);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject before = QJsonDocument::fromJson(mine).object();
    QJsonObject after = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray exits = after.value(QStringLiteral("exits")).toArray();
    QCOMPARE(exits.size(), 2);
    QCOMPARE(exits.at(0), before.value(QStringLiteral("exits")).toArray().at(0)); // untouched
    QCOMPARE(exits.at(1).toObject().value(QStringLiteral("region")).toString(), QStringLiteral("US"));
    after.remove(QStringLiteral("exits"));
    QJsonObject rest = before;
    rest.remove(QStringLiteral("exits"));
    QCOMPARE(after, rest);

    // A file that is not JSON is not touched.
    const QByteArray broken = QByteArrayLiteral("{ not json");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(broken);
    file.close();
    const ProcessResult refused =
        runVeil({QStringLiteral("--import-exits"), list, QStringLiteral("--config"), config});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("not a valid config file"), refused.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), broken);

    const ProcessResult missing =
        runVeil({QStringLiteral("--import-exits"), dir.filePath(QStringLiteral("nope.txt")),
                 QStringLiteral("--config"), config});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("nope.txt"), missing.err.constData());
}

QTEST_GUILESS_MAIN(TestHeadless)
#include "tst_headless.moc"
