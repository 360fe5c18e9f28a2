// User rules and Policy::decide: every rule type, the evaluation order of DESIGN.md (allow rules,
// block rules, blocklists, routing rules, mode default), IP rules on literal targets only,
// "test a URL", hit counters, and the "rules" / "blocklists" settings with their validation.

#include "RuleFixtures.h"
#include "config/Settings.h"
#include "rules/Policy.h"

#include <QJsonDocument>
#include <QTest>

using namespace Veil;

namespace {

constexpr auto rule = &Veil::Test::makeRule;

std::shared_ptr<const Blocklist> lists(const QList<std::pair<QString, QByteArray>> &named)
{
    QList<Blocklist::Input> inputs;
    for (const auto &[name, text] : named) {
        inputs.append(Blocklist::Input{BlocklistSource{name, {}, true}, text, {}});
    }
    return Blocklist::compile(inputs);
}

RuleSettings settingsWith(const QList<Rule> &rules, const QStringList &blockingLists = {},
                          const QStringList &ruleOnlyLists = {})
{
    RuleSettings s;
    s.rules = rules;
    for (const QString &name : blockingLists) {
        s.blocklists.append(BlocklistConfig{name, QStringLiteral("/x/") + name, true, true, true});
    }
    for (const QString &name : ruleOnlyLists) {
        s.blocklists.append(BlocklistConfig{name, QStringLiteral("/x/") + name, true, false, true});
    }
    return s;
}

} // namespace

class tst_Policy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleTypes_data();
    void ruleTypes();
    void evaluationOrder();
    void rulesAreOrderedWithinAPass();
    void routingRulesOnlyInRulesMode();
    void listRules();
    void ipRulesSeeLiteralTargetsOnly();
    void thirdPartyFromReferer();
    void explainAnswersWhatAndWhy_data();
    void explainAnswersWhatAndWhy();
    void countersCountDecisionsNotExplanations();
    void settingsRoundTrip();
    void settingsRejectBadEntries_data();
    void settingsRejectBadEntries();
    void actions_data();
    void actions();
};

void tst_Policy::ruleTypes_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("matches");
    auto row = [](const char *name, RuleType type, const char *value, const char *host, int port,
                  bool matches) {
        QTest::addRow("%s", name) << int(type) << QString::fromUtf8(value) << QByteArray(host) << port
                                  << matches;
    };
    row("domain exact", RuleType::Domain, "example.com", "example.com", 443, true);
    row("domain case", RuleType::Domain, "Example.COM", "EXAMPLE.com", 443, true);
    row("domain not sub", RuleType::Domain, "example.com", "www.example.com", 443, false);
    row("suffix self", RuleType::DomainSuffix, "example.com", "example.com", 443, true);
    row("suffix sub", RuleType::DomainSuffix, "example.com", "a.b.example.com", 443, true);
    row("suffix label", RuleType::DomainSuffix, "example.com", "badexample.com", 443, false);
    row("suffix leading dot", RuleType::DomainSuffix, ".example.com", "a.example.com", 443, true);
    row("suffix idn", RuleType::DomainSuffix, "bücher.example", "shop.xn--bcher-kva.example", 443, true);
    row("keyword", RuleType::DomainKeyword, "track", "metrics-tracker.example", 443, true);
    row("keyword miss", RuleType::DomainKeyword, "track", "example.com", 443, false);
    row("regex", RuleType::DomainRegex, "^ads[0-9]+\\.", "ads42.example.com", 443, true);
    row("regex miss", RuleType::DomainRegex, "^ads[0-9]+\\.", "x.ads42.example.com", 443, false);
    row("regex case", RuleType::DomainRegex, "^ADS", "ads.example", 443, true);
    row("cidr v4", RuleType::IpCidr, "10.0.0.0/8", "10.1.2.3", 80, true);
    row("cidr v4 miss", RuleType::IpCidr, "10.0.0.0/8", "11.1.2.3", 80, false);
    row("cidr v4 single", RuleType::IpCidr, "192.0.2.7", "192.0.2.7", 80, true);
    row("cidr v6", RuleType::IpCidr, "2001:db8::/32", "2001:db8:1::5", 80, true);
    row("cidr v6 miss", RuleType::IpCidr, "2001:db8::/32", "2001:db9::5", 80, false);
    row("cidr v6 vs v4", RuleType::IpCidr, "::/0", "10.1.2.3", 80, false);
    row("cidr never a name", RuleType::IpCidr, "0.0.0.0/0", "example.com", 80, false);
    row("port", RuleType::Port, "8080", "example.com", 8080, true);
    row("port miss", RuleType::Port, "8080", "example.com", 80, false);
    row("port range low", RuleType::Port, "8000-8100", "example.com", 8000, true);
    row("port range high", RuleType::Port, "8000-8100", "example.com", 8100, true);
    row("port range out", RuleType::Port, "8000-8100", "example.com", 8101, false);
    row("final", RuleType::Final, "", "anything.example", 1, true);
}

void tst_Policy::ruleTypes()
{
    QFETCH(int, type);
    QFETCH(QString, value);
    QFETCH(QByteArray, host);
    QFETCH(int, port);
    QFETCH(bool, matches);
    Rule r = rule(QStringLiteral("r1"), RuleType(type), value, QStringLiteral("block"));
    QCOMPARE(validateRule(&r), QString());
    const Policy policy(settingsWith({r}), RoutingMode::Direct, nullptr, nullptr);
    const PolicyDecision d = policy.decide(PolicyRequest{host, quint16(port), {}, {}});
    QCOMPARE(d.blocked(), matches);
    QCOMPARE(d.ruleId, matches ? QStringLiteral("r1") : QString());
}

void tst_Policy::evaluationOrder()
{
    // Written in the "wrong" order on purpose: passes, not positions, decide between kinds.
    const QList<Rule> rules = {
        rule(QStringLiteral("route-de"), RuleType::DomainSuffix, QStringLiteral("example.com"),
             QStringLiteral("exit:DE")),
        rule(QStringLiteral("block-x"), RuleType::Domain, QStringLiteral("x.example.com"),
             QStringLiteral("block")),
        rule(QStringLiteral("allow-ok"), RuleType::Domain, QStringLiteral("ok.ads.test"),
             QStringLiteral("allow")),
        rule(QStringLiteral("allow-x"), RuleType::Domain, QStringLiteral("y.example.com"),
             QStringLiteral("allow")),
        rule(QStringLiteral("block-y"), RuleType::Domain, QStringLiteral("y.example.com"),
             QStringLiteral("block")),
    };
    const Policy policy(settingsWith(rules, {QStringLiteral("ads")}), RoutingMode::Rules,
                        lists({{QStringLiteral("ads"), "||ads.test^\n||example.com^"}}), nullptr);
    auto decide = [&](const char *host) {
        return policy.decide(PolicyRequest{host, 443, {}, {}});
    };

    // 2. a block rule beats routing rules
    PolicyDecision d = decide("x.example.com");
    QVERIFY(d.blocked());
    QCOMPARE(d.ruleId, QStringLiteral("block-x"));
    // 1. an allow rule beats block rules and lists, and routing goes on
    d = decide("y.example.com");
    QVERIFY(!d.blocked());
    QCOMPARE(d.route.kind, RouteTarget::Kind::Region);
    QCOMPARE(d.route.value, QStringLiteral("DE"));
    QVERIFY2(d.reason.contains(QStringLiteral("allow-x")), qPrintable(d.reason));
    QCOMPARE(d.ruleId, QStringLiteral("route-de"));
    // 3. a list beats routing rules
    d = decide("www.example.com");
    QVERIFY(d.blocked());
    QCOMPARE(d.list, QStringLiteral("ads"));
    QCOMPARE(d.line, 2u);
    QCOMPARE(d.pattern, QByteArray("||example.com^"));
    // 1 vs 3: allowed despite the list
    d = decide("ok.ads.test");
    QVERIFY(!d.blocked());
    QCOMPARE(d.route.kind, RouteTarget::Kind::Mode); // 5. no routing rule: the mode default
    QVERIFY(decide("no.ads.test").blocked());
    // 5. nothing matched at all
    d = decide("other.test");
    QVERIFY(!d.blocked());
    QCOMPARE(d.route.kind, RouteTarget::Kind::Mode);
    QVERIFY(d.reason.isEmpty());
}

void tst_Policy::rulesAreOrderedWithinAPass()
{
    const QList<Rule> rules = {
        rule(QStringLiteral("first"), RuleType::DomainSuffix, QStringLiteral("a.test"),
             QStringLiteral("direct")),
        rule(QStringLiteral("second"), RuleType::DomainSuffix, QStringLiteral("x.a.test"),
             QStringLiteral("exit:US")),
        rule(QStringLiteral("last"), RuleType::Final, {}, QStringLiteral("exit:my-exit")),
    };
    Policy policy(settingsWith(rules), RoutingMode::Rules, nullptr, nullptr);
    PolicyDecision d = policy.decide(PolicyRequest{"x.a.test", 80, {}, {}});
    QCOMPARE(d.ruleId, QStringLiteral("first"));
    QCOMPARE(d.route.kind, RouteTarget::Kind::Direct);
    d = policy.decide(PolicyRequest{"b.test", 80, {}, {}});
    QCOMPARE(d.ruleId, QStringLiteral("last"));
    QCOMPARE(d.route.kind, RouteTarget::Kind::ExitId);
    QCOMPARE(d.route.value, QStringLiteral("my-exit"));

    // A disabled rule is skipped.
    QList<Rule> disabled = rules;
    disabled[0].enabled = false;
    const Policy second(settingsWith(disabled), RoutingMode::Rules, nullptr, nullptr);
    QCOMPARE(second.decide(PolicyRequest{"x.a.test", 80, {}, {}}).ruleId, QStringLiteral("second"));
}

void tst_Policy::routingRulesOnlyInRulesMode()
{
    const QList<Rule> rules = {
        rule(QStringLiteral("de"), RuleType::Final, {}, QStringLiteral("exit:DE")),
        rule(QStringLiteral("b"), RuleType::Domain, QStringLiteral("bad.test"), QStringLiteral("block")),
    };
    for (const RoutingMode mode : {RoutingMode::Direct, RoutingMode::Exit}) {
        const Policy policy(settingsWith(rules), mode, nullptr, nullptr);
        QCOMPARE(policy.decide(PolicyRequest{"a.test", 80, {}, {}}).route.kind, RouteTarget::Kind::Mode);
        QVERIFY(
            policy.decide(PolicyRequest{"bad.test", 80, {}, {}}).blocked()); // blocking applies in every mode
    }
    const Policy rulesMode(settingsWith(rules), RoutingMode::Rules, nullptr, nullptr);
    QCOMPARE(rulesMode.decide(PolicyRequest{"a.test", 80, {}, {}}).route.kind, RouteTarget::Kind::Region);
}

void tst_Policy::listRules()
{
    // "streaming" does not block by itself; a list rule sends its hosts through an exit.
    const QList<Rule> rules = {
        rule(QStringLiteral("tv"), RuleType::List, QStringLiteral("streaming"), QStringLiteral("exit:US")),
        rule(QStringLiteral("unads"), RuleType::List, QStringLiteral("allowlist"), QStringLiteral("allow")),
        rule(QStringLiteral("ghost"), RuleType::List, QStringLiteral("missing"), QStringLiteral("block"))};
    const Policy policy(settingsWith(rules, {QStringLiteral("ads")},
                                     {QStringLiteral("streaming"), QStringLiteral("allowlist")}),
                        RoutingMode::Rules,
                        lists({{QStringLiteral("ads"), "||ads.test^\n||tv.test^"},
                               {QStringLiteral("streaming"), "tv.test\nvideo.test"},
                               {QStringLiteral("allowlist"), "good.ads.test"}}),
                        nullptr);
    PolicyDecision d = policy.decide(PolicyRequest{"cdn.video.test", 443, {}, {}});
    QVERIFY(!d.blocked());
    QCOMPARE(d.ruleId, QStringLiteral("tv"));
    QCOMPARE(d.route.value, QStringLiteral("US"));
    QVERIFY(policy.decide(PolicyRequest{"tv.test", 443, {}, {}}).blocked()); // the blocking list comes first
    d = policy.decide(PolicyRequest{"good.ads.test", 443, {}, {}});
    QVERIFY(!d.blocked());
    QCOMPARE(d.ruleId, QStringLiteral("unads"));
    QVERIFY(policy.decide(PolicyRequest{"bad.ads.test", 443, {}, {}}).blocked());
    QVERIFY(!policy.decide(PolicyRequest{"other.test", 443, {}, {}}).blocked()); // "missing" matches nothing
}

void tst_Policy::ipRulesSeeLiteralTargetsOnly()
{
    const QList<Rule> rules = {
        rule(QStringLiteral("lan"), RuleType::IpCidr, QStringLiteral("127.0.0.0/8"),
             QStringLiteral("direct")),
        rule(QStringLiteral("v6"), RuleType::IpCidr, QStringLiteral("::1/128"), QStringLiteral("direct"))};
    const Policy policy(settingsWith(rules), RoutingMode::Rules, nullptr, nullptr);
    QCOMPARE(policy.decide(PolicyRequest{"127.0.0.1", 80, {}, {}}).ruleId, QStringLiteral("lan"));
    QCOMPARE(policy.decide(PolicyRequest{"::1", 80, {}, {}}).ruleId, QStringLiteral("v6"));
    // "localhost" resolves to 127.0.0.1, but the policy never resolves names.
    QCOMPARE(policy.decide(PolicyRequest{"localhost", 80, {}, {}}).ruleId, QString());
}

void tst_Policy::thirdPartyFromReferer()
{
    RuleSettings s = settingsWith({}, {QStringLiteral("p")});
    const Policy policy(s, RoutingMode::Direct, lists({{QStringLiteral("p"), "||cdn.test^$third-party"}}),
                        nullptr);
    auto http = [&](const QByteArray &source) {
        return policy.decide(PolicyRequest{"img.cdn.test", 80, "http://img.cdn.test/a.png", source})
            .blocked();
    };
    QVERIFY(http("news.example"));  // another site
    QVERIFY(!http("www.cdn.test")); // same registrable domain
    QVERIFY(http({}));              // unknown: the list assumes third-party
}

void tst_Policy::explainAnswersWhatAndWhy_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("referer");
    QTest::addColumn<bool>("blocked");
    QTest::addColumn<QString>("reasonContains");
    QTest::addRow("host filter over https") << QStringLiteral("https://x.ads.test/p") << QString() << true
                                            << QStringLiteral("blocked by list ads, line 2: ||ads.test^");
    QTest::addRow("bare host") << QStringLiteral("x.ads.test") << QString() << true
                               << QStringLiteral("line 2: ||ads.test^");
    QTest::addRow("url filter over http") << QStringLiteral("http://site.test/banner/1.gif") << QString()
                                          << true << QStringLiteral("line 3: /banner/*");
    QTest::addRow("url filter never on https")
        << QStringLiteral("https://site.test/banner/1.gif") << QString() << false
        << QStringLiteral("no rule or list matched");
    QTest::addRow("exception") << QStringLiteral("https://ok.ads.test/") << QString() << false
                               << QStringLiteral("line 4: @@||ok.ads.test^ (overrides ||ads.test^)");
    QTest::addRow("third party with referer")
        << QStringLiteral("http://px.test/1") << QStringLiteral("http://news.test/") << true
        << QStringLiteral("||px.test^$third-party");
    QTest::addRow("first party with referer")
        << QStringLiteral("http://px.test/1") << QStringLiteral("http://a.px.test/") << false
        << QStringLiteral("no rule or list matched");
    QTest::addRow("rule") << QStringLiteral("https://blocked.test:8443/") << QString() << true
                          << QStringLiteral("blocked by rule no-blocked (domain blocked.test)");
}

void tst_Policy::explainAnswersWhatAndWhy()
{
    QFETCH(QString, url);
    QFETCH(QString, referer);
    QFETCH(bool, blocked);
    QFETCH(QString, reasonContains);
    const Policy policy(settingsWith({rule(QStringLiteral("no-blocked"), RuleType::Domain,
                                           QStringLiteral("blocked.test"), QStringLiteral("block"))},
                                     {QStringLiteral("ads")}),
                        RoutingMode::Exit,
                        lists({{QStringLiteral("ads"),
                                "! list\n||ads.test^\n/banner/*\n@@||ok.ads.test^\n||px.test^$third-party"}}),
                        nullptr);
    const PolicyDecision d = policy.explain(url, referer);
    QCOMPARE(d.blocked(), blocked);
    QVERIFY2(d.reason.contains(reasonContains), qPrintable(d.reason));
}

void tst_Policy::countersCountDecisionsNotExplanations()
{
    auto counters = std::make_shared<PolicyCounters>();
    const Policy policy(settingsWith({rule(QStringLiteral("r"), RuleType::Domain, QStringLiteral("r.test"),
                                           QStringLiteral("block"))},
                                     {QStringLiteral("ads")}),
                        RoutingMode::Direct, lists({{QStringLiteral("ads"), "||ads.test^"}}), counters);
    for (int i = 0; i < 3; ++i) {
        policy.decide(PolicyRequest{"r.test", 80, {}, {}});
    }
    policy.decide(PolicyRequest{"a.ads.test", 80, {}, {}});
    policy.decide(PolicyRequest{"other.test", 80, {}, {}});
    policy.explain(QStringLiteral("https://r.test/"));
    policy.explain(QStringLiteral("https://a.ads.test/"));
    QCOMPARE(counters->value(PolicyCounters::ruleKey(QStringLiteral("r"))), 3);
    QCOMPARE(counters->value(PolicyCounters::listKey(QStringLiteral("ads"))), 1);
    // A new snapshot over the same counters keeps counting from there.
    const Policy next(settingsWith({rule(QStringLiteral("r"), RuleType::Domain, QStringLiteral("r.test"),
                                         QStringLiteral("block"))}),
                      RoutingMode::Direct, nullptr, counters);
    next.decide(PolicyRequest{"r.test", 80, {}, {}});
    QCOMPARE(counters->value(PolicyCounters::ruleKey(QStringLiteral("r"))), 4);
}

void tst_Policy::settingsRoundTrip()
{
    Settings s;
    Rule a = rule(QStringLiteral("a"), RuleType::DomainSuffix, QStringLiteral("example.com"),
                  QStringLiteral("exit:DE"));
    a.comment = QStringLiteral("German site");
    Rule b =
        rule(QStringLiteral("b"), RuleType::IpCidr, QStringLiteral("10.0.0.0/8"), QStringLiteral("direct"));
    b.enabled = false;
    const Rule c = rule(QStringLiteral("c"), RuleType::Final, {}, QStringLiteral("exit:my-exit.1"));
    s.rules.rules = {a, b, c};
    s.rules.blocklists = {
        BlocklistConfig{QStringLiteral("easylist"), QStringLiteral("/lists/easylist.txt"), true, true, true},
        BlocklistConfig{QStringLiteral("tv"), QStringLiteral("/lists/tv.txt"), false, false, false}};
    QStringList errors;
    Settings loaded;
    loaded.applyJson(s.toJson(), &errors);
    QCOMPARE(errors, QStringList());
    QCOMPARE(loaded.rules, s.rules);
    QCOMPARE(loaded, s);
}

void tst_Policy::settingsRejectBadEntries_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("rulesKept");
    QTest::addColumn<int>("listsKept");
    QTest::addColumn<QString>("message");
    auto row = [](const char *name, const char *json, int rules, int lists, const char *message) {
        QTest::addRow("%s", name) << QByteArray(json) << rules << lists << QString::fromUtf8(message);
    };
    row("unknown type", R"({"rules":[{"type":"host","value":"a.test","action":"block"}]})", 0, 0,
        "rules[0]: \"type\" must be one of");
    row("bad action", R"({"rules":[{"type":"domain","value":"a.test","action":"drop"}]})", 0, 0,
        "rules[0]: \"action\" must be");
    row("bad exit target", R"({"rules":[{"type":"domain","value":"a.test","action":"exit:no spaces"}]})", 0,
        0, "rules[0]: \"action\"");
    row("bad host", R"({"rules":[{"type":"domain","value":"a..test","action":"block"}]})", 0, 0,
        "rules[0]: \"a..test\" is not a host name");
    row("bad regex", R"({"rules":[{"type":"domain-regex","value":"(","action":"block"}]})", 0, 0,
        "not a valid RE2");
    row("lookahead regex", R"j({"rules":[{"type":"domain-regex","value":"(?=a)","action":"block"}]})j", 0, 0,
        "not a valid RE2");
    row("bad cidr", R"({"rules":[{"type":"ip-cidr","value":"10.0.0.0/33","action":"block"}]})", 0, 0,
        "not an IP network");
    row("bad port", R"({"rules":[{"type":"port","value":"70000","action":"block"}]})", 0, 0, "not a port");
    row("reversed range", R"({"rules":[{"type":"port","value":"90-80","action":"block"}]})", 0, 0,
        "not a port");
    row("keyword with space", R"({"rules":[{"type":"domain-keyword","value":"a b","action":"block"}]})", 0, 0,
        "domain keyword");
    row("duplicate id",
        R"({"rules":[{"id":"x","type":"final","action":"direct"},{"id":"x","type":"final","action":"block"}]})",
        1, 0, "rules[1]: duplicate id \"x\"");
    row("not an object", R"({"rules":[1,{"type":"final","action":"direct"}]})", 1, 0,
        "rules[0]: must be an object");
    row("rules not array", R"({"rules":{}})", 0, 0, "rules: must be an array");
    row("enabled not bool", R"({"rules":[{"type":"final","action":"direct","enabled":"yes"}]})", 0, 0,
        "\"enabled\" must be true or false");
    row("subscription over ftp", R"({"blocklists":[{"url":"ftp://x.test/list.txt"}]})", 0, 0,
        "blocklists[0]: \"url\" must be an http:// or https:// address");
    row("no path", R"({"blocklists":[{"name":"x"}]})", 0, 0,
        "blocklists[0]: \"path\" must name a local file");
    row("duplicate list", R"({"blocklists":[{"path":"/a/x.txt"},{"path":"/b/x.txt"}]})", 0, 1,
        "blocklists[1]: duplicate name \"x\"");
    row("bad list name", R"({"blocklists":[{"path":"/a/x.txt","name":"a,b"}]})", 0, 0,
        "blocklists[0]: \"name\"");
}

void tst_Policy::settingsRejectBadEntries()
{
    QFETCH(QByteArray, json);
    QFETCH(int, rulesKept);
    QFETCH(int, listsKept);
    QFETCH(QString, message);
    Settings s;
    QStringList errors;
    s.applyJson(QJsonDocument::fromJson(json).object(), &errors);
    QCOMPARE(s.rules.rules.size(), rulesKept);
    QCOMPARE(s.rules.blocklists.size(), listsKept);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().contains(message), qPrintable(errors.constFirst()));
}

void tst_Policy::actions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("normalised");
    QTest::addRow("block") << QStringLiteral("block") << true << QStringLiteral("block");
    QTest::addRow("allow") << QStringLiteral("allow") << true << QStringLiteral("allow");
    QTest::addRow("direct") << QStringLiteral("direct") << true << QStringLiteral("direct");
    QTest::addRow("region") << QStringLiteral("exit:de") << true << QStringLiteral("exit:DE");
    QTest::addRow("exit id") << QStringLiteral("exit:de-frankfurt-1") << true
                             << QStringLiteral("exit:de-frankfurt-1");
    QTest::addRow("empty exit") << QStringLiteral("exit:") << false << QString();
    QTest::addRow("upper") << QStringLiteral("BLOCK") << false << QString();
    QTest::addRow("reject") << QStringLiteral("reject") << false << QString();
}

void tst_Policy::actions()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QString, normalised);
    RuleAction a;
    QCOMPARE(parseRuleAction(text, &a), ok);
    if (ok) {
        QCOMPARE(ruleActionText(a), normalised);
    }
}

QTEST_GUILESS_MAIN(tst_Policy)
#include "tst_policy.moc"
