// Privacy filters on plain-HTTP requests: Referer trimming, Sec-GPC/DNT, tracking-parameter
// stripping ("$removeparam" list filters included), User-Agent override, exceptions, settings.

#include "privacy/PrivacyFilter.h"
#include "rules/Blocklist.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Veil;

namespace {

PrivacySettings onlyReferer(RefererPolicy policy)
{
    PrivacySettings s;
    s.referer = policy;
    s.gpc = false;
    s.dnt = false;
    s.stripParams = false;
    return s;
}

PrivacySettings onlyParams()
{
    PrivacySettings s;
    s.referer = RefererPolicy::Keep;
    s.gpc = false;
    return s;
}

std::shared_ptr<const Blocklist> compileList(const QByteArray &text)
{
    QList<Blocklist::Input> inputs;
    inputs.append(
        Blocklist::Input{BlocklistSource{QStringLiteral("list"), QStringLiteral("list.txt")}, text, {}, {}});
    return Blocklist::compile(inputs);
}

} // namespace

class tst_PrivacyFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referer_data();
    void referer();
    void stripQuery_data();
    void stripQuery();
    void unchangedQueryIsNotCopied();
    void applyReportsEveryChange();
    void headersAlreadySetAreNoChange();
    void exceptionsChangeNothing_data();
    void exceptionsChangeNothing();
    void disabledChangesNothing();
    void removeParamFromLists_data();
    void removeParamFromLists();
    void settingsRoundTrip();
    void settingsRejectBadFields_data();
    void settingsRejectBadFields();
    void paramAndExceptionLists_data();
    void paramAndExceptionLists();
};

void tst_PrivacyFilter::referer_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("referer"); ///< "-": none
    QTest::addColumn<QByteArray>("sent");    ///< "-": removed
    QTest::addColumn<QByteArray>("change");

    const QByteArray page = "http://news.example.com/story?id=7#top";
    QTest::newRow("same host kept") << "origin" << QByteArray("news.example.com") << page << page
                                    << QByteArray();
    QTest::newRow("same site kept") << "drop" << QByteArray("cdn.example.com") << page << page
                                    << QByteArray();
    QTest::newRow("public suffix is not a site")
        << "origin" << QByteArray("b.github.io") << QByteArray("http://a.github.io/x")
        << QByteArray("http://a.github.io/") << QByteArray("referer:origin");
    QTest::newRow("cross-site origin")
        << "origin" << QByteArray("ads.example.net") << page << QByteArray("http://news.example.com/")
        << QByteArray("referer:origin");
    QTest::newRow("cross-site origin keeps port")
        << "origin" << QByteArray("ads.example.net") << QByteArray("http://user:pw@news.example.com:8080/a?b")
        << QByteArray("http://news.example.com:8080/") << QByteArray("referer:origin");
    QTest::newRow("cross-site origin drops default port")
        << "origin" << QByteArray("ads.example.net") << QByteArray("http://news.example.com:80/a")
        << QByteArray("http://news.example.com/") << QByteArray("referer:origin");
    QTest::newRow("already an origin")
        << "origin" << QByteArray("ads.example.net") << QByteArray("http://news.example.com/")
        << QByteArray("http://news.example.com/") << QByteArray();
    QTest::newRow("cross-site drop") << "drop" << QByteArray("ads.example.net") << page << QByteArray("-")
                                     << QByteArray("referer:drop");
    QTest::newRow("cross-site keep") << "keep" << QByteArray("ads.example.net") << page << page
                                     << QByteArray();
    QTest::newRow("https to http cross-site is dropped")
        << "origin" << QByteArray("ads.example.net") << QByteArray("https://bank.example.com/account")
        << QByteArray("-") << QByteArray("referer:drop");
    QTest::newRow("https to http same-site kept")
        << "origin" << QByteArray("www.example.com") << QByteArray("https://bank.example.com/account")
        << QByteArray("https://bank.example.com/account") << QByteArray();
    QTest::newRow("ipv6 referer") << "origin" << QByteArray("ads.example.net")
                                  << QByteArray("http://[::1]:81/p") << QByteArray("http://[::1]:81/")
                                  << QByteArray("referer:origin");
    QTest::newRow("malformed is dropped")
        << "origin" << QByteArray("ads.example.net") << QByteArray("not a url") << QByteArray("-")
        << QByteArray("referer:drop");
    QTest::newRow("no host is dropped")
        << "origin" << QByteArray("ads.example.net") << QByteArray("file:///etc/passwd") << QByteArray("-")
        << QByteArray("referer:drop");
    QTest::newRow("malformed kept with keep")
        << "keep" << QByteArray("ads.example.net") << QByteArray("not a url") << QByteArray("not a url")
        << QByteArray();
    QTest::newRow("no referer") << "drop" << QByteArray("ads.example.net") << QByteArray("-")
                                << QByteArray("-") << QByteArray();
}

void tst_PrivacyFilter::referer()
{
    QFETCH(QString, policy);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, referer);
    QFETCH(QByteArray, sent);
    QFETCH(QByteArray, change);
    RefererPolicy p{};
    QVERIFY(parseRefererPolicy(policy, &p));
    const PrivacyFilter filter(onlyReferer(p));
    Http::Headers headers;
    headers.append("Accept", "*/*");
    if (referer != "-") {
        headers.append("Referer", referer);
    }
    QByteArray target = "/";
    const QByteArrayList changes = filter.apply(host, &target, &headers);
    QCOMPARE(PrivacyFilter::join(changes), change);
    QCOMPARE(headers.contains("Referer"), sent != "-");
    if (sent != "-") {
        QCOMPARE(headers.value("Referer"), sent);
    }
    QCOMPARE(headers.value("Accept"), QByteArray("*/*"));
}

void tst_PrivacyFilter::stripQuery_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("changes");

    QTest::newRow("no query") << QByteArray("/a/b") << QByteArray("/a/b") << QByteArray();
    QTest::newRow("empty query") << QByteArray("/a?") << QByteArray("/a?") << QByteArray();
    QTest::newRow("nothing tracked") << QByteArray("/s?q=veil&page=2") << QByteArray("/s?q=veil&page=2")
                                     << QByteArray();
    QTest::newRow("first") << QByteArray("/s?fbclid=X&q=a%20b&page=2") << QByteArray("/s?q=a%20b&page=2")
                           << QByteArray("param:fbclid");
    QTest::newRow("middle") << QByteArray("/s?q=1&gclid=Y&page=2") << QByteArray("/s?q=1&page=2")
                            << QByteArray("param:gclid");
    QTest::newRow("last") << QByteArray("/s?q=1&page=2&mc_eid=Z") << QByteArray("/s?q=1&page=2")
                          << QByteArray("param:mc_eid");
    QTest::newRow("all stripped, no ?") << QByteArray("/p?utm_source=a&utm_medium=b") << QByteArray("/p")
                                        << QByteArray("param:utm_source,param:utm_medium");
    QTest::newRow("utm_ wildcard") << QByteArray("/p?utm_campaign=x&utm=keep&utm_=y")
                                   << QByteArray("/p?utm=keep")
                                   << QByteArray("param:utm_campaign,param:utm_");
    QTest::newRow("repeated once in changes")
        << QByteArray("/p?fbclid=1&a=2&fbclid=3") << QByteArray("/p?a=2") << QByteArray("param:fbclid");
    QTest::newRow("name without value")
        << QByteArray("/p?a&fbclid&b=") << QByteArray("/p?a&b=") << QByteArray("param:fbclid");
    QTest::newRow("encoded name") << QByteArray("/p?utm%5Fsource=a&q=%26") << QByteArray("/p?q=%26")
                                  << QByteArray("param:utm%5Fsource");
    QTest::newRow("case-sensitive") << QByteArray("/p?FBCLID=1&Utm_source=2")
                                    << QByteArray("/p?FBCLID=1&Utm_source=2") << QByteArray();
    QTest::newRow("value that looks tracked")
        << QByteArray("/p?q=fbclid&r=utm_x") << QByteArray("/p?q=fbclid&r=utm_x") << QByteArray();
    QTest::newRow("empty segments kept")
        << QByteArray("/p?a=1&&gclid=2&b=3") << QByteArray("/p?a=1&&b=3") << QByteArray("param:gclid");
    QTest::newRow("trailing separator")
        << QByteArray("/p?gclid=2&") << QByteArray("/p") << QByteArray("param:gclid");
    QTest::newRow("order and encoding kept")
        << QByteArray("/p?z=%2F+1&fbclid=a&y=%C3%A9&x=1;2") << QByteArray("/p?z=%2F+1&y=%C3%A9&x=1;2")
        << QByteArray("param:fbclid");
    QTest::newRow("comma in name is escaped")
        << QByteArray("/p?utm_a,b=1") << QByteArray("/p") << QByteArray("param:utm_a%2Cb");
}

void tst_PrivacyFilter::stripQuery()
{
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, changes);
    const PrivacyFilter filter(onlyParams());
    QByteArrayList list;
    QCOMPARE(filter.stripQuery(&target, {}, &list), !changes.isEmpty());
    QCOMPARE(target, expected);
    QCOMPARE(PrivacyFilter::join(list), changes);
}

void tst_PrivacyFilter::unchangedQueryIsNotCopied()
{
    const PrivacyFilter filter(onlyParams());
    QByteArray target = "/s?q=veil&page=2";
    const char *before = target.constData();
    QByteArrayList list;
    QVERIFY(!filter.stripQuery(&target, {}, &list));
    QCOMPARE(target.constData(), before);
}

void tst_PrivacyFilter::applyReportsEveryChange()
{
    PrivacySettings s;
    s.dnt = true;
    s.userAgent = QStringLiteral("Mozilla/5.0 (Veil)");
    const PrivacyFilter filter(s);
    Http::Headers headers;
    headers.append("User-Agent", "curl/8");
    headers.append("Referer", "http://news.example.com/a?b");
    QByteArray target = "/x?utm_source=n&id=1";
    const QByteArrayList changes = filter.apply("ads.example.net", &target, &headers);
    QCOMPARE(PrivacyFilter::join(changes), QByteArray("referer:origin,gpc,dnt,ua,param:utm_source"));
    QCOMPARE(target, QByteArray("/x?id=1"));
    QCOMPARE(headers.value("Sec-GPC"), QByteArray("1"));
    QCOMPARE(headers.value("DNT"), QByteArray("1"));
    QCOMPARE(headers.count("User-Agent"), 1);
    QCOMPARE(headers.value("User-Agent"), QByteArray("Mozilla/5.0 (Veil)"));
}

void tst_PrivacyFilter::headersAlreadySetAreNoChange()
{
    PrivacySettings s;
    s.dnt = true;
    s.userAgent = QStringLiteral("UA");
    const PrivacyFilter filter(s);
    Http::Headers headers;
    headers.append("Sec-GPC", "1");
    headers.append("DNT", "1");
    headers.append("User-Agent", "UA");
    QByteArray target = "/";
    QVERIFY(filter.apply("example.com", &target, &headers).isEmpty());
    // A different value is replaced, never doubled.
    headers.set("DNT", "0");
    QCOMPARE(PrivacyFilter::join(filter.apply("example.com", &target, &headers)), QByteArray("dnt"));
    QCOMPARE(headers.count("DNT"), 1);
    QCOMPARE(headers.value("DNT"), QByteArray("1"));
}

void tst_PrivacyFilter::exceptionsChangeNothing_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("excepted");
    QTest::newRow("the host") << QByteArray("shop.example") << true;
    QTest::newRow("a subdomain") << QByteArray("www.shop.example") << true;
    QTest::newRow("a lookalike") << QByteArray("myshop.example") << false;
    QTest::newRow("a parent") << QByteArray("example") << false;
}

void tst_PrivacyFilter::exceptionsChangeNothing()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, excepted);
    PrivacySettings s;
    s.exceptions = {QStringLiteral("shop.example")};
    s.userAgent = QStringLiteral("UA");
    const PrivacyFilter filter(s);
    QCOMPARE(filter.isException(host), excepted);
    Http::Headers headers;
    headers.append("Referer", "http://elsewhere.test/page");
    QByteArray target = "/?fbclid=1";
    const QByteArrayList changes = filter.apply(host, &target, &headers, RemoveParamMatch{{}, true, {}});
    QCOMPARE(changes.isEmpty(), excepted);
    QCOMPARE(target == "/?fbclid=1", excepted);
    QCOMPARE(headers.size(), excepted ? 1 : 3);
}

void tst_PrivacyFilter::disabledChangesNothing()
{
    PrivacySettings s;
    s.enabled = false;
    s.dnt = true;
    s.userAgent = QStringLiteral("UA");
    const PrivacyFilter filter(s);
    QVERIFY(!filter.isEnabled());
    QVERIFY(!filter.stripsParams());
    Http::Headers headers;
    headers.append("Referer", "http://elsewhere.test/page");
    QByteArray target = "/?utm_source=1";
    QVERIFY(filter.apply("example.com", &target, &headers, RemoveParamMatch{{}, true, {}}).isEmpty());
    QCOMPARE(target, QByteArray("/?utm_source=1"));
    QCOMPARE(headers.size(), 1);
    QVERIFY(PrivacyFilter().apply("example.com", &target, &headers).isEmpty());
}

void tst_PrivacyFilter::removeParamFromLists_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QByteArray>("expected");

    const QByteArray t = "/p?ref=a&sid=b&q=c";
    QTest::newRow("any host") << QByteArray("$removeparam=ref") << QByteArray("a.test") << t
                              << QByteArray("/p?sid=b&q=c");
    QTest::newRow("star pattern") << QByteArray("*$removeparam=sid") << QByteArray("a.test") << t
                                  << QByteArray("/p?ref=a&q=c");
    QTest::newRow("host scoped, its host") << QByteArray("||shop.test^$removeparam=sid")
                                           << QByteArray("www.shop.test") << t << QByteArray("/p?ref=a&q=c");
    QTest::newRow("host scoped, another host")
        << QByteArray("||shop.test^$removeparam=sid") << QByteArray("other.test") << t << t;
    QTest::newRow("host scoped, all")
        << QByteArray("||shop.test^$removeparam") << QByteArray("shop.test") << t << QByteArray("/p");
    QTest::newRow("all but an exception")
        << QByteArray("||shop.test^$removeparam\n@@||shop.test^$removeparam=q") << QByteArray("shop.test")
        << t << QByteArray("/p?q=c");
    QTest::newRow("exception for a host") << QByteArray("$removeparam=ref\n@@||keep.test^$removeparam=ref")
                                          << QByteArray("keep.test") << t << t;
    QTest::newRow("exception elsewhere") << QByteArray("$removeparam=ref\n@@||keep.test^$removeparam=ref")
                                         << QByteArray("a.test") << t << QByteArray("/p?sid=b&q=c");
    QTest::newRow("exception for everything")
        << QByteArray("$removeparam=ref\n@@||keep.test^$removeparam") << QByteArray("keep.test") << t << t;
    QTest::newRow("never blocks") << QByteArray("||shop.test^$removeparam=sid") << QByteArray("shop.test")
                                  << QByteArray("/p") << QByteArray("/p");
    QTest::newRow("badfiltered") << QByteArray("$removeparam=ref\n$removeparam=ref,badfilter")
                                 << QByteArray("a.test") << t << t;
}

void tst_PrivacyFilter::removeParamFromLists()
{
    QFETCH(QByteArray, list);
    QFETCH(QByteArray, host);
    QFETCH(QByteArray, target);
    QFETCH(QByteArray, expected);
    const auto blocklist = compileList(list);
    const QByteArray url = "http://" + host + target;
    QVERIFY(!blocklist->match(BlockRequest{host, url, url, {}, {}}).blocked);
    QCOMPARE(blocklist->hostRuleCount() + blocklist->urlRuleCount(), 0);
    PrivacySettings s = onlyParams();
    s.params.clear();
    const PrivacyFilter filter(s);
    QByteArrayList changes;
    filter.stripQuery(&target, blocklist->removeParams().match(host, ~quint64(0)), &changes);
    QCOMPARE(target, expected);
    // A list that is not enabled for blocking feeds nothing.
    QVERIFY(blocklist->removeParams().match(host, 0).isEmpty());
}

void tst_PrivacyFilter::settingsRoundTrip()
{
    PrivacySettings s;
    QVERIFY(s.enabled);
    QCOMPARE(s.referer, RefererPolicy::Origin);
    QVERIFY(s.gpc);
    QVERIFY(!s.dnt);
    QVERIFY(s.stripParams);
    QVERIFY(s.params.contains(QStringLiteral("utm_*")));
    QVERIFY(s.params.contains(QStringLiteral("fbclid")));
    QVERIFY(s.userAgent.isEmpty());
    s.enabled = false;
    s.referer = RefererPolicy::Drop;
    s.gpc = false;
    s.dnt = true;
    s.stripParams = false;
    s.params = {QStringLiteral("ref"), QStringLiteral("pk_*")};
    s.userAgent = QStringLiteral("Mozilla/5.0");
    s.exceptions = {QStringLiteral("shop.example")};
    PrivacySettings back;
    QStringList errors;
    back.applyJson(s.toJson(), &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(back, s);
    QCOMPARE(
        s.toJson().value(QStringLiteral("privacy")).toObject().value(QStringLiteral("referer")).toString(),
        QStringLiteral("drop"));
}

void tst_PrivacyFilter::settingsRejectBadFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("referer unknown") << "referer" << QJsonValue(QStringLiteral("strict"))
                                     << "privacy.referer: must be";
    QTest::newRow("referer not a string") << "referer" << QJsonValue(1) << "privacy.referer: must be";
    QTest::newRow("gpc not bool") << "gpc" << QJsonValue(QStringLiteral("yes"))
                                  << "privacy.gpc: must be true";
    QTest::newRow("ua with newline") << "userAgent" << QJsonValue(QStringLiteral("a\r\nX-Evil: 1"))
                                     << "privacy.userAgent: only printable";
    QTest::newRow("ua too long") << "userAgent" << QJsonValue(QString(600, QLatin1Char('a')))
                                 << "privacy.userAgent: at most 512";
    QTest::newRow("params not array")
        << "params" << QJsonValue(QStringLiteral("utm_*")) << "privacy.params: must be";
    QTest::newRow("param lone star") << "params" << QJsonValue(QJsonArray{QStringLiteral("*")})
                                     << "privacy.params: \"*\" alone";
    QTest::newRow("param with =") << "params" << QJsonValue(QJsonArray{QStringLiteral("a=b")})
                                  << "privacy.params: \"a=b\" is not";
    QTest::newRow("param inner star")
        << "params" << QJsonValue(QJsonArray{QStringLiteral("a*b")}) << "privacy.params: \"a*b\" is not";
    QTest::newRow("exception not a host")
        << "exceptions" << QJsonValue(QJsonArray{QStringLiteral("http://x/")})
        << "privacy.exceptions: \"http://x/\" is not a host";
}

void tst_PrivacyFilter::settingsRejectBadFields()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    PrivacySettings s;
    const PrivacySettings before = s;
    QStringList errors;
    // The bad field is reported and keeps its value; the good one next to it still applies.
    s.applyJson(
        QJsonObject{{QStringLiteral("privacy"), QJsonObject{{field, value}, {QStringLiteral("dnt"), true}}}},
        &errors);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().startsWith(message), qPrintable(errors.constFirst()));
    QVERIFY(errors.constFirst().endsWith(QStringLiteral("keeping the previous value")));
    QVERIFY(s.dnt);
    s.dnt = false;
    QCOMPARE(s, before);

    QStringList notObject;
    s.applyJson(QJsonObject{{QStringLiteral("privacy"), 3}}, &notObject);
    QCOMPARE(notObject.size(), 1);
}

void tst_PrivacyFilter::paramAndExceptionLists_data()
{
    QTest::addColumn<QString>("params");
    QTest::addColumn<QString>("exceptions");
    QTest::addColumn<QStringList>("expectedParams");
    QTest::addColumn<QStringList>("expectedExceptions");
    QTest::addColumn<bool>("ok");
    QTest::newRow("lines") << "utm_*\n fbclid \n\nfbclid"
                           << "Shop.Example\n*.bank.test, .news.test"
                           << QStringList{QStringLiteral("utm_*"), QStringLiteral("fbclid")}
                           << QStringList{QStringLiteral("shop.example"), QStringLiteral("bank.test"),
                                          QStringLiteral("news.test")}
                           << true;
    QTest::newRow("empty") << ""
                           << "" << QStringList() << QStringList() << true;
    QTest::newRow("bad param") << "a&b"
                               << "" << QStringList() << QStringList() << false;
    QTest::newRow("bad host") << ""
                              << "a/b" << QStringList() << QStringList() << false;
}

void tst_PrivacyFilter::paramAndExceptionLists()
{
    QFETCH(QString, params);
    QFETCH(QString, exceptions);
    QFETCH(QStringList, expectedParams);
    QFETCH(QStringList, expectedExceptions);
    QFETCH(bool, ok);
    QStringList p;
    QStringList e;
    const QString problem = parseParamList(params, &p) + parseExceptionList(exceptions, &e);
    QCOMPARE(problem.isEmpty(), ok);
    if (ok) {
        QCOMPARE(p, expectedParams);
        QCOMPARE(e, expectedExceptions);
    }
}

QTEST_GUILESS_MAIN(tst_PrivacyFilter)
#include "tst_privacyfilter.moc"
