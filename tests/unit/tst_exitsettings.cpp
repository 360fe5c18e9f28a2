// Exit settings model: JSON round trip, field-by-field validation, and passwords kept out of the file.

#include "config/Settings.h"
#include "exits/ExitSettings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Veil;

namespace {

Exit makeExit(const QString &url, const QString &id = {})
{
    const ExitParseResult parsed = parseExitUrl(url);
    Q_ASSERT(parsed.exit);
    Exit e = *parsed.exit;
    if (!id.isEmpty()) {
        e.id = id;
    }
    return e;
}

ExitSettings sample()
{
    ExitSettings s;
    Exit a = makeExit(QStringLiteral("https://alice@a.example:443#DE"), QStringLiteral("de-a"));
    a.name = QStringLiteral("Frankfurt A");
    a.tags = QStringList{QStringLiteral("fast"), QStringLiteral("paid")};
    a.caFile = QStringLiteral("/etc/veil/ca.pem");
    a.pinSha256 = QByteArray("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
    a.passwordEnv = QStringLiteral("VEIL_DE_A");
    Exit b = makeExit(QStringLiteral("socks5://[2001:db8::2]:1080#DE"), QStringLiteral("de-b"));
    b.enabled = false;
    Exit c = makeExit(QStringLiteral("http://c.example:3128#NL"));
    s.exits = {a, b, c};
    s.regions = {RegionPolicy{QStringLiteral("DE"), SelectionPolicy::Balance, {}, {QStringLiteral("de-b")}},
                 RegionPolicy{QStringLiteral("NL"), SelectionPolicy::Manual, c.id, {}}};
    s.mode = RoutingMode::Exit;
    s.region = QStringLiteral("DE");
    s.fallbackDirect = true;
    s.closeOnSwitch = true;
    s.healthIntervalMs = 30000;
    s.healthTimeoutMs = 5000;
    s.failuresToMarkDown = 5;
    s.probeUrl = QStringLiteral("https://probe.example/204");
    s.ipCheckUrl.clear();
    s.geoipDatabase = QStringLiteral("/var/lib/GeoLite2-Country.mmdb");
    s.dohUrl = QStringLiteral("https://dns.example/dns-query");
    return s;
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    Q_ASSERT(error.error == QJsonParseError::NoError);
    return doc.object();
}

QString joined(const QStringList &errors)
{
    return errors.join(QLatin1Char('\n'));
}

} // namespace

class tst_ExitSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void roundTrip();
    void roundTripThroughSettings();
    void rejectsBadRoutingFields_data();
    void rejectsBadRoutingFields();
    void skipsBadExitEntries_data();
    void skipsBadExitEntries();
    void passwordKeyIsIgnoredAndNeverWritten();
    void duplicateIds();
    void generatedIdsAreUnique();
    void badRegionPolicies_data();
    void badRegionPolicies();
    void unknownExitInOrderIsDropped();
    void nonArrayKeepsPreviousList();
    void helpers();
};

void tst_ExitSettings::defaults()
{
    const ExitSettings s;
    QVERIFY(s.exits.isEmpty());
    QCOMPARE(s.mode, RoutingMode::Direct);
    QVERIFY(!s.fallbackDirect);
    QCOMPARE(s.healthIntervalMs, 60000);
    QCOMPARE(s.probeUrl, QStringLiteral("http://connectivitycheck.gstatic.com/generate_204"));
    QCOMPARE(Settings().exits, s);

    // Defaults survive their own JSON.
    ExitSettings back;
    QStringList errors;
    back.applyJson(s.toJson(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(joined(errors)));
    QCOMPARE(back, s);
}

void tst_ExitSettings::roundTrip()
{
    const ExitSettings s = sample();
    ExitSettings back;
    QStringList errors;
    back.applyJson(s.toJson(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(joined(errors)));
    QCOMPARE(back.exits, s.exits);
    QCOMPARE(back.regions, s.regions);
    QCOMPARE(back, s);
}

void tst_ExitSettings::roundTripThroughSettings()
{
    Settings s;
    s.listenPort = 9999;
    s.exits = sample();
    const QJsonObject json = s.toJson();
    QVERIFY(json.value(QStringLiteral("routing")).isObject());
    QCOMPARE(json.value(QStringLiteral("exits")).toArray().size(), 3);
    QCOMPARE(json.value(QStringLiteral("regions")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("routing")).toObject().value(QStringLiteral("mode")).toString(),
             QStringLiteral("exit"));

    Settings back;
    QStringList errors;
    back.applyJson(json, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(joined(errors)));
    QCOMPARE(back, s);
}

void tst_ExitSettings::rejectsBadRoutingFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");

    QTest::newRow("routing not object") << QByteArray(R"({"routing":[]})") << QStringLiteral("routing");
    QTest::newRow("mode") << QByteArray(R"({"routing":{"mode":"global"}})") << QStringLiteral("routing.mode");
    QTest::newRow("mode number") << QByteArray(R"({"routing":{"mode":1}})") << QStringLiteral("routing.mode");
    QTest::newRow("region long") << QByteArray(R"({"routing":{"region":"DEU"}})")
                                 << QStringLiteral("routing.region");
    QTest::newRow("region number") << QByteArray(R"({"routing":{"region":49}})")
                                   << QStringLiteral("routing.region");
    QTest::newRow("fallback string") << QByteArray(R"({"routing":{"fallbackDirect":"yes"}})")
                                     << QStringLiteral("routing.fallbackDirect");
    QTest::newRow("close number") << QByteArray(R"({"routing":{"closeOnSwitch":1}})")
                                  << QStringLiteral("routing.closeOnSwitch");
    QTest::newRow("interval tiny") << QByteArray(R"({"routing":{"healthIntervalMs":10}})")
                                   << QStringLiteral("routing.healthIntervalMs");
    QTest::newRow("timeout fraction") << QByteArray(R"({"routing":{"healthTimeoutMs":1000.5}})")
                                      << QStringLiteral("routing.healthTimeoutMs");
    QTest::newRow("failures zero") << QByteArray(R"({"routing":{"failuresToMarkDown":0}})")
                                   << QStringLiteral("routing.failuresToMarkDown");
    QTest::newRow("probe empty") << QByteArray(R"({"routing":{"probeUrl":""}})")
                                 << QStringLiteral("routing.probeUrl");
    QTest::newRow("probe ftp") << QByteArray(R"({"routing":{"probeUrl":"ftp://x.example/"}})")
                               << QStringLiteral("routing.probeUrl");
    QTest::newRow("ip check no host")
        << QByteArray(R"({"routing":{"ipCheckUrl":"https://"}})") << QStringLiteral("routing.ipCheckUrl");
    QTest::newRow("doh plain http") << QByteArray(R"({"routing":{"dohUrl":"http://dns.example/dns-query"}})")
                                    << QStringLiteral("routing.dohUrl");
    QTest::newRow("geoip number") << QByteArray(R"({"routing":{"geoipDatabase":5}})")
                                  << QStringLiteral("routing.geoipDatabase");
    QTest::newRow("exits object") << QByteArray(R"({"exits":{}})") << QStringLiteral("exits");
    QTest::newRow("regions string") << QByteArray(R"({"regions":"DE"})") << QStringLiteral("regions");
}

void tst_ExitSettings::rejectsBadRoutingFields()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);

    const ExitSettings before = sample();
    ExitSettings s = before;
    QStringList errors;
    s.applyJson(parse(json), &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(field + QLatin1Char(':')), qPrintable(errors.first()));
    QVERIFY2(errors.first().contains(QLatin1String("keeping the previous value")),
             qPrintable(errors.first()));
    QCOMPARE(s, before);
}

void tst_ExitSettings::skipsBadExitEntries_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("reason"); // part of the message

    QTest::newRow("not object") << QByteArray(R"("http://h.example:80")") << QStringLiteral("object");
    QTest::newRow("no url") << QByteArray(R"({"id":"x"})") << QStringLiteral("url");
    QTest::newRow("url number") << QByteArray(R"({"url":80})") << QStringLiteral("url");
    QTest::newRow("url bad") << QByteArray(R"({"url":"gopher://h.example:70"})") << QStringLiteral("scheme");
    QTest::newRow("url no port") << QByteArray(R"({"url":"http://h.example"})") << QStringLiteral("port");
    QTest::newRow("url password") << QByteArray(R"({"url":"http://u:pw123456@h.example:80"})")
                                  << QStringLiteral("password");
    QTest::newRow("region bad") << QByteArray(R"({"url":"http://h.example:80","region":"Germany"})")
                                << QStringLiteral("region");
    QTest::newRow("id bad") << QByteArray(R"({"url":"http://h.example:80","id":"a b"})")
                            << QStringLiteral("id");
    QTest::newRow("id empty") << QByteArray(R"({"url":"http://h.example:80","id":""})")
                              << QStringLiteral("id");
    QTest::newRow("name number") << QByteArray(R"({"url":"http://h.example:80","name":1})")
                                 << QStringLiteral("name");
    QTest::newRow("tags string") << QByteArray(R"({"url":"http://h.example:80","tags":"fast"})")
                                 << QStringLiteral("tags");
    QTest::newRow("tags number") << QByteArray(R"({"url":"http://h.example:80","tags":["a",1]})")
                                 << QStringLiteral("tags");
    QTest::newRow("tags empty") << QByteArray(R"({"url":"http://h.example:80","tags":[" "]})")
                                << QStringLiteral("tags");
    QTest::newRow("enabled string") << QByteArray(R"({"url":"http://h.example:80","enabled":"no"})")
                                    << QStringLiteral("enabled");
    QTest::newRow("env bad") << QByteArray(R"({"url":"http://h.example:80","passwordEnv":"1BAD"})")
                             << QStringLiteral("passwordEnv");
    QTest::newRow("env dash") << QByteArray(R"({"url":"http://h.example:80","passwordEnv":"A-B"})")
                              << QStringLiteral("passwordEnv");
    QTest::newRow("pin bad") << QByteArray(R"({"url":"https://h.example:443","pinSha256":"abcd"})")
                             << QStringLiteral("pinSha256");
    QTest::newRow("pin on http")
        << QByteArray(
               R"({"url":"http://h.example:80","pinSha256":"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"})")
        << QStringLiteral("https");
    QTest::newRow("ca on socks") << QByteArray(R"({"url":"socks5://h.example:1080","caFile":"/ca.pem"})")
                                 << QStringLiteral("https");
    QTest::newRow("ca number") << QByteArray(R"({"url":"https://h.example:443","caFile":1})")
                               << QStringLiteral("caFile");
}

void tst_ExitSettings::skipsBadExitEntries()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, reason);

    const QByteArray json = R"({"exits":[{"url":"http://good.example:80#DE","id":"good"},)" + entry +
                            R"(,{"url":"http://also.example:80#DE"}]})";
    ExitSettings s;
    QStringList errors;
    s.applyJson(parse(json), &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(QLatin1String("exits[1]")), qPrintable(errors.first()));
    QVERIFY2(errors.first().contains(reason), qPrintable(errors.first()));
    QVERIFY2(errors.first().endsWith(QLatin1String("skipped")), qPrintable(errors.first()));
    QVERIFY(!errors.first().contains(QLatin1String("pw123456")));
    QCOMPARE(s.exits.size(), 2);
    QCOMPARE(s.exits.at(0).id, QStringLiteral("good"));
    QCOMPARE(s.exits.at(1).id, QStringLiteral("de-also-example-80"));
}

void tst_ExitSettings::passwordKeyIsIgnoredAndNeverWritten()
{
    const QByteArray json =
        R"({"exits":[{"url":"socks5://bob@h.example:1080#SE","id":"se","password":"correct-horse-battery"}]})";
    ExitSettings s;
    QStringList errors;
    s.applyJson(parse(json), &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(QLatin1String("exits[0].password")), qPrintable(errors.first()));
    QVERIFY2(errors.first().contains(QLatin1String("ignored")), qPrintable(errors.first()));
    QVERIFY(!errors.first().contains(QLatin1String("correct-horse")));
    QCOMPARE(s.exits.size(), 1); // the exit itself still loads
    QCOMPARE(s.exits.first().user, QStringLiteral("bob"));

    Settings settings;
    settings.exits = s;
    const QByteArray written = QJsonDocument(settings.toJson()).toJson();
    QVERIFY(!written.contains("correct-horse"));
    QVERIFY(!written.contains("\"password\""));
}

void tst_ExitSettings::duplicateIds()
{
    const QByteArray json = R"({"exits":[
        {"url":"http://a.example:80#DE","id":"same"},
        {"url":"http://b.example:80#DE","id":"same"},
        {"url":"http://c.example:80#DE","id":"other"}]})";
    ExitSettings s;
    QStringList errors;
    s.applyJson(parse(json), &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(QLatin1String("exits[1]")), qPrintable(errors.first()));
    QVERIFY2(errors.first().contains(QLatin1String("duplicate id")), qPrintable(errors.first()));
    QCOMPARE(s.exits.size(), 2);
    QCOMPARE(s.exits.at(0).host, QStringLiteral("a.example"));
    QCOMPARE(s.exits.at(1).id, QStringLiteral("other"));
}

void tst_ExitSettings::generatedIdsAreUnique()
{
    // Two users of one proxy share a default id; an explicit id later in the file keeps its name.
    const QByteArray json = R"({"exits":[
        {"url":"http://u1@p.example:80#DE"},
        {"url":"http://u2@p.example:80#DE"},
        {"url":"http://q.example:80#DE","id":"de-p-example-80-2"}]})";
    ExitSettings s;
    QStringList errors;
    s.applyJson(parse(json), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(joined(errors)));
    QCOMPARE(s.exits.size(), 3);
    QCOMPARE(s.exits.at(0).id, QStringLiteral("de-p-example-80"));
    QCOMPARE(s.exits.at(1).id, QStringLiteral("de-p-example-80-3"));
    QCOMPARE(s.exits.at(2).id, QStringLiteral("de-p-example-80-2"));
}

void tst_ExitSettings::badRegionPolicies_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("reason");

    QTest::newRow("not object") << QByteArray(R"("DE")") << QStringLiteral("object");
    QTest::newRow("no region") << QByteArray(R"({"policy":"fastest"})") << QStringLiteral("region");
    QTest::newRow("bad region") << QByteArray(R"({"region":"D"})") << QStringLiteral("region");
    QTest::newRow("bad policy") << QByteArray(R"({"region":"DE","policy":"random"})")
                                << QStringLiteral("policy");
    QTest::newRow("manual unknown") << QByteArray(R"({"region":"DE","policy":"manual","manualExit":"nope"})")
                                    << QStringLiteral("unknown exit \"nope\"");
    QTest::newRow("manual other region")
        << QByteArray(R"({"region":"DE","policy":"manual","manualExit":"nl"})")
        << QStringLiteral("not in region");
    QTest::newRow("manual missing") << QByteArray(R"({"region":"DE","policy":"manual"})")
                                    << QStringLiteral("manualExit");
    QTest::newRow("order object") << QByteArray(R"({"region":"DE","order":{}})") << QStringLiteral("order");
    QTest::newRow("duplicate region")
        << QByteArray(R"({"region":"nl","policy":"fastest"})") << QStringLiteral("already has a policy");
}

void tst_ExitSettings::badRegionPolicies()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, reason);

    const QByteArray json = R"({"exits":[{"url":"http://a.example:80#DE","id":"de"},
                                        {"url":"http://b.example:80#NL","id":"nl"}],
                              "regions":[{"region":"NL","policy":"balance"},)" +
                            entry + R"(]})";
    ExitSettings s;
    QStringList errors;
    s.applyJson(parse(json), &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(QLatin1String("regions[1]")), qPrintable(errors.first()));
    QVERIFY2(errors.first().contains(reason), qPrintable(errors.first()));
    QCOMPARE(s.regions.size(), 1);
    QCOMPARE(s.regions.first().policy, SelectionPolicy::Balance);
    QCOMPARE(s.exits.size(), 2);
}

void tst_ExitSettings::unknownExitInOrderIsDropped()
{
    const QByteArray json = R"({"exits":[{"url":"http://a.example:80#DE","id":"a"},
                                        {"url":"http://b.example:80#DE","id":"b"},
                                        {"url":"http://c.example:80#NL","id":"c"}],
                              "regions":[{"region":"de","policy":"failover","order":["ghost","b",7,"c","a","b"]}]})";
    ExitSettings s;
    QStringList errors;
    s.applyJson(parse(json), &errors);
    QCOMPARE(errors.size(), 3);
    QVERIFY2(errors.at(0).startsWith(QLatin1String("regions[0].order[0]")), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(0).contains(QLatin1String("unknown exit \"ghost\"")), qPrintable(errors.at(0)));
    QVERIFY2(errors.at(1).startsWith(QLatin1String("regions[0].order[2]")), qPrintable(errors.at(1)));
    QVERIFY2(errors.at(2).contains(QLatin1String("not in region DE")), qPrintable(errors.at(2)));
    QCOMPARE(s.regions.size(), 1);
    QCOMPARE(s.regions.first().region, QStringLiteral("DE"));
    QCOMPARE(s.regions.first().order, (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
}

void tst_ExitSettings::nonArrayKeepsPreviousList()
{
    ExitSettings s = sample();
    QStringList errors;
    s.applyJson(parse(R"({"exits":"none","regions":null})"), &errors);
    QCOMPARE(errors.size(), 2);
    QCOMPARE(s, sample());
}

void tst_ExitSettings::helpers()
{
    const ExitSettings s = sample();
    QCOMPARE(s.exitsInRegion(QStringLiteral("DE")).size(), 2); // disabled exits are listed too
    QCOMPARE(s.exitsInRegion(QStringLiteral("de")).size(), 2);
    QCOMPARE(s.exitsInRegion(QStringLiteral("NL")).size(), 1);
    QVERIFY(s.exitsInRegion(QStringLiteral("FR")).isEmpty());

    QVERIFY(s.findExit(QStringLiteral("de-b")));
    QCOMPARE(s.findExit(QStringLiteral("de-b"))->host, QStringLiteral("2001:db8::2"));
    QVERIFY(!s.findExit(QStringLiteral("missing")));

    const RegionPolicy de = s.policyFor(QStringLiteral("de"));
    QCOMPARE(de.policy, SelectionPolicy::Balance);
    QCOMPARE(de.order, (QStringList{QStringLiteral("de-b"), QStringLiteral("de-a")}));

    ExitSettings plain = s;
    plain.regions.clear();
    const RegionPolicy fallback = plain.policyFor(QStringLiteral("DE"));
    QCOMPARE(fallback.region, QStringLiteral("DE"));
    QCOMPARE(fallback.policy, SelectionPolicy::Failover);
    QCOMPARE(fallback.order, (QStringList{QStringLiteral("de-a"), QStringLiteral("de-b")}));
    QVERIFY(plain.policyFor(QStringLiteral("FR")).order.isEmpty());
}

QTEST_APPLESS_MAIN(tst_ExitSettings)
#include "tst_exitsettings.moc"
