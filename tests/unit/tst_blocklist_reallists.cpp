// Real EasyList, EasyPrivacy and URLhaus from Debian's webext-ublock-origin-firefox package: they
// load, say what they skipped, and block entries the test picks from the files themselves (so the
// expectations come from the data, and the reported line must hold the reported pattern).

#include "RealBlocklists.h"
#include "TestSupport.h"
#include "rules/Blocklist.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Veil;

namespace {

QList<QByteArray> fileLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.constLast().isEmpty()) {
        lines.removeLast();
    }
    for (QByteArray &l : lines) {
        l = l.trimmed();
    }
    return lines;
}

} // namespace

class tst_BlocklistRealLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsAndReports();
    void blocksHostEntriesPickedFromTheFiles();
    void blocksUrlEntriesPickedFromTheFiles();
    void leavesOtherHostsAlone();

private:
    QList<BlocklistSource> m_sources;
    QList<QList<QByteArray>> m_lines;
    std::shared_ptr<const Blocklist> m_lists;
};

void tst_BlocklistRealLists::initTestCase()
{
    m_sources = Test::realBlocklistSources();
    QVERIFY2(!m_sources.isEmpty(),
             "install webext-ublock-origin-firefox (apt): it ships the real lists these tests use");
    for (const BlocklistSource &s : m_sources) {
        m_lines.append(fileLines(s.path));
        QVERIFY2(!m_lines.constLast().isEmpty(), qPrintable(s.path));
    }
    const qint64 rssBefore = Test::residentSetBytes();
    QElapsedTimer timer;
    timer.start();
    m_lists = Blocklist::load(m_sources);
    const qint64 elapsed = timer.elapsed();
    qDebug() << "EasyList + EasyPrivacy + URLhaus: loaded and compiled in" << elapsed << "ms;"
             << m_lists->hostRuleCount() << "host rules," << m_lists->urlRuleCount() << "URL/regex rules;"
             << m_lists->memoryBytes() / 1024 << "KiB in tables; RSS delta"
             << (Test::residentSetBytes() - rssBefore) / 1024 << "KiB";
    for (const BlocklistReport &r : m_lists->reports()) {
        qDebug().noquote() << r.summary();
    }
}

void tst_BlocklistRealLists::loadsAndReports()
{
    QCOMPARE(m_lists->reports().size(), 3);
    for (qsizetype i = 0; i < 3; ++i) {
        const BlocklistReport &r = m_lists->reports().at(i);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.lines, m_lines.at(i).size());
        // Every line is accounted for: a rule (a hosts line may give several), a skip, or blank.
        qint64 blank = 0;
        for (const QByteArray &l : m_lines.at(i)) {
            blank += l.isEmpty() ? 1 : 0;
        }
        QVERIFY(r.rules() + r.skippedTotal() + r.badfilters + blank >= r.lines);
        QVERIFY(r.skipped[std::size_t(SkipReason::Comment)] > 0);
    }
    const BlocklistReport &easylist = m_lists->reports().at(0);
    QVERIFY(easylist.hostRules > 1000);
    QVERIFY(easylist.urlRules > 1000);
    QVERIFY(easylist.skipped[std::size_t(SkipReason::Cosmetic)] > 1000);
    QVERIFY(easylist.skipped[std::size_t(SkipReason::Popup)] > 0);
    QVERIFY(m_lists->reports().at(2).hostRules > 1000); // URLhaus: plain domains and IPs
}

void tst_BlocklistRealLists::blocksHostEntriesPickedFromTheFiles()
{
    // The first 25 plain "||host^" lines of each ABP list and plain domain lines of URLhaus.
    static const QRegularExpression abpHost(QStringLiteral("^\\|\\|([a-z0-9.-]+)\\^$"));
    static const QRegularExpression plainHost(QStringLiteral("^[a-z0-9.-]+\\.[a-z]{2,}$"));
    QByteArray all;
    for (const QList<QByteArray> &lines : m_lines) {
        all += lines.join('\n') + '\n';
    }
    int checked = 0;
    for (qsizetype list = 0; list < m_lines.size(); ++list) {
        int picked = 0;
        for (qsizetype n = 0; n < m_lines.at(list).size() && picked < 25; ++n) {
            const QString line = QString::fromUtf8(m_lines.at(list).at(n));
            QByteArray host;
            if (const QRegularExpressionMatch m = abpHost.match(line); m.hasMatch()) {
                host = m.captured(1).toLatin1();
            } else if (list == 2 && plainHost.match(line).hasMatch()) {
                host = line.toLatin1();
            } else {
                continue;
            }
            // Leave out hosts an exception or another list also names: the expectation must be exact.
            if (all.contains(QByteArray("@@||" + host)) ||
                all.count(QByteArray("||" + host + '^')) + all.count(QByteArray('\n' + host + '\n')) > 1) {
                continue;
            }
            ++picked;
            const QByteArray sub = "veil-test." + host;
            BlockRequest request;
            request.host = sub;
            const BlockMatch match = m_lists->match(request);
            QVERIFY2(match.blocked, sub.constData());
            QCOMPARE(match.hit.list, int(list));
            QCOMPARE(match.hit.line, quint32(n + 1));
            QCOMPARE(match.hit.pattern, list == 2 ? host : "||" + host + '^');
            ++checked;
        }
        QCOMPARE(picked, 25);
    }
    QCOMPARE(checked, 75);
}

void tst_BlocklistRealLists::blocksUrlEntriesPickedFromTheFiles()
{
    // EasyList path filters without options or wildcards ("/adbanner.", "-ad-300x250."): a URL
    // holding the filter text must be blocked, by a line that really holds the reported filter.
    static const QRegularExpression pathFilter(QStringLiteral("^[-/_.a-z0-9]{6,}$"));
    int checked = 0;
    const QList<QByteArray> &easylist = m_lines.at(0);
    for (qsizetype n = 0; n < easylist.size() && checked < 50; ++n) {
        const QByteArray &line = easylist.at(n);
        if (!pathFilter.match(QString::fromLatin1(line)).hasMatch() || line.endsWith('/') ||
            !(line.startsWith('/') || line.startsWith('-') || line.startsWith('_'))) {
            continue;
        }
        const QByteArray url = "http://veil-test.invalid/x" + line + "y";
        const QByteArray lower = url.toLower();
        BlockRequest request;
        request.host = "veil-test.invalid";
        request.url = url;
        request.urlLower = lower;
        const BlockMatch match = m_lists->match(request);
        if (!match.blocked && match.hit.exception) {
            continue; // a real exception in the lists covers this URL
        }
        QVERIFY2(match.blocked, url.constData());
        QVERIFY(match.hit.list >= 0 && match.hit.list < 3);
        QCOMPARE(m_lines.at(match.hit.list).at(match.hit.line - 1), match.hit.pattern);
        ++checked;
    }
    QCOMPARE(checked, 50);
    // The same URLs through a tunnel expose only the host: no URL filter can apply.
    BlockRequest tunnel;
    tunnel.host = "veil-test.invalid";
    QVERIFY(!m_lists->match(tunnel).blocked);
}

void tst_BlocklistRealLists::leavesOtherHostsAlone()
{
    for (int i = 0; i < 1000; ++i) {
        const QByteArray host = "veil-" + QByteArray::number(i) + ".example.invalid";
        BlockRequest request;
        request.host = host;
        QVERIFY2(!m_lists->match(request).blocked, host.constData());
    }
}

QTEST_GUILESS_MAIN(tst_BlocklistRealLists)
#include "tst_blocklist_reallists.moc"
