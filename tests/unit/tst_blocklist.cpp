// The compiled blocklist matcher: host suffixes at label boundaries, URL patterns on plain HTTP,
// regexes, precedence (important > exception > block), $badfilter, third-party and $domain=, and
// hostile lists that must load without crashing and say what they skipped.

#include "TestSupport.h"
#include "rules/Blocklist.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Veil;

namespace {

std::shared_ptr<const Blocklist> compileOne(const QByteArray &text, bool assumeThird = true,
                                            const QString &name = QStringLiteral("test"))
{
    return Blocklist::compile({Blocklist::Input{BlocklistSource{name, {}, assumeThird}, text, {}}});
}

struct Req
{
    QByteArray host;
    QByteArray url; ///< plain HTTP when set
    QByteArray source;
    Party party = Party::Unknown;
};

BlockMatch run(const Blocklist &list, const Req &r, quint64 mask = ~quint64(0))
{
    const QByteArray lower = r.url.toLower();
    BlockRequest b;
    b.host = r.host;
    b.url = r.url;
    b.urlLower = lower;
    b.sourceHost = r.source;
    b.party = r.party;
    return list.match(b, mask);
}

/** Host and path of "http://host/path" for a URL request. */
Req url(const QByteArray &u, const QByteArray &source = {}, Party party = Party::Unknown)
{
    const qsizetype begin = u.indexOf("://") + 3;
    qsizetype end = begin;
    while (end < u.size() && u[end] != '/' && u[end] != ':' && u[end] != '?') {
        ++end;
    }
    return Req{u.mid(begin, end - begin).toLower(), u, source, party};
}

} // namespace

class tst_Blocklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostSuffixes_data();
    void hostSuffixes();
    void urlPatterns_data();
    void urlPatterns();
    void regexIndexLosesNothing();
    void precedence_data();
    void precedence();
    void exceptionsCrossLists();
    void badfilter();
    void thirdParty_data();
    void thirdParty();
    void domainOption_data();
    void domainOption();
    void listMask();
    void reportsListLineAndPattern();
    void hostileRegexIsBounded();
    void hostileLists_data();
    void hostileLists();
    void millionLines();
    void hostTableMemory();
    void missingFile();
};

void tst_Blocklist::hostSuffixes_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("blocked");
    const QByteArray forms[] = {"||ads.example.com^",        "0.0.0.0 ads.example.com", "ads.example.com",
                                "127.0.0.1 ads.example.com", ":: ads.example.com",      "*.ads.example.com"};
    for (const QByteArray &form : forms) {
        QTest::addRow("%s / exact", form.constData()) << form << QByteArray("ads.example.com") << true;
        QTest::addRow("%s / sub", form.constData()) << form << QByteArray("x.ads.example.com") << true;
        QTest::addRow("%s / deep sub", form.constData())
            << form << QByteArray("a.b.c.ads.example.com") << true;
        QTest::addRow("%s / upper", form.constData()) << form << QByteArray("X.ADS.Example.Com") << true;
        QTest::addRow("%s / parent", form.constData()) << form << QByteArray("example.com") << false;
        QTest::addRow("%s / sibling", form.constData()) << form << QByteArray("bads.example.com") << false;
        QTest::addRow("%s / not a label", form.constData())
            << form << QByteArray("xads.example.com") << false;
        QTest::addRow("%s / longer tld", form.constData())
            << form << QByteArray("ads.example.com.evil") << false;
        QTest::addRow("%s / other", form.constData()) << form << QByteArray("example.org") << false;
        QTest::addRow("%s / empty", form.constData()) << form << QByteArray() << false;
    }
    QTest::addRow("ip literal") << QByteArray("1.2.3.4") << QByteArray("1.2.3.4") << true;
    QTest::addRow("ip literal other") << QByteArray("1.2.3.4") << QByteArray("1.2.3.5") << false;
    QTest::addRow("tld rule") << QByteArray("||zip^") << QByteArray("files.zip") << true;
}

void tst_Blocklist::hostSuffixes()
{
    QFETCH(QByteArray, list);
    QFETCH(QByteArray, host);
    QFETCH(bool, blocked);
    const auto bl = compileOne(list);
    QCOMPARE(bl->hostRuleCount(), 1);
    // Tunnels see the host only; the matcher lower-cases as it hashes.
    QCOMPARE(run(*bl, Req{host, {}, {}, Party::Unknown}).blocked, blocked);
}

void tst_Blocklist::urlPatterns_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<QByteArray>("url");
    QTest::addColumn<bool>("blocked");
    auto row = [](const char *filter, const char *u, bool blocked) {
        QTest::addRow("%s | %s", filter, u) << QByteArray(filter) << QByteArray(u) << blocked;
    };
    row("/banner/*", "http://site.example/img/banner/1.gif", true);
    row("/banner/*", "http://site.example/img/banners/1.gif", false);
    row("/banner/", "http://site.example/img/banners/1.gif", true); // "/…/" is a regex: "banner"
    row("/banner/*/img^", "http://site.example/banner/foo/img/x", true);
    row("/banner/*/img^", "http://site.example/banner/foo/img", true); // '^' matches the end
    row("/banner/*/img^", "http://site.example/banner/foo/imgx", false);
    row("/banner/*/img^", "http://site.example/banner/foo/img.png", false); // '.' is no separator
    row("/banner/*/img^", "http://site.example/banner/foo/img?x", true);
    row("&ad_type=", "http://site.example/?a=1&ad_type=x", true);
    row("&ad_type=", "http://site.example/?ad_type=x", false);
    row("|http://ads.", "http://ads.site.example/", true);
    row("|http://ads.", "http://site.example/?u=http://ads.x", false);
    row("ad.php|", "http://site.example/ad.php", true);
    row("ad.php|", "http://site.example/ad.php?x", false);
    row("||site.example/ads/", "http://site.example/ads/1", true);
    row("||site.example/ads/", "http://www.site.example/ads/1", true);
    row("||site.example/ads/", "http://badsite.example/ads/1", false);
    row("||site.example/ads/", "http://other.example/site.example/ads/", false);
    row("||site.example^*/track", "http://site.example/a/b/track?x", true);
    row("||site.example^*/track", "http://site.example.evil/a/track", false);
    row("||site.example:8080/x", "http://site.example:8080/x", true);
    row("||site.example:8080/x", "http://site.example/x", false);
    row("/ADS/Banner.$match-case", "http://s.example/ADS/Banner.gif", true);
    row("/ADS/Banner.$match-case", "http://s.example/ads/banner.gif", false);
    row("/ads/banner.", "http://S.EXAMPLE/ADS/BANNER.GIF", true);
    row("-ad-banner.", "http://s.example/x-ad-banner.png", true);
    row("-ad-banner.", "http://s.example/x-ad-banners.png", false);
    row("^ad^", "http://s.example/ad/", true);
    row("^ad^", "http://s.example/ad", true);
    row("^ad^", "http://s.example/bad/", false);
    row("a*b*c*d", "http://s.example/aXbXcXd", true);
    row("a*b*c*d", "http://s.example/aXbXcX", false);
    row("|http://s.example/x|", "http://s.example/x", true);
    row("|http://s.example/x|", "http://s.example/xy", false);
    row("/^http:\\/\\/[a-z]+\\.example\\/ads[0-9]+/", "http://s.example/ads42", true);
    row("/^http:\\/\\/[a-z]+\\.example\\/ads[0-9]+/", "http://s.example/adsx", false);
    row("/ads[0-9]+$/", "http://s.example/ads42", true);
    row("/ads[0-9]+$/", "http://s.example/ads42/x", false);
    row("/ADS[0-9]/", "http://s.example/ads1", true);
    row("/ADS[0-9]/$match-case", "http://s.example/ads1", false);
    row("%20ad%20", "http://s.example/x%20ad%20y", true);
    row("?ref=", "http://s.example/p?ref=1", true);
    row("?ref=", "http://s.example/p?xref=1", false);
    // Floating patterns are tried where their leading literal occurs: a later occurrence must
    // still match when an earlier one fails.
    row("ad^x", "http://s.example/adz/ad/x", true);
    row("ad^x", "http://s.example/adz/adx", false);
    row("ad*x|", "http://s.example/adx/ad-y", false);
    row("ad*x|", "http://s.example/ad-y/adq-x", true);
    row("ad.js|", "http://s.example/ad.js/ad.js", true);
    row("ad.js|", "http://s.example/ad.js/ad.jsx", false);
    // A floating pattern indexed under a token starts where that token puts it: every occurrence
    // of the token in the URL is tried, not only the first.
    row("/banner/ad.", "http://s.example/banner/x/banner/ad.gif", true);
    row("/banner/ad.", "http://s.example/banner/x/banners/ad.gif", false);
    row("x^banner^", "http://s.example/x/banner/", true);
    row("x^banner^", "http://s.example/xbanner/", false);
    row("^banner^", "http://s.example/banner", true);
    row("&ad_type=", "http://site.example/?ad_type=1&ad_type=x", true);
    row("ad*/banner/", "http://s.example/ad/x/banner/", true);
    row("ad*/banner/", "http://s.example/x/banner/ad", false);
    // Regex filters are indexed under a token their RE2 prefilter proves every match contains.
    row("/(https?:\\/\\/)104\\.154\\..{20,}/", "http://104.154.1.2/aaaaaaaaaaaaaaaaaaaaaaaa", true);
    row("/(https?:\\/\\/)104\\.154\\..{20,}/", "https://104.154.1.2/aaaaaaaaaaaaaaaaaaaaaaaa", true);
    row("/(https?:\\/\\/)104\\.154\\..{20,}/", "http://104.154.1.2/a", false);
    row("/(https?:\\/\\/)104\\.154\\..{20,}/", "http://104.155.1.2/aaaaaaaaaaaaaaaaaaaaaaaa", false);
    row("/\\.example\\/track\\/[a-z]+\\?id=/", "http://s.example/track/abc?id=1", true);
    row("/\\.example\\/track\\/[a-z]+\\?id=/", "http://s.example/tracks/abc?id=1", false);
    row("/\\/(adserver|adbanner)[0-9]+\\.js/", "http://s.example/adbanner12.js", true);
    row("/\\/(adserver|adbanner)[0-9]+\\.js/", "http://s.example/adbanner.js", false);
    row("/\\/Track\\/[0-9]+\\//$match-case", "http://s.example/Track/12/", true);
    row("/\\/Track\\/[0-9]+\\//$match-case", "http://s.example/track/12/", false);
    row("/реклама\\/[0-9]/", "http://s.example/реклама/1", true); // UTF-8 semantics kept
    row("/[а-я]{3}\\.gif/", "http://s.example/абв.gif", true);
    row("/[а-я]{3}\\.gif/", "http://s.example/abc.gif", false);
}

void tst_Blocklist::urlPatterns()
{
    QFETCH(QByteArray, filter);
    QFETCH(QByteArray, url);
    QFETCH(bool, blocked);
    const auto bl = compileOne(filter);
    QCOMPARE(bl->urlRuleCount(), 1);
    const BlockMatch m = run(*bl, ::url(url));
    QCOMPARE(m.blocked, blocked);
    if (blocked) {
        QCOMPARE(m.hit.pattern, filter);
        QCOMPARE(m.hit.line, 1u);
    }
    // URL filters never apply to tunnels, where only the host is known.
    QVERIFY(!run(*bl, Req{::url(url).host, {}, {}, Party::Unknown}).blocked);
}

void tst_Blocklist::regexIndexLosesNothing()
{
    // The token index for regex filters must never hide a match: every regex, compiled together
    // (so they share the index), against URLs built to match and to nearly match, compared with
    // an independent engine (PCRE2 through QRegularExpression, case-insensitive like the lists).
    const QList<QByteArray> regexes{
        "(https?:\\/\\/)104\\.154\\..{20,}",
        "^https?:\\/\\/[a-z]{8,15}\\.(com|net)\\/[0-9a-f]{6}\\/",
        "\\/(ads?|banner)[-_]?[0-9]+x[0-9]+\\.(gif|png)",
        "track(ing)?\\.php\\?(id|uid)=[0-9]+",
        "\\.(cloudfront|akamaized)\\.net\\/[a-z0-9]{10}\\.js",
        "pixel(s)?\\/v[0-9]\\/collect",
        "[?&](utm|fb)_[a-z]+=",
        "\\/wp-content\\/plugins\\/[a-z-]+\\/track\\.js$",
        "^http:\\/\\/[0-9]{1,3}(\\.[0-9]{1,3}){3}\\/",
        "\\/api\\/v[12]\\/(collect|event)s?\\?",
    };
    QByteArray text;
    for (const QByteArray &re : regexes) {
        text += '/' + re + "/\n";
    }
    const auto bl = compileOne(text);
    QCOMPARE(bl->urlRuleCount(), regexes.size());
    const QList<QByteArray> urls{
        "http://104.154.1.2/aaaaaaaaaaaaaaaaaaaaaaaa",
        "https://104.154.9.9/x/yyyyyyyyyyyyyyyyyyyyy",
        "http://104.154.1.2/short",
        "http://abcdefghij.com/0a1b2c/x",
        "http://abcdefghij.org/0a1b2c/x",
        "http://abc.com/0a1b2c/x",
        "http://s.example/ad-300x250.gif",
        "http://s.example/banner_728x90.png",
        "http://s.example/ads728x90.gif",
        "http://s.example/banners-728x90.gif",
        "http://s.example/tracking.php?uid=7",
        "http://s.example/track.php?id=12",
        "http://s.example/track.php?sid=12",
        "http://d1.cloudfront.net/abcdefghij.js",
        "http://x.akamaized.net/0123456789.js",
        "http://x.akamaized.net/012345678.js",
        "http://s.example/pixels/v2/collect",
        "http://s.example/pixel/v9/collect?x",
        "http://s.example/pixel/vx/collect",
        "http://s.example/?utm_source=x",
        "http://s.example/p?a=1&fb_ref=2",
        "http://s.example/p?utmsource=x",
        "http://s.example/wp-content/plugins/my-plugin/track.js",
        "http://s.example/wp-content/plugins/my-plugin/track.js?v=1",
        "http://10.0.0.1/x",
        "http://10.0.0/x",
        "http://s.example/api/v1/collect?x",
        "http://s.example/api/v2/events?y",
        "http://s.example/api/v3/collect?x",
        "http://S.EXAMPLE/API/V1/COLLECT?X",
        "http://s.example/",
        "http://s.example/nothing/here?at=all",
    };
    for (const QByteArray &u : urls) {
        bool expected = false;
        for (const QByteArray &re : regexes) {
            const QRegularExpression oracle(QString::fromUtf8(re), QRegularExpression::CaseInsensitiveOption);
            QVERIFY2(oracle.isValid(), re.constData());
            expected = expected || oracle.match(QString::fromUtf8(u)).hasMatch();
        }
        QVERIFY2(run(*bl, url(u)).blocked == expected, u.constData());
    }
}

void tst_Blocklist::precedence_data()
{
    QTest::addColumn<QByteArray>("list");
    QTest::addColumn<QByteArray>("target"); // host, or an http:// URL
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<quint32>("line"); // of the deciding filter; 0: none
    auto row = [](const char *name, const char *list, const char *target, bool blocked, quint32 line) {
        QTest::addRow("%s", name) << QByteArray(list) << QByteArray(target) << blocked << line;
    };
    row("block", "||a.example^", "x.a.example", true, 1);
    row("exception beats block", "||a.example^\n@@||ok.a.example^", "ok.a.example", false, 2);
    row("exception order irrelevant", "@@||ok.a.example^\n||a.example^", "ok.a.example", false, 1);
    row("exception only its subtree", "||a.example^\n@@||ok.a.example^", "no.a.example", true, 1);
    row("important beats exception", "||a.example^$important\n@@||ok.a.example^", "ok.a.example", true, 1);
    row("important exception beats important", "||a.example^$important\n@@||ok.a.example^$important",
        "ok.a.example", false, 2);
    row("exception on parent", "||x.a.example^\n@@||a.example^", "x.a.example", false, 2);
    row("url exception beats host block", "||a.example^\n@@||a.example/ok/", "http://a.example/ok/1", false,
        2);
    row("url exception elsewhere", "||a.example^\n@@||a.example/ok/", "http://a.example/no/1", true, 1);
    row("url block vs host exception", "/ads/\n@@||a.example^", "http://a.example/ads/1", false, 2);
    row("important url beats host exception", "/ads/$important\n@@||a.example^", "http://a.example/ads/1",
        true, 1);
    row("regex exception", "||a.example^\n@@/ok[0-9]/", "http://a.example/ok1", false, 2);
    row("hosts and abp agree", "0.0.0.0 a.example\n@@||a.example^", "a.example", false, 2);
    row("nothing", "||a.example^", "b.example", false, 0);
}

void tst_Blocklist::precedence()
{
    QFETCH(QByteArray, list);
    QFETCH(QByteArray, target);
    QFETCH(bool, blocked);
    QFETCH(quint32, line);
    const auto bl = compileOne(list);
    const Req r = target.startsWith("http://") ? url(target) : Req{target, {}, {}, Party::Unknown};
    const BlockMatch m = run(*bl, r);
    QCOMPARE(m.blocked, blocked);
    QCOMPARE(m.hit.line, line);
    if (!blocked && line != 0) {
        QVERIFY(m.excepted());
        QVERIFY(m.overridden.line != 0); // the block it overrode is named too
    }
}

void tst_Blocklist::exceptionsCrossLists()
{
    // As in uBlock Origin, an exception in one list overrides a block in another.
    const auto bl = Blocklist::compile(
        {Blocklist::Input{BlocklistSource{QStringLiteral("ads"), {}, true}, "||cdn.example^", {}},
         Blocklist::Input{
             BlocklistSource{QStringLiteral("unbreak"), {}, true}, "! fixes\n@@||img.cdn.example^", {}}});
    const BlockMatch m = run(*bl, Req{"img.cdn.example", {}, {}, Party::Unknown});
    QVERIFY(!m.blocked);
    QCOMPARE(m.hit.list, 1);
    QCOMPARE(m.hit.line, 2u);
    QCOMPARE(m.overridden.list, 0);
    QVERIFY(run(*bl, Req{"js.cdn.example", {}, {}, Party::Unknown}).blocked);
}

void tst_Blocklist::badfilter()
{
    const auto bl = compileOne("||a.example^\n"
                               "0.0.0.0 b.example\n"
                               "||c.example^$third-party\n"
                               "/ads/\n"
                               "||d.example^\n"
                               "||a.example^$badfilter\n"
                               "||b.example^$badfilter\n"
                               "||c.example^$third-party,badfilter\n"
                               "/ads/$badfilter\n"
                               "||d.example^$important,badfilter\n");
    QVERIFY(!run(*bl, Req{"a.example", {}, {}, Party::Third}).blocked); // cancelled
    QVERIFY(
        !run(*bl, Req{"b.example", {}, {}, Party::Third}).blocked); // hosts entry cancelled as ||b.example^
    QVERIFY(!run(*bl, Req{"c.example", {}, {}, Party::Third}).blocked); // same options
    QVERIFY(!run(*bl, url("http://x.example/ads/1")).blocked);
    QVERIFY(run(*bl, Req{"d.example", {}, {}, Party::Third}).blocked); // options differ: not cancelled
    const BlocklistReport &report = bl->reports().at(0);
    QCOMPARE(report.badfilters, 5);
    QCOMPARE(report.skipped[std::size_t(SkipReason::BadFiltered)], 4);
    QCOMPARE(report.hostRules, 1);
}

void tst_Blocklist::thirdParty_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<QByteArray>("source"); // Referer host; empty: unknown
    QTest::addColumn<int>("party");
    QTest::addColumn<bool>("assumeThird");
    QTest::addColumn<bool>("blocked");
    const int unknown = int(Party::Unknown);
    const int first = int(Party::First);
    const int third = int(Party::Third);
    QTest::addRow("3p / third") << QByteArray("||t.example^$third-party") << QByteArray("news.example")
                                << third << true << true;
    QTest::addRow("3p / first") << QByteArray("||t.example^$third-party") << QByteArray("www.t.example")
                                << first << true << false;
    QTest::addRow("3p / unknown, assume third")
        << QByteArray("||t.example^$third-party") << QByteArray() << unknown << true << true;
    QTest::addRow("3p / unknown, assume first")
        << QByteArray("||t.example^$third-party") << QByteArray() << unknown << false << false;
    QTest::addRow("1p / first") << QByteArray("||t.example^$~third-party") << QByteArray("t.example") << first
                                << true << true;
    QTest::addRow("1p / third") << QByteArray("||t.example^$~third-party") << QByteArray("x.example") << third
                                << true << false;
    QTest::addRow("1p / unknown, assume third")
        << QByteArray("||t.example^$1p") << QByteArray() << unknown << true << false;
    QTest::addRow("1p / unknown, assume first")
        << QByteArray("||t.example^$1p") << QByteArray() << unknown << false << true;
    QTest::addRow("no option / any") << QByteArray("||t.example^") << QByteArray() << unknown << false
                                     << true;
}

void tst_Blocklist::thirdParty()
{
    QFETCH(QByteArray, filter);
    QFETCH(QByteArray, source);
    QFETCH(int, party);
    QFETCH(bool, assumeThird);
    QFETCH(bool, blocked);
    const auto bl = compileOne(filter, assumeThird);
    QCOMPARE(run(*bl, Req{"t.example", {}, source, Party(party)}).blocked, blocked);
}

void tst_Blocklist::domainOption_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<bool>("blocked");
    const QByteArray include = "||t.example^$domain=news.example|blog.example";
    const QByteArray exclude = "||t.example^$domain=~shop.example";
    const QByteArray both = "/ads/$domain=news.example|~local.news.example";
    QTest::addRow("include / page") << include << QByteArray("news.example") << true;
    QTest::addRow("include / subdomain page") << include << QByteArray("www.news.example") << true;
    QTest::addRow("include / second") << include << QByteArray("blog.example") << true;
    QTest::addRow("include / other page") << include << QByteArray("other.example") << false;
    QTest::addRow("include / unknown page") << include << QByteArray() << false;
    QTest::addRow("exclude / page") << exclude << QByteArray("shop.example") << false;
    QTest::addRow("exclude / other page") << exclude << QByteArray("news.example") << true;
    QTest::addRow("exclude / unknown page") << exclude << QByteArray() << true;
    QTest::addRow("both / included") << both << QByteArray("news.example") << true;
    QTest::addRow("both / excluded sub") << both << QByteArray("a.local.news.example") << false;
    QTest::addRow("both / unknown") << both << QByteArray() << false;
}

void tst_Blocklist::domainOption()
{
    QFETCH(QByteArray, filter);
    QFETCH(QByteArray, source);
    QFETCH(bool, blocked);
    const auto bl = compileOne(filter);
    QCOMPARE(run(*bl, url("http://t.example/ads/x", source, source.isEmpty() ? Party::Unknown : Party::Third))
                 .blocked,
             blocked);
}

void tst_Blocklist::listMask()
{
    const auto bl = Blocklist::compile(
        {Blocklist::Input{BlocklistSource{QStringLiteral("one"), {}, true}, "||a.example^", {}},
         Blocklist::Input{
             BlocklistSource{QStringLiteral("two"), {}, true}, "||b.example^\n@@||a.example^", {}}});
    QCOMPARE(bl->indexOf(QStringLiteral("two")), 1);
    QCOMPARE(bl->indexOf(QStringLiteral("three")), -1);
    QVERIFY(run(*bl, Req{"a.example", {}, {}, Party::Unknown}, 0b01).blocked);
    QVERIFY(!run(*bl, Req{"a.example", {}, {}, Party::Unknown}, 0b11).blocked); // list two's exception
    QVERIFY(!run(*bl, Req{"b.example", {}, {}, Party::Unknown}, 0b01).blocked);
    QVERIFY(run(*bl, Req{"b.example", {}, {}, Party::Unknown}, 0b10).blocked);
}

void tst_Blocklist::reportsListLineAndPattern()
{
    const auto bl = Blocklist::compile(
        {Blocklist::Input{BlocklistSource{QStringLiteral("hosts"), {}, true},
                          "# hosts\n\n0.0.0.0 a.example b.example\n",
                          {}},
         Blocklist::Input{BlocklistSource{QStringLiteral("abp"), {}, true},
                          "! abp\r\n||c.example^$third-party,important\r\n||d.example^$domain=~x.example\r\n",
                          {}}});
    BlockMatch m = run(*bl, Req{"www.b.example", {}, {}, Party::Unknown});
    QVERIFY(m.blocked);
    QCOMPARE(m.hit.list, 0);
    QCOMPARE(m.hit.line, 3u);
    QCOMPARE(m.hit.pattern, QByteArray("b.example"));
    m = run(*bl, Req{"c.example", {}, {}, Party::Third});
    QCOMPARE(m.hit.list, 1);
    QCOMPARE(m.hit.line, 2u);
    QCOMPARE(m.hit.pattern, QByteArray("||c.example^$third-party,important"));
    QVERIFY(m.hit.important);
    m = run(*bl, Req{"d.example", {}, {}, Party::Unknown});
    QCOMPARE(m.hit.line, 3u);
    QCOMPARE(m.hit.pattern, QByteArray("||d.example^$domain=~x.example"));
    QCOMPARE(bl->reports().at(0).lines, 3);
    QCOMPARE(bl->reports().at(1).lines, 3);
}

void tst_Blocklist::hostileRegexIsBounded()
{
    // Catastrophic for a backtracking engine; RE2 runs it in linear time.
    const auto bl = compileOne("/^(a+)+$/\n/(x+x+)+y/\n/(?=lookahead)/\n/a{1000}{1000}/");
    const BlocklistReport &report = bl->reports().at(0);
    QCOMPARE(report.regexRules, 2);
    QCOMPARE(report.skipped[std::size_t(SkipReason::UnsupportedRegex)], 2); // lookahead; too large
    const QByteArray subject = "http://s.example/" + QByteArray(60000, 'x');
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 10; ++i) {
        QVERIFY(!run(*bl, url(subject)).blocked);
    }
    QVERIFY2(timer.elapsed() < 2000, QByteArray::number(timer.elapsed()).constData());
}

void tst_Blocklist::hostileLists_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<qint64>("hostRules");
    QTest::addColumn<int>("reason");
    QTest::addColumn<qint64>("skipped");
    QByteArray junk(200000, '\0');
    QRandomGenerator rng(42);
    for (char &c : junk) {
        c = char(rng.bounded(256));
    }
    QTest::addRow("binary junk") << junk << qint64(-1) << int(SkipReason::Binary) << qint64(-1);
    QTest::addRow("huge line") << (QByteArray(10 * 1024 * 1024, 'a') + "\n||ok.example^\n") << qint64(1)
                               << int(SkipReason::TooLong) << qint64(1);
    QTest::addRow("huge line of hosts")
        << ("0.0.0.0 " + QByteArray(20000, 'b') + "\n") << qint64(0) << int(SkipReason::TooLong) << qint64(1);
    QTest::addRow("CRLF") << QByteArray("! x\r\n||a.example^\r\n0.0.0.0 b.example\r\n\r\n") << qint64(2)
                          << int(SkipReason::Comment) << qint64(1);
    QTest::addRow("CR only") << QByteArray("! x\r||a.example^\r0.0.0.0 b.example\r") << qint64(2)
                             << int(SkipReason::Comment) << qint64(1);
    QTest::addRow("BOM") << QByteArray("\xEF\xBB\xBF||a.example^\n") << qint64(1) << int(SkipReason::Invalid)
                         << qint64(0);
    QTest::addRow("BOM hosts") << QByteArray("\xEF\xBB\xBF"
                                             "0.0.0.0 a.example\n")
                               << qint64(1) << int(SkipReason::Invalid) << qint64(0);
    QTest::addRow("no final newline")
        << QByteArray("||a.example^\n||b.example^") << qint64(2) << int(SkipReason::Invalid) << qint64(0);
    QTest::addRow("only separators") << QByteArray(100000, '\n') << qint64(0) << int(SkipReason::Invalid)
                                     << qint64(0);
    QTest::addRow("nul bytes in lines")
        << (QByteArray("||a.example^\n||b") + '\0' + QByteArray(".example^\n")) << qint64(1)
        << int(SkipReason::Binary) << qint64(1);
    QTest::addRow("many dollars") << (QByteArray(5000, '$') + "\n") << qint64(0) << int(SkipReason::Cosmetic)
                                  << qint64(1); // "$$" is HTML filtering
    QTest::addRow("many stars") << (QByteArray(900, '*') + "a\n") << qint64(0) << int(SkipReason::Invalid)
                                << qint64(0);
}

void tst_Blocklist::hostileLists()
{
    QFETCH(QByteArray, data);
    QFETCH(qint64, hostRules);
    QFETCH(int, reason);
    QFETCH(qint64, skipped);
    const auto bl = compileOne(data);
    const BlocklistReport &report = bl->reports().at(0);
    qDebug().noquote() << report.summary();
    if (hostRules >= 0) {
        QCOMPARE(report.hostRules, hostRules);
    }
    if (skipped >= 0) {
        QCOMPARE(report.skipped[std::size_t(reason)], skipped);
    } else {
        QVERIFY(report.skipped[std::size_t(reason)] > 0);
    }
    // Matching still works on whatever loaded.
    run(*bl, url("http://a.example/x"));
    if (data.contains("||a.example^") && hostRules > 0) {
        QVERIFY(run(*bl, Req{"a.example", {}, {}, Party::Unknown}).blocked);
    }
}

void tst_Blocklist::millionLines()
{
    QByteArray data;
    data.reserve(40 * 1000 * 1000);
    for (int i = 0; i < 1000000; ++i) {
        switch (i % 4) {
        case 0:
            data += "0.0.0.0 h" + QByteArray::number(i) + ".example\n";
            break;
        case 1:
            data += "||h" + QByteArray::number(i) + ".example^\r\n";
            break;
        case 2:
            data += "example.com##.ad-" + QByteArray::number(i) + '\n';
            break;
        case 3:
            data += "/path" + QByteArray::number(i) + "/ad.\n";
            break;
        }
    }
    QElapsedTimer timer;
    timer.start();
    const auto bl = compileOne(data);
    qDebug() << "1M lines compiled in" << timer.elapsed() << "ms," << bl->memoryBytes() / 1024 << "KiB";
    const BlocklistReport &report = bl->reports().at(0);
    QCOMPARE(report.lines, 1000000);
    QCOMPARE(report.hostRules, 500000);
    QCOMPARE(report.urlRules, 250000);
    QCOMPARE(report.skipped[std::size_t(SkipReason::Cosmetic)], 250000);
    QVERIFY(run(*bl, Req{"h999996.example", {}, {}, Party::Unknown}).blocked);
    QVERIFY(run(*bl, Req{"x.h1.example", {}, {}, Party::Unknown}).blocked);
    QVERIFY(!run(*bl, Req{"h2.example", {}, {}, Party::Unknown}).blocked);
    const BlockMatch m = run(*bl, url("http://s.example/path999999/ad.gif"));
    QVERIFY(m.blocked);
    QCOMPARE(m.hit.line, 1000000u);
}

void tst_Blocklist::hostTableMemory()
{
    // 300k host rules: the budget is < 8 MB retained.
    QByteArray data;
    for (int i = 0; i < 300000; ++i) {
        data += "||tracker" + QByteArray::number(i) + ".example" + QByteArray::number(i % 97) + ".com^\n";
    }
    const qint64 before = Test::residentSetBytes();
    auto bl = compileOne(data);
    data.clear();
    data.squeeze();
    const qint64 after = Test::residentSetBytes();
    qDebug() << "300k host rules:" << bl->memoryBytes() / 1024 << "KiB in tables; RSS delta"
             << (after - before) / 1024 << "KiB";
    QCOMPARE(bl->hostRuleCount(), 300000);
    QVERIFY2(bl->memoryBytes() < 8 * 1024 * 1024, QByteArray::number(bl->memoryBytes()).constData());
    // 123 % 97 == 26
    QVERIFY(run(*bl, Req{"a.tracker123.example26.com", {}, {}, Party::Unknown}).blocked);
    QVERIFY(!run(*bl, Req{"a.tracker123.example27.com", {}, {}, Party::Unknown}).blocked);
}

void tst_Blocklist::missingFile()
{
    const auto bl = Blocklist::load(
        {BlocklistSource{QStringLiteral("gone"), QStringLiteral("/nonexistent/list.txt"), true}});
    QCOMPARE(bl->reports().size(), 1);
    QVERIFY(!bl->reports().at(0).error.isEmpty());
    QVERIFY(bl->reports().at(0).summary().contains(QStringLiteral("/nonexistent/list.txt")));
    QVERIFY(!run(*bl, Req{"a.example", {}, {}, Party::Unknown}).blocked);
}

QTEST_GUILESS_MAIN(tst_Blocklist)
#include "tst_blocklist.moc"
