// Settings model, config file and listen-spec parsing: bad input is reported and loses nothing.

#include "config/ConfigFile.h"
#include "config/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Veil;

class tst_Settings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void roundTrip();
    void rejectsBadFields_data();
    void rejectsBadFields();
    void cacheBypassMatchesHostAndSubdomains();
    void listenSpec_data();
    void listenSpec();
    void uiLanguage();
    void remoteListenNeedsOptInAndCredentials();
    void brokenFileIsKeptAside();
    void specialFileIsNeverMoved();
    void missingFileGivesDefaults();
    void saveIsAtomicAndNeverWritesPassword();
    void desktopFieldsRoundTrip();
    void saveChangesTouchesOnlyWhatChanged();
    void bypassEntries_data();
    void bypassEntries();
    void killSwitchNeverFallsBackDirect();
};

void tst_Settings::defaults()
{
    const Settings s;
    QCOMPARE(s.listenHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(s.listenPort, quint16(8765));
    QVERIFY(!s.allowRemote);
    QVERIFY(s.validate().isEmpty());
    QVERIFY(s.workerCount() >= 2);
}

void tst_Settings::roundTrip()
{
    Settings s;
    s.listenPort = 9999;
    s.threads = 3;
    s.headerTimeoutMs = 1234;
    s.logFormat = LogFormat::Json;
    s.cache.enabled = false;
    s.cache.directory = QStringLiteral("/var/cache/veil-test");
    s.cache.sizeMiB = 2048;
    s.cache.maxObjectMiB = 8;
    s.cache.bypassHosts = {QStringLiteral("example.com"), QStringLiteral("xn--bcher-kva.example")};
    s.cache.clearOnExit = true;
    s.ui.language = QStringLiteral("zh_CN");
    Settings back;
    QStringList errors;
    back.applyJson(s.toJson(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(back, s);
}

void tst_Settings::desktopFieldsRoundTrip()
{
    Settings s;
    s.ui.language = QStringLiteral("zh_CN");
    s.ui.theme = UiTheme::Dark;
    s.ui.startMinimized = true;
    s.ui.closeToTray = false;
    s.ui.trafficRows = 250000;
    s.systemProxy.onStart = true;
    s.systemProxy.pac = true;
    s.systemProxy.bypass = {QStringLiteral("*.corp.example"), QStringLiteral("10.0.0.0/8")};
    s.exits.killSwitch = true;
    const QJsonObject json = s.toJson();
    QCOMPARE(json.value(QStringLiteral("ui")).toObject().value(QStringLiteral("language")).toString(),
             QStringLiteral("zh_CN"));
    QCOMPARE(json.value(QStringLiteral("routing")).toObject().value(QStringLiteral("killSwitch")).toBool(),
             true);
    Settings back;
    QStringList errors;
    back.applyJson(json, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(back, s);

    // Defaults: follow the system, close to the tray, no kill switch, nothing extra bypassed.
    const Settings d;
    QCOMPARE(d.ui.language, QString());
    QCOMPARE(d.ui.theme, UiTheme::System);
    QVERIFY(d.ui.closeToTray);
    QVERIFY(!d.ui.startMinimized);
    QCOMPARE(d.ui.trafficRows, 100000);
    QVERIFY(!d.exits.killSwitch);
    QVERIFY(!d.systemProxy.onStart);
    QVERIFY(!d.systemProxy.pac);
    QVERIFY(d.systemProxy.bypass.isEmpty());
}

void tst_Settings::saveChangesTouchesOnlyWhatChanged()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("veil.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version": 1, "listen": {"port": 9000, "mine": true},
                       "routing": {"healthIntervalMs": 5000}, "ui": {"language": "de"},
                       "rules": [{"id": "r1", "type": "domain", "value": "a.example", "action": "block"}],
                       "extra": [1, 2, 3]})");
    }
    ConfigFile file(path);
    const ConfigFile::LoadResult loaded = file.load();
    QVERIFY2(loaded.messages.isEmpty(), qPrintable(loaded.messages.join(QLatin1Char('\n'))));
    Settings before = loaded.settings;
    before.listenPort = 9100; // as if from the command line: must not be saved by a later change
    Settings after = before;
    after.rules.rules[0].enabled = false;
    after.ui.theme = UiTheme::Dark;
    after.exits.killSwitch = true;
    QVERIFY2(file.saveChanges(before, after), qPrintable(file.errorString()));

    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
    QCOMPARE(json.value(QStringLiteral("listen")).toObject(),
             (QJsonObject{{QStringLiteral("port"), 9000}, {QStringLiteral("mine"), true}}));
    QCOMPARE(json.value(QStringLiteral("routing")).toObject(),
             (QJsonObject{{QStringLiteral("healthIntervalMs"), 5000}, {QStringLiteral("killSwitch"), true}}));
    QCOMPARE(json.value(QStringLiteral("ui")).toObject(),
             (QJsonObject{{QStringLiteral("language"), QStringLiteral("de")},
                          {QStringLiteral("theme"), QStringLiteral("dark")}}));
    QCOMPARE(json.value(QStringLiteral("extra")).toArray().size(), 3);
    QCOMPARE(json.value(QStringLiteral("rules"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("enabled"))
                 .toBool(),
             false);
    QVERIFY(!json.contains(QStringLiteral("engine"))); // unchanged sections are not added
    QVERIFY(!json.contains(QStringLiteral("blocklists")));

    // What was saved loads back as the change.
    const Settings reloaded = ConfigFile(path).load().settings;
    QCOMPARE(reloaded.rules, after.rules);
    QCOMPARE(reloaded.ui.theme, UiTheme::Dark);
    QVERIFY(reloaded.exits.killSwitch);
    QCOMPARE(reloaded.listenPort, quint16(9000));
}

void tst_Settings::bypassEntries_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("normalised"); // empty: rejected
    QTest::newRow("host") << QStringLiteral(" Intranet.Example ") << QStringLiteral("intranet.example");
    QTest::newRow("wildcard") << QStringLiteral("*.Corp.example") << QStringLiteral("*.corp.example");
    QTest::newRow("leading dot") << QStringLiteral(".corp.example") << QStringLiteral("*.corp.example");
    QTest::newRow("v4") << QStringLiteral("192.168.1.10") << QStringLiteral("192.168.1.10");
    QTest::newRow("v6 brackets") << QStringLiteral("[fd00::1]") << QStringLiteral("fd00::1");
    QTest::newRow("cidr") << QStringLiteral("10.1.2.3/8") << QStringLiteral("10.0.0.0/8");
    QTest::newRow("cidr v6") << QStringLiteral("FD00::/8") << QStringLiteral("fd00::/8");
    QTest::newRow("idn") << QStringLiteral("bücher.example") << QStringLiteral("xn--bcher-kva.example");
    QTest::newRow("bad cidr") << QStringLiteral("10.0.0.0/40") << QString();
    QTest::newRow("bad host") << QStringLiteral("a b") << QString();
    QTest::newRow("url") << QStringLiteral("http://x.example/") << QString();
    QTest::newRow("star inside") << QStringLiteral("a.*.example") << QString();
}

void tst_Settings::bypassEntries()
{
    QFETCH(QString, entry);
    QFETCH(QString, normalised);
    QString e = entry;
    const QString problem = validateBypassEntry(&e);
    if (normalised.isEmpty()) {
        QVERIFY(!problem.isEmpty());
        QVERIFY2(problem.contains(entry.trimmed()), qPrintable(problem));
    } else {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(e, normalised);
    }
    QStringList list;
    QVERIFY(parseBypassList(QStringLiteral("a.example, b.example;c.example\nd.example a.example"), &list)
                .isEmpty());
    QCOMPARE(list.size(), 4);
}

void tst_Settings::killSwitchNeverFallsBackDirect()
{
    ExitSettings routing;
    routing.fallbackDirect = true;
    QVERIFY(routing.fallsBackDirect());
    routing.killSwitch = true;
    QVERIFY(!routing.fallsBackDirect());
}

void tst_Settings::rejectsBadFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("port string") << QByteArray(R"({"listen":{"port":"80"}})")
                                 << QStringLiteral("listen.port");
    QTest::newRow("port zero") << QByteArray(R"({"listen":{"port":0}})") << QStringLiteral("listen.port");
    QTest::newRow("port big") << QByteArray(R"({"listen":{"port":70000}})") << QStringLiteral("listen.port");
    QTest::newRow("port fraction") << QByteArray(R"({"listen":{"port":80.5}})")
                                   << QStringLiteral("listen.port");
    QTest::newRow("host name") << QByteArray(R"({"listen":{"host":"example.com"}})")
                               << QStringLiteral("listen.host");
    QTest::newRow("allowRemote str") << QByteArray(R"({"listen":{"allowRemote":"yes"}})")
                                     << QStringLiteral("listen.allowRemote");
    QTest::newRow("threads negative")
        << QByteArray(R"({"engine":{"threads":-1}})") << QStringLiteral("engine.threads");
    QTest::newRow("timeout tiny") << QByteArray(R"({"limits":{"headerTimeoutMs":1}})")
                                  << QStringLiteral("limits.headerTimeoutMs");
    QTest::newRow("head huge") << QByteArray(R"({"limits":{"maxHeadBytes":1e12}})")
                               << QStringLiteral("limits.maxHeadBytes");
    QTest::newRow("log format") << QByteArray(R"({"log":{"format":"xml"}})") << QStringLiteral("log.format");
    QTest::newRow("cache size zero") << QByteArray(R"({"cache":{"sizeMiB":0}})")
                                     << QStringLiteral("cache.sizeMiB");
    QTest::newRow("cache enabled str")
        << QByteArray(R"({"cache":{"enabled":"no"}})") << QStringLiteral("cache.enabled");
    QTest::newRow("cache relative dir")
        << QByteArray(R"({"cache":{"directory":"cache"}})") << QStringLiteral("cache.directory");
    QTest::newRow("cache bypass path")
        << QByteArray(R"({"cache":{"bypass":["example.com/x"]}})") << QStringLiteral("cache.bypass[0]");
    QTest::newRow("cache not object") << QByteArray(R"({"cache":[]})") << QStringLiteral("cache:");
    QTest::newRow("theme") << QByteArray(R"({"ui":{"theme":"neon"}})") << QStringLiteral("ui.theme");
    QTest::newRow("language") << QByteArray(R"({"ui":{"language":"../../etc"}})")
                              << QStringLiteral("ui.language");
    QTest::newRow("closeToTray str") << QByteArray(R"({"ui":{"closeToTray":"yes"}})")
                                     << QStringLiteral("ui.closeToTray");
    QTest::newRow("traffic rows") << QByteArray(R"({"ui":{"trafficRows":10}})")
                                  << QStringLiteral("ui.trafficRows");
    QTest::newRow("bypass cidr") << QByteArray(R"({"systemProxy":{"bypass":["10.0.0.0/33"]}})")
                                 << QStringLiteral("systemProxy.bypass");
    QTest::newRow("bypass not array")
        << QByteArray(R"({"systemProxy":{"bypass":"a.example"}})") << QStringLiteral("systemProxy.bypass");
    QTest::newRow("onStart str") << QByteArray(R"({"systemProxy":{"onStart":1}})")
                                 << QStringLiteral("systemProxy.onStart");
    QTest::newRow("mode unknown") << QByteArray(R"({"systemProxy":{"mode":"auto"}})")
                                  << QStringLiteral("systemProxy.mode");
    QTest::newRow("killSwitch str") << QByteArray(R"({"routing":{"killSwitch":"on"}})")
                                    << QStringLiteral("routing.killSwitch");
    QTest::newRow("future schema") << QByteArray(R"({"version":99})") << QStringLiteral("version");
    QTest::newRow("unknown language")
        << QByteArray(R"({"ui":{"language":"xx"}})") << QStringLiteral("ui.language");
    QTest::newRow("language number") << QByteArray(R"({"ui":{"language":7}})")
                                     << QStringLiteral("ui.language");
    QTest::newRow("language null") << QByteArray(R"({"ui":{"language":null}})")
                                   << QStringLiteral("ui.language");
}

void tst_Settings::cacheBypassMatchesHostAndSubdomains()
{
    CacheSettings c;
    QStringList errors;
    Settings s;
    s.applyJson(
        QJsonDocument::fromJson(R"({"cache":{"bypass":["*.Example.COM", ".news.test", "bücher.example"]}})")
            .object(),
        &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    c = s.cache;
    QCOMPARE(c.bypassHosts, QStringList({QStringLiteral("example.com"), QStringLiteral("news.test"),
                                         QStringLiteral("xn--bcher-kva.example")}));
    QVERIFY(c.bypasses("example.com"));
    QVERIFY(c.bypasses("www.example.com"));
    QVERIFY(!c.bypasses("badexample.com"));
    QVERIFY(!c.bypasses("example.com.evil"));
    QVERIFY(c.bypasses("a.b.news.test"));
    QVERIFY(c.bypasses("xn--bcher-kva.example"));
    QVERIFY(!c.bypasses("test"));
}

void tst_Settings::rejectsBadFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    Settings s;
    s.listenPort = 4242; // a previous, non-default value must survive a bad field
    const Settings before = s;
    QStringList errors;
    s.applyJson(QJsonDocument::fromJson(json).object(), &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().startsWith(field), qPrintable(errors.constFirst()));
    QCOMPARE(s, before);
}

void tst_Settings::uiLanguage()
{
    Settings s;
    QCOMPARE(s.ui.language, QString()); // follow the system
    QCOMPARE(s.toJson().value(QStringLiteral("ui")).toObject().value(QStringLiteral("language")),
             QJsonValue(QString()));
    const auto apply = [&s](const QJsonValue &value) {
        QStringList errors;
        s.applyJson(QJsonObject{{QStringLiteral("ui"), QJsonObject{{QStringLiteral("language"), value}}}},
                    &errors);
        return errors;
    };
    QVERIFY(apply(QStringLiteral("fa")).isEmpty());
    QCOMPARE(s.ui.language, QStringLiteral("fa"));
    QVERIFY(apply(QStringLiteral("zh-cn")).isEmpty()); // stored the way availableLanguages() spells it
    QCOMPARE(s.ui.language, QStringLiteral("zh_CN"));
    const QStringList errors = apply(QStringLiteral("Klingon"));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().startsWith(
                 QLatin1String("ui.language: must be \"\" (follow the system) or one of en, ")),
             qPrintable(errors.constFirst()));
    QCOMPARE(s.ui.language, QStringLiteral("zh_CN")); // the previous value is kept
    QVERIFY(apply(QString()).isEmpty());
    QCOMPARE(s.ui.language, QString());
}

void tst_Settings::listenSpec_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::newRow("v4:port") << QStringLiteral("127.0.0.1:9000") << true << QStringLiteral("127.0.0.1")
                             << 9000;
    QTest::newRow("port only") << QStringLiteral("9001") << true << QStringLiteral("127.0.0.1") << 9001;
    QTest::newRow("host only") << QStringLiteral("127.0.0.2") << true << QStringLiteral("127.0.0.2") << 8765;
    QTest::newRow("v6") << QStringLiteral("[::1]:9002") << true << QStringLiteral("::1") << 9002;
    QTest::newRow("localhost") << QStringLiteral("localhost:9003") << true << QStringLiteral("127.0.0.1")
                               << 9003;
    QTest::newRow("name") << QStringLiteral("example.com:80") << false << QString() << 0;
    QTest::newRow("port 0") << QStringLiteral("127.0.0.1:0") << false << QString() << 0;
    QTest::newRow("port big") << QStringLiteral("127.0.0.1:65536") << false << QString() << 0;
    QTest::newRow("junk") << QStringLiteral("nope") << false << QString() << 0;
    QTest::newRow("v6 no bracket end") << QStringLiteral("[::1:80") << false << QString() << 0;
}

void tst_Settings::listenSpec()
{
    QFETCH(QString, spec);
    QFETCH(bool, ok);
    QFETCH(QString, host);
    QFETCH(int, port);
    QString gotHost = QStringLiteral("127.0.0.1");
    quint16 gotPort = 8765;
    QString error;
    QCOMPARE(parseListenSpec(spec, &gotHost, &gotPort, &error), ok);
    if (ok) {
        QCOMPARE(gotHost, host);
        QCOMPARE(int(gotPort), port);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void tst_Settings::remoteListenNeedsOptInAndCredentials()
{
    Settings s;
    s.listenHost = QStringLiteral("0.0.0.0");
    QVERIFY(s.validate().contains(QLatin1String("--allow-remote")));
    s.allowRemote = true;
    QVERIFY(s.validate().contains(QLatin1String("authentication")));
    s.proxyUser = QStringLiteral("alice");
    s.proxyPassword = QStringLiteral("secret");
    QVERIFY(s.validate().isEmpty());
}

void tst_Settings::brokenFileIsKeptAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("veil.json"));
    const QByteArray broken = "{ \"listen\": { \"port\": 9000, ";
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(broken);
    }
    const ConfigFile::LoadResult r = ConfigFile(path).load();
    QVERIFY(r.existed);
    QCOMPARE(r.settings, Settings());
    QCOMPARE(r.messages.size(), 1);
    QVERIFY(!QFile::exists(path));
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("veil.json.broken-*")});
    QCOMPARE(aside.size(), 1);
    QFile kept(dir.filePath(aside.constFirst()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), broken);
}

void tst_Settings::specialFileIsNeverMoved()
{
    // `--config /dev/null` once renamed the device aside (it does not parse as JSON): a path
    // that is not a regular file is read as "no settings" and left exactly where it is.
#ifdef Q_OS_UNIX
    const QString devNull = QStringLiteral("/dev/null");
    const ConfigFile::LoadResult r = ConfigFile(devNull).load();
    QVERIFY(QFileInfo(devNull).exists());
    QVERIFY(!QFileInfo(devNull).isFile()); // still the character device
    QCOMPARE(r.settings, Settings());
    QCOMPARE(r.messages.size(), 1);
    QVERIFY2(r.messages.constFirst().contains(QLatin1String("not a regular file")),
             qPrintable(r.messages.constFirst()));
    const QStringList aside =
        QDir(QStringLiteral("/dev")).entryList({QStringLiteral("null.broken-*")}, QDir::System | QDir::Files);
    QVERIFY2(aside.isEmpty(), qPrintable(aside.join(QLatin1Char(' '))));
#endif
    // A directory given as the config path is refused the same way.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ConfigFile::LoadResult d = ConfigFile(dir.path()).load();
    QVERIFY(QFileInfo(dir.path()).isDir());
    QCOMPARE(d.messages.size(), 1);
}

void tst_Settings::missingFileGivesDefaults()
{
    QTemporaryDir dir;
    const ConfigFile::LoadResult r = ConfigFile(dir.filePath(QStringLiteral("none.json"))).load();
    QVERIFY(!r.existed);
    QVERIFY(r.messages.isEmpty());
    QCOMPARE(r.settings, Settings());
}

void tst_Settings::saveIsAtomicAndNeverWritesPassword()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/veil.json"));
    Settings s;
    s.proxyUser = QStringLiteral("alice");
    s.proxyPassword = QStringLiteral("hunter2-secret");
    s.listenPort = 9100;
    ConfigFile file(path);
    QVERIFY2(file.save(s), qPrintable(file.errorString()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(!text.contains("hunter2"));
    QVERIFY(text.contains("\"version\": 1"));
    const ConfigFile::LoadResult r = file.load();
    QCOMPARE(r.settings.listenPort, quint16(9100));
    QCOMPARE(r.settings.proxyUser, QStringLiteral("alice"));
    QVERIFY(r.settings.proxyPassword.isEmpty());
    // no temporary files left next to it
    QCOMPARE(QDir(dir.filePath(QStringLiteral("sub"))).entryList(QDir::Files),
             QStringList{QStringLiteral("veil.json")});
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
