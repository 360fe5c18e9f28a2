// Blocklist line syntax: hosts files, plain domain lists and Adblock Plus / uBlock Origin network
// filters, one table row per line with the expected parse written out by hand.

#include "rules/FilterLine.h"

#include <QTest>

using namespace Veil;

namespace {

/** Canonical text of a parse: "host a.com [hosts]", "url ||ads/| [exception]", "skip cosmetic". */
QString describe(const FilterLineResult &r)
{
    if (r.blank) {
        return QStringLiteral("blank");
    }
    if (r.skipped) {
        QString s = QStringLiteral("skip ") + QLatin1String(skipReasonName(r.reason));
        if (!r.detail.isEmpty()) {
            s += QLatin1Char(':') + QString::fromLatin1(r.detail);
        }
        return s;
    }
    QStringList parts;
    for (const ParsedFilter &f : r.filters) {
        QString s;
        switch (f.kind) {
        case ParsedFilter::Kind::Host:
            s = QStringLiteral("host ");
            break;
        case ParsedFilter::Kind::Url:
            s = QStringLiteral("url ");
            break;
        case ParsedFilter::Kind::Regex:
            s = QStringLiteral("regex ");
            break;
        case ParsedFilter::Kind::RemoveParam:
            s = QStringLiteral("removeparam ");
            break;
        }
        if (f.kind == ParsedFilter::Kind::Url) {
            s += f.hostAnchor ? QStringLiteral("||") : f.leftAnchor ? QStringLiteral("|") : QString();
        }
        s += QString::fromUtf8(f.pattern);
        s += f.rightAnchor && f.kind == ParsedFilter::Kind::Url ? QStringLiteral("|") : QString();
        if (f.kind == ParsedFilter::Kind::RemoveParam) {
            s += (f.pattern.isEmpty() ? QStringLiteral("*") : QString()) + QStringLiteral(" param=") +
                 (f.removeParam.isEmpty() ? QStringLiteral("*") : QString::fromUtf8(f.removeParam));
        }
        QStringList flags;
        const std::pair<FilterFlag, const char *> names[] = {
            {FlagException, "exception"}, {FlagImportant, "important"}, {FlagThirdParty, "3p"},
            {FlagFirstParty, "1p"},       {FlagHostsSyntax, "hosts"},   {FlagMatchCase, "case"}};
        for (const auto &[flag, name] : names) {
            if (f.flags & flag) {
                flags.append(QLatin1String(name));
            }
        }
        if (f.badfilter) {
            flags.append(QStringLiteral("badfilter"));
        }
        if (!flags.isEmpty()) {
            s += QStringLiteral(" [") + flags.join(QLatin1Char(',')) + QLatin1Char(']');
        }
        if (!f.includeDomains.isEmpty() || !f.excludeDomains.isEmpty()) {
            QStringList domains;
            for (const QByteArray &d : f.includeDomains) {
                domains.append(QString::fromLatin1(d));
            }
            for (const QByteArray &d : f.excludeDomains) {
                domains.append(QLatin1Char('~') + QString::fromLatin1(d));
            }
            s += QStringLiteral(" domains=") + domains.join(QLatin1Char('|'));
        }
        parts.append(s);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

class tst_FilterLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void everyHostInEverySyntax_data();
    void everyHostInEverySyntax();
    void badfilterTarget();
    void hostValidity_data();
    void hostValidity();
};

void tst_FilterLine::parse_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");
    auto row = [](const char *line, const char *expected) {
        QTest::addRow("%s", line) << QByteArray(line) << QString::fromUtf8(expected);
    };
    // blanks and comments
    row("", "blank");
    row("   \t ", "blank");
    row("\r", "blank");
    row("! Title: EasyList", "skip comment");
    row("[Adblock Plus 2.0]", "skip comment");
    row("# hosts comment", "skip comment");
    row("#comment-without-space", "skip comment");
    // hosts files
    row("0.0.0.0 ads.example.com", "host ads.example.com [hosts]");
    row("127.0.0.1 ads.example.com", "host ads.example.com [hosts]");
    row(":: ads.example.com", "host ads.example.com [hosts]");
    row("::1 ads.example.com", "host ads.example.com [hosts]");
    row("0 ads.example.com", "host ads.example.com [hosts]");
    row("0.0.0.0\tads.example.com", "host ads.example.com [hosts]");
    row("0.0.0.0   ads.example.com   ", "host ads.example.com [hosts]");
    row("0.0.0.0 ads.example.com # tracker", "host ads.example.com [hosts]");
    row("0.0.0.0 ads.example.com#tracker", "host ads.example.com [hosts]");
    row("0.0.0.0 a.example b.example", "host a.example [hosts]; host b.example [hosts]");
    row("0.0.0.0 ADS.Example.COM", "host ads.example.com [hosts]");
    row("0.0.0.0 ads.example.com.", "host ads.example.com [hosts]");
    row("127.0.0.1 localhost", "skip localhost");
    row("127.0.0.1 localhost.localdomain", "skip localhost");
    row("255.255.255.255 broadcasthost", "skip localhost");
    row("::1 ip6-localhost ip6-loopback", "skip localhost");
    row("0.0.0.0 0.0.0.0", "skip localhost");
    row("fe80::1 localhost", "skip localhost");
    row("0.0.0.0 localhost ads.example.com", "host ads.example.com [hosts]");
    row("0.0.0.0 bad..host", "skip invalid");
    row("0.0.0.0 -lead.example", "skip invalid");
    row("0.0.0.0 under_score.example", "host under_score.example [hosts]");
    row("0.0.0.0 xn--bcher-kva.example", "host xn--bcher-kva.example [hosts]");
    row("0.0.0.0 bücher.example", "host xn--bcher-kva.example [hosts]");
    row("192.168.1.10 printer.lan", "host printer.lan [hosts]");
    // plain domain lists
    row("ads.example.com", "host ads.example.com [hosts]");
    row("ADS.EXAMPLE.COM", "host ads.example.com [hosts]");
    row("*.ads.example.com", "host ads.example.com [hosts]");
    row("ads.example.com # comment", "host ads.example.com [hosts]");
    row("1.2.3.4", "host 1.2.3.4 [hosts]");
    row("ads.example.com.", "host ads.example.com [hosts]");
    row("localhost.localdomain", "skip localhost");
    row("two words.example", "skip invalid");
    // host filters
    row("||ads.example.com^", "host ads.example.com");
    row("||ads.example.com^|", "host ads.example.com");
    row("||ADS.example.com^", "host ads.example.com");
    row("@@||ok.example.com^", "host ok.example.com [exception]");
    row("||ads.example.com^$important", "host ads.example.com [important]");
    row("@@||ok.example.com^$important", "host ok.example.com [exception,important]");
    row("||ads.example.com^$third-party", "host ads.example.com [3p]");
    row("||ads.example.com^$3p", "host ads.example.com [3p]");
    row("||ads.example.com^$~first-party", "host ads.example.com [3p]");
    row("||ads.example.com^$~third-party", "host ads.example.com [1p]");
    row("||ads.example.com^$1p", "host ads.example.com [1p]");
    row("||ads.example.com^$first-party", "host ads.example.com [1p]");
    row("||ads.example.com^$all", "host ads.example.com");
    row("||ads.example.com^$document", "host ads.example.com");
    row("||ads.example.com^$doc", "host ads.example.com");
    row("||ads.example.com^$third-party,important", "host ads.example.com [important,3p]");
    row("||ads.example.com^$domain=a.com", "host ads.example.com domains=a.com");
    row("||ads.example.com^$domain=a.com|~b.a.com", "host ads.example.com domains=a.com|~b.a.com");
    row("||ads.example.com^$domain=~a.com", "host ads.example.com domains=~a.com");
    row("||ads.example.com^$from=a.com", "host ads.example.com domains=a.com");
    row("||ads.example.com^$badfilter", "host ads.example.com [badfilter]");
    row("ads.example.com$third-party", "host ads.example.com [3p]");
    row("||tracker.example^$DOMAIN=A.COM", "host tracker.example domains=a.com");
    // URL filters
    row("||ads.example.com/banner", "url ||ads.example.com/banner");
    row("||ads.example.com", "url ||ads.example.com");
    row("|http://ads.example.com/", "url |http://ads.example.com/");
    row("/banner/ads/", "regex banner/ads");
    row("/banner/*/img^", "url /banner/*/img^");
    row("&ad_type=", "url &ad_type=");
    row("-ad-banner.", "url -ad-banner.");
    row("ad.php|", "url ad.php|");
    row("|https://ads.", "url |https://ads.");
    row("*ads*", "url ads");
    row("**ads**", "url ads");
    row("|*ads", "url ads");
    row("ads*|", "url ads");
    row("/ADS/Banner.", "url /ads/banner.");
    row("/ADS/Banner.$match-case", "url /ADS/Banner. [case]");
    row("@@/ads/ok.", "url /ads/ok. [exception]");
    row("@@||example.com/ads/ok^", "url ||example.com/ads/ok^ [exception]");
    row("/ads/*$domain=site.com|~sub.site.com", "url /ads/ domains=site.com|~sub.site.com");
    row("||example.com/path$third-party", "url ||example.com/path [3p]");
    row("||example.com^*/track", "url ||example.com^*/track");
    row("|http://x.example/a^b|", "url |http://x.example/a^b|");
    // regex filters
    row("/^https?:\\/\\/ads\\./", "regex ^https?:\\/\\/ads\\.");
    row("/ad[0-9]+\\.js$/", "regex ad[0-9]+\\.js$");
    row("/ad[0-9]+\\.js$/$third-party", "regex ad[0-9]+\\.js$ [3p]");
    row("@@/ok[0-9]/", "regex ok[0-9] [exception]");
    row("/(https?:\\/\\/)104\\.154\\..{100,}/", "regex (https?:\\/\\/)104\\.154\\..{100,}");
    // everything
    row("*", "skip matches-everything");
    row("|", "skip matches-everything");
    row("^", "skip matches-everything");
    row("$third-party", "skip matches-everything");
    row("*$domain=a.com", "url  domains=a.com");
    // cosmetic
    row("##.ad-banner", "skip cosmetic");
    row("example.com##.ad", "skip cosmetic");
    row("example.com#@#.ad", "skip cosmetic");
    row("example.com#?#div:has(.ad)", "skip cosmetic");
    row("example.com##+js(nobab)", "skip cosmetic");
    row("example.com#$#body { color: red }", "skip cosmetic");
    row("example.com#%#window.x=1", "skip cosmetic");
    row("example.com$$script[data-ad]", "skip cosmetic");
    row("example.com#@?#.ad", "skip cosmetic");
    // resource types and other options a proxy cannot apply
    row("||ads.example.com^$script", "skip resource-type:script");
    row("||ads.example.com^$image,third-party", "skip resource-type:image");
    row("||ads.example.com^$third-party,xmlhttprequest", "skip resource-type:xmlhttprequest");
    row("||ads.example.com^$~xmlhttprequest", "skip resource-type:~xmlhttprequest");
    row("||ads.example.com^$stylesheet", "skip resource-type:stylesheet");
    row("||ads.example.com^$subdocument", "skip resource-type:subdocument");
    row("||ads.example.com^$media", "skip resource-type:media");
    row("||ads.example.com^$websocket", "skip resource-type:websocket");
    row("||ads.example.com^$ping", "skip resource-type:ping");
    row("||ads.example.com^$font", "skip resource-type:font");
    row("||ads.example.com^$object", "skip resource-type:object");
    row("||ads.example.com^$other", "skip resource-type:other");
    row("||ads.example.com^$xhr", "skip resource-type:xhr");
    row("||ads.example.com^$frame", "skip resource-type:frame");
    row("||ads.example.com^$popup", "skip popup");
    row("||ads.example.com^$popunder", "skip popup");
    row("@@||example.com^$elemhide", "skip cosmetic-exception:elemhide");
    row("@@||example.com^$generichide", "skip cosmetic-exception:generichide");
    row("@@||example.com^$ghide", "skip cosmetic-exception:ghide");
    row("@@||example.com^$specifichide", "skip cosmetic-exception:specifichide");
    row("@@||example.com^$genericblock", "skip cosmetic-exception:genericblock");
    row("||example.com^$csp=script-src 'none'", "skip unsupported-option:csp");
    row("||example.com^$redirect=noopjs", "skip unsupported-option:redirect");
    // $removeparam: exact names, any host or one host; never a block filter
    row("||example.com^$removeparam=utm_source", "removeparam example.com param=utm_source");
    row("$removeparam=fbclid", "removeparam * param=fbclid");
    row("*$removeparam=fbclid", "removeparam * param=fbclid");
    row("||Example.com$removeparam=Ref", "removeparam example.com param=Ref");
    row("||example.com^$removeparam", "removeparam example.com param=*");
    row("||example.com^$removeparam=sid,important", "removeparam example.com param=sid");
    row("@@||example.com^$removeparam=q", "removeparam example.com param=q [exception]");
    row("@@$removeparam=ref", "removeparam * param=ref [exception]");
    row("$removeparam=ref,badfilter", "removeparam * param=ref [badfilter]");
    row("$removeparam", "skip matches-everything");
    row("*$removeparam", "skip matches-everything");
    row("$removeparam=/^utm_/", "skip unsupported-option:removeparam=/regex/");
    row("||example.com^$removeparam=~keep", "skip unsupported-option:removeparam=~name");
    row("||example.com/path$removeparam=x", "skip unsupported-option:removeparam+url");
    row("/track/$removeparam=x", "skip unsupported-option:removeparam+url");
    row("$removeparam=x,domain=a.com", "skip unsupported-option:removeparam+domain/party");
    row("$removeparam=x,third-party", "skip unsupported-option:removeparam+domain/party");
    row("$removeparam=a&b", "skip invalid");
    row("$xhr,removeparam=x", "skip resource-type:xhr");
    row("||example.com^$rewrite=abp-resource:blank-js", "skip unsupported-option:rewrite");
    row("||example.com^$header=x-ad", "skip unsupported-option:header");
    row("||example.com^$denyallow=a.com", "skip unsupported-option:denyallow");
    row("||example.com^$method=post", "skip unsupported-option:method");
    row("||example.com^$frobnicate", "skip unsupported-option:frobnicate");
    row("||example.com^$domain=example.*", "skip unsupported-option:domain=entity.*");
    row("||example.com^$domain=bad..host", "skip invalid");
    // hostile lines
    row("\x01\x02\x03", "skip binary");
    row("ads.example.com\x7f", "skip binary");
    row("0.0.0.0 ads\x1b.example", "skip binary");
}

void tst_FilterLine::parse()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    QCOMPARE(describe(FilterLine::parse(line)), expected);
    // Line endings and surrounding blanks never change the result.
    QCOMPARE(describe(FilterLine::parse(QByteArray("  " + line + "\r"))), expected);
}

void tst_FilterLine::everyHostInEverySyntax_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("expected");
    const char *hosts[] = {"ads.example.com",
                           "a.b.c.d.example.org",
                           "tracker.example.co.uk",
                           "x.example",
                           "metrics.example.net",
                           "t-1.example.io",
                           "cdn77.example.dev",
                           "pixel.example.info",
                           "stats.example.de",
                           "ad_server.example.fr",
                           "1.2.3.4",
                           "10-0-0-1.example.net",
                           "very.long.sub.domain.chain.example.com",
                           "a1.example",
                           "z9.example",
                           "beacon.example.app",
                           "counter.example.ru",
                           "log.example.jp",
                           "collect.example.cn",
                           "telemetry.example.us",
                           "ad.doubleclick.example",
                           "googleads.example.test",
                           "pagead2.example.test",
                           "static.ads.example.test",
                           "w.example.test",
                           "analytics.example.test",
                           "tag.example.test",
                           "sync.example.test",
                           "rtb.example.test",
                           "bid.example.test",
                           "hb.example.test",
                           "px.example.test",
                           "trk.example.test",
                           "spy.example.test",
                           "adsrv.example.test",
                           "promo.example.test",
                           "banner.example.test",
                           "popads.example.test",
                           "mine.example.test",
                           "coin.example.test"};
    for (const char *h : hosts) {
        const QByteArray host(h);
        const QString e = QString::fromLatin1(host);
        const QString asHosts = QStringLiteral("host ") + e + QStringLiteral(" [hosts]");
        QTest::addRow("0.0.0.0 %s", h) << "0.0.0.0 " + host << asHosts;
        QTest::addRow("127.0.0.1 %s", h) << "127.0.0.1 " + host << asHosts;
        QTest::addRow(":: %s", h) << ":: " + host << asHosts;
        QTest::addRow("plain %s", h) << host << asHosts;
        QTest::addRow("upper %s", h) << host.toUpper() << asHosts;
        QTest::addRow("||%s^", h) << "||" + host + '^' << QStringLiteral("host ") + e;
        QTest::addRow("@@||%s^", h) << "@@||" + host + '^'
                                    << QStringLiteral("host ") + e + QStringLiteral(" [exception]");
        QTest::addRow("||%s^$important", h)
            << "||" + host + "^$important" << QStringLiteral("host ") + e + QStringLiteral(" [important]");
        QTest::addRow("||%s^$3p", h) << "||" + host + "^$third-party"
                                     << QStringLiteral("host ") + e + QStringLiteral(" [3p]");
        QTest::addRow("||%s/path", h)
            << "||" + host + "/path" << QStringLiteral("url ||") + e + QStringLiteral("/path");
        QTest::addRow("%s##.ad", h) << host + "##.ad" << QStringLiteral("skip cosmetic");
        QTest::addRow("||%s^$script", h)
            << "||" + host + "^$script" << QStringLiteral("skip resource-type:script");
    }
}

void tst_FilterLine::everyHostInEverySyntax()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, expected);
    QCOMPARE(describe(FilterLine::parse(line)), expected);
}

void tst_FilterLine::badfilterTarget()
{
    const FilterLineResult r = FilterLine::parse("||ads.example.com^$third-party,badfilter,important");
    QCOMPARE(r.filters.size(), 1);
    QVERIFY(r.filters.at(0).badfilter);
    QCOMPARE(r.filters.at(0).badfilterTarget, QByteArray("||ads.example.com^$third-party,important"));
    const FilterLineResult plain = FilterLine::parse("@@||ok.example^$badfilter");
    QCOMPARE(plain.filters.at(0).badfilterTarget, QByteArray("@@||ok.example^"));
}

void tst_FilterLine::hostValidity_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<bool>("valid");
    QTest::addRow("simple") << QByteArray("example.com") << true;
    QTest::addRow("single label") << QByteArray("localhost") << true;
    QTest::addRow("digits") << QByteArray("1.2.3.4") << true;
    QTest::addRow("underscore") << QByteArray("a_b.example") << true;
    QTest::addRow("empty") << QByteArray() << false;
    QTest::addRow("empty label") << QByteArray("a..b") << false;
    QTest::addRow("leading dot") << QByteArray(".a.b") << false;
    QTest::addRow("trailing dot") << QByteArray("a.b.") << false;
    QTest::addRow("leading dash") << QByteArray("-a.b") << false;
    QTest::addRow("upper") << QByteArray("A.b") << false;
    QTest::addRow("space") << QByteArray("a b") << false;
    QTest::addRow("slash") << QByteArray("a/b") << false;
    QTest::addRow("64-char label") << QByteArray(64, 'a') << false;
    QTest::addRow("63-char label") << QByteArray(63, 'a') << true;
    QTest::addRow("254 chars") << (QByteArray(63, 'a') + '.' + QByteArray(63, 'b') + '.' +
                                   QByteArray(63, 'c') + '.' + QByteArray(62, 'd'))
                               << false;
}

void tst_FilterLine::hostValidity()
{
    QFETCH(QByteArray, host);
    QFETCH(bool, valid);
    QCOMPARE(FilterLine::isValidHost(host), valid);
}

QTEST_GUILESS_MAIN(tst_FilterLine)
#include "tst_filterline.moc"
