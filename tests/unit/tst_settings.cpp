// Settings model, config file and listen-spec parsing: bad input is reported and loses nothing.

#include "config/ConfigFile.h"
#include "config/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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
    void listenSpec_data();
    void listenSpec();
    void uiLanguage();
    void remoteListenNeedsOptInAndCredentials();
    void brokenFileIsKeptAside();
    void specialFileIsNeverMoved();
    void missingFileGivesDefaults();
    void saveIsAtomicAndNeverWritesPassword();
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
    s.uiLanguage = QStringLiteral("zh_CN");
    Settings back;
    QStringList errors;
    back.applyJson(s.toJson(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(back, s);
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
    QTest::newRow("future schema") << QByteArray(R"({"version":99})") << QStringLiteral("version");
    QTest::newRow("unknown language")
        << QByteArray(R"({"ui":{"language":"xx"}})") << QStringLiteral("ui.language");
    QTest::newRow("language number") << QByteArray(R"({"ui":{"language":7}})")
                                     << QStringLiteral("ui.language");
    QTest::newRow("language null") << QByteArray(R"({"ui":{"language":null}})")
                                   << QStringLiteral("ui.language");
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
    QCOMPARE(s.uiLanguage, QString()); // follow the system
    QCOMPARE(s.toJson().value(QStringLiteral("ui")).toObject().value(QStringLiteral("language")),
             QJsonValue(QString()));
    const auto apply = [&s](const QJsonValue &value) {
        QStringList errors;
        s.applyJson(QJsonObject{{QStringLiteral("ui"), QJsonObject{{QStringLiteral("language"), value}}}},
                    &errors);
        return errors;
    };
    QVERIFY(apply(QStringLiteral("fa")).isEmpty());
    QCOMPARE(s.uiLanguage, QStringLiteral("fa"));
    QVERIFY(apply(QStringLiteral("zh-cn")).isEmpty()); // stored the way availableLanguages() spells it
    QCOMPARE(s.uiLanguage, QStringLiteral("zh_CN"));
    const QStringList errors = apply(QStringLiteral("Klingon"));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().startsWith(
                 QLatin1String("ui.language: must be \"\" (follow the system) or one of en, ")),
             qPrintable(errors.constFirst()));
    QCOMPARE(s.uiLanguage, QStringLiteral("zh_CN")); // the previous value is kept
    QVERIFY(apply(QString()).isEmpty());
    QCOMPARE(s.uiLanguage, QString());
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
