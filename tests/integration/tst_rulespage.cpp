// The Rules page in the window against the real engine on loopback, offscreen: toggling a rule's
// check box in the table changes the engine's decision for the next live request (403 block page
// vs 200 from the origin) and is saved without touching the rest of the config file; reordering
// (buttons or drag and drop) and deleting rules change what "test a URL" answers; "Update now"
// reads a changed list file off the UI thread and swaps it in; a list toggled off stops blocking.

#include "BlocklistModel.h"
#include "EngineFixture.h"
#include "MainWindow.h"
#include "ProxyClients.h"
#include "RuleFixtures.h"
#include "RuleModel.h"
#include "RulesPage.h"
#include "ScriptedOrigin.h"
#include "engine/Engine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Veil::Test;
using Veil::Rule;
using Veil::RuleModel;
using Veil::RulesPage;
using Veil::RuleType;
using Veil::Settings;

namespace {

QPushButton *button(QWidget *page, const QString &text)
{
    for (QPushButton *b : page->findChildren<QPushButton *>()) {
        if (b->text() == text) {
            return b;
        }
    }
    return nullptr;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

/** "enabled" of entry @p index of the array @p key in the saved file (absent: @p absent). */
bool savedEnabled(const QString &path, const char *key, int index, bool absent)
{
    return readJson(path)
        .value(QLatin1String(key))
        .toArray()
        .at(index)
        .toObject()
        .value(QStringLiteral("enabled"))
        .toBool(absent);
}

} // namespace

class TestRulesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void togglingARuleChangesTheLiveDecision();
    void reorderAndDeleteChangeTheAnswer();
    void updateNowReadsTheListAgain();

private:
    /** Clicks the row of @p row in @p view and presses Space on its check box, as a user would. */
    void toggleRow(QTableView *view, int row);
    int fetchStatus(quint16 port, const QByteArray &path, QByteArray *body = nullptr);

    QTemporaryDir m_dir;
    ScriptedOrigin m_origin;
};

void TestRulesPage::init()
{
    QVERIFY(m_dir.isValid());
    if (m_origin.port() == 0) {
        QVERIFY(m_origin.listen());
    }
}

void TestRulesPage::toggleRow(QTableView *view, int row)
{
    const QModelIndex cell = view->model()->index(row, RuleModel::Enabled);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                      view->visualRect(view->model()->index(row, 2)).center());
    QCOMPARE(view->currentIndex().row(), row);
    view->setCurrentIndex(cell);
    QTest::keyClick(view, Qt::Key_Space);
}

int TestRulesPage::fetchStatus(quint16 port, const QByteArray &path, QByteArray *body)
{
    WireMessage response;
    if (!rawProxyRequest(port, "http", "127.0.0.1", m_origin.port(), path, &response)) {
        return -1;
    }
    if (body) {
        *body = response.body;
    }
    return response.status;
}

void TestRulesPage::togglingARuleChangesTheLiveDecision()
{
    Settings s = EngineFixture::testSettings();
    Rule block = makeRule(QStringLiteral("no-local"), RuleType::IpCidr, QStringLiteral("127.0.0.1/32"),
                          QStringLiteral("block"));
    block.comment = QStringLiteral("the test origin");
    s.rules.rules = {block, makeRule(QStringLiteral("other"), RuleType::Domain,
                                     QStringLiteral("other.example"), QStringLiteral("block"))};
    const QString config = m_dir.filePath(QStringLiteral("toggle.json"));
    writeFile(config, R"({"version": 1, "mine": [1, 2], "listen": {"port": 4321},
                          "rules": [{"id": "no-local", "type": "ip-cidr", "value": "127.0.0.1/32",
                                     "action": "block", "comment": "the test origin"},
                                    {"id": "other", "type": "domain", "value": "other.example",
                                     "action": "block"}]})");

    Veil::MainWindow window;
    QVERIFY2(window.startEngine(s, config), qPrintable(window.engineError()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    RulesPage *page = window.rulesPage();
    window.findChild<QTabWidget *>()->setCurrentWidget(page);
    const quint16 port = window.engine()->port();

    QByteArray body;
    QCOMPARE(fetchStatus(port, "/one", &body), 403);
    QVERIFY2(body.contains("no-local"), body.constData()); // the block page names the rule
    QCOMPARE(m_origin.requests().size(), 0);

    // Off: the same request now reaches the origin.
    QSignalSpy requested(page, &RulesPage::settingsChangeRequested);
    toggleRow(page->ruleView(), 0);
    QCOMPARE(requested.size(), 1);
    QVERIFY(!window.settings().rules.rules.at(0).enabled);
    QCOMPARE(page->ruleModel()->index(0, RuleModel::Enabled).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));
    QCOMPARE(fetchStatus(port, "/two"), 200);
    QCOMPARE(m_origin.requests().size(), 1);

    // Saved: only the rule's flag changed; the user's other keys are as they were.
    const QJsonObject json = readJson(config);
    QVERIFY(!savedEnabled(config, "rules", 0, true));
    QVERIFY(savedEnabled(config, "rules", 1, false));
    QCOMPARE(json.value(QStringLiteral("mine")).toArray().size(), 2);
    QCOMPARE(json.value(QStringLiteral("listen")).toObject(), (QJsonObject{{QStringLiteral("port"), 4321}}));
    QVERIFY(!json.contains(QStringLiteral("ui")));

    // On again: blocked again; the hit count shows both blocks.
    toggleRow(page->ruleView(), 0);
    QCOMPARE(requested.size(), 2);
    QCOMPARE(fetchStatus(port, "/three"), 403);
    QCOMPARE(m_origin.requests().size(), 1);
    page->refresh(*window.engine());
    QCOMPARE(page->ruleModel()->hits(0), 2);
    QCOMPARE(page->ruleModel()->index(0, RuleModel::Hits).data().toString(), QStringLiteral("2"));
    QVERIFY(savedEnabled(config, "rules", 0, false));
}

void TestRulesPage::reorderAndDeleteChangeTheAnswer()
{
    Settings s = EngineFixture::testSettings();
    s.exits.mode = Veil::RoutingMode::Rules;
    s.exits.region = QStringLiteral("US");
    s.rules.rules = {makeRule(QStringLiteral("site"), RuleType::DomainSuffix, QStringLiteral("example.com"),
                              QStringLiteral("exit:DE")),
                     makeRule(QStringLiteral("www"), RuleType::Domain, QStringLiteral("www.example.com"),
                              QStringLiteral("direct"))};
    Veil::MainWindow window;
    QVERIFY2(window.startEngine(s, QString()), qPrintable(window.engineError()));
    RulesPage *page = window.rulesPage();

    QLineEdit *test = page->testEdit();
    test->setText(QStringLiteral("https://www.example.com"));
    QTest::keyClick(test, Qt::Key_Return);
    QVERIFY2(page->testResult().contains(QLatin1String("exit in DE")), qPrintable(page->testResult()));
    QVERIFY2(page->testResult().contains(QLatin1String("site")), qPrintable(page->testResult()));

    // Move "www" up: first match wins, so it goes direct now.
    page->ruleView()->selectRow(1);
    QPushButton *up = button(page, QStringLiteral("Move up"));
    QVERIFY(up && up->isEnabled());
    up->click();
    QCOMPARE(window.settings().rules.rules.at(0).id, QStringLiteral("www"));
    QCOMPARE(page->ruleView()->currentIndex().row(), 0); // the selection follows the rule
    QVERIFY(!up->isEnabled());
    QTest::keyClick(test, Qt::Key_Return);
    QVERIFY2(page->testResult().contains(QLatin1String("goes direct")), qPrintable(page->testResult()));

    // Drag "site" back to the top: what the view does on a drop (a real drag needs a window
    // system), the selection moving with the row and the new order applied at once.
    QTableView *view = page->ruleView();
    QCOMPARE(view->dragDropMode(), QAbstractItemView::InternalMove);
    const auto drag = [view](int row, int dropRow) {
        view->selectRow(row);
        std::unique_ptr<QMimeData> data(view->model()->mimeData(view->selectionModel()->selectedIndexes()));
        return data && view->model()->dropMimeData(data.get(), Qt::MoveAction, dropRow, 0, {});
    };
    QVERIFY(drag(1, 0));
    QCOMPARE(window.settings().rules.rules.at(0).id, QStringLiteral("site"));
    QCOMPARE(view->currentIndex().row(), 0);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view->selectionModel()->selectedRows().constFirst().row(), 0);
    QVERIFY(!up->isEnabled()); // the buttons follow the dragged row
    QTest::keyClick(test, Qt::Key_Return);
    QVERIFY2(page->testResult().contains(QLatin1String("exit in DE")), qPrintable(page->testResult()));
    QVERIFY(!drag(0, 1)); // dropped where it was: nothing to do
    QVERIFY(drag(0, -1)); // below the last row
    QCOMPARE(window.settings().rules.rules.at(0).id, QStringLiteral("www"));
    QCOMPARE(view->currentIndex().row(), 1);
    QVERIFY(up->isEnabled());
    view->selectRow(0);

    // Delete it: back to the suffix rule.
    button(page, QStringLiteral("Delete"))->click();
    QCOMPARE(window.settings().rules.rules.size(), 1);
    QVERIFY(page->message().contains(QLatin1String("www")));
    QTest::keyClick(test, Qt::Key_Return);
    QVERIFY2(page->testResult().contains(QLatin1String("exit in DE")), qPrintable(page->testResult()));

    // Add a block rule: it goes after the selection (or at the end) and blocks at once.
    page->ruleView()->clearSelection();
    page->addRule(makeRule(QStringLiteral("nope"), RuleType::DomainKeyword, QStringLiteral("exam"),
                           QStringLiteral("block")));
    QCOMPARE(window.settings().rules.rules.constLast().id, QStringLiteral("nope"));
    QTest::keyClick(test, Qt::Key_Return);
    QVERIFY2(page->testResult().startsWith(QLatin1String("Blocked.")), qPrintable(page->testResult()));
    QVERIFY2(page->testResult().contains(QLatin1String("nope")), qPrintable(page->testResult()));
}

void TestRulesPage::updateNowReadsTheListAgain()
{
    const QString list = m_dir.filePath(QStringLiteral("ads.txt"));
    writeFile(list, "! my list\n||ads.test^\n##.banner\n");
    Settings s = EngineFixture::testSettings();
    s.rules.blocklists = {Veil::BlocklistConfig{QStringLiteral("ads"), list, true, true, true}};
    const QString config = m_dir.filePath(QStringLiteral("lists.json"));
    Veil::MainWindow window;
    QVERIFY2(window.startEngine(s, config), qPrintable(window.engineError()));
    RulesPage *page = window.rulesPage();
    Veil::BlocklistModel *lists = page->listModel();
    QCOMPARE(lists->index(0, Veil::BlocklistModel::Rules).data().toString(), QStringLiteral("1"));
    QCOMPARE(lists->index(0, Veil::BlocklistModel::Skipped).data().toString(),
             QStringLiteral("1")); // ##.banner
    QVERIFY(page->testUrl(QStringLiteral("http://ads.test/x.js")).contains(QLatin1String("list ads")));
    QVERIFY(page->testUrl(QStringLiteral("other.test")).startsWith(QLatin1String("Allowed")));

    writeFile(list, "||ads.test^\n||other.test^\n");
    QSignalSpy loaded(window.engine(), &Veil::Engine::blocklistsLoaded);
    QPushButton *update = page->updateButton();
    update->click();
    QVERIFY(!update->isEnabled()); // until the lists are in
    QVERIFY(loaded.wait(10000));
    QVERIFY(update->isEnabled());
    QCOMPARE(lists->index(0, Veil::BlocklistModel::Rules).data().toString(), QStringLiteral("2"));
    QVERIFY2(page->testUrl(QStringLiteral("other.test")).startsWith(QLatin1String("Blocked.")),
             qPrintable(page->testResult()));

    // The list's check box off: nothing blocks; saved.
    loaded.clear();
    QVERIFY(
        lists->setData(lists->index(0, Veil::BlocklistModel::Enabled), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(loaded.wait(10000));
    QVERIFY(page->testUrl(QStringLiteral("ads.test")).startsWith(QLatin1String("Allowed")));
    QCOMPARE(lists->index(0, Veil::BlocklistModel::Updated).data().toString(), QStringLiteral("off"));
    const QJsonObject json = readJson(config);
    QVERIFY(!savedEnabled(config, "blocklists", 0, true));
    QVERIFY(!json.contains(QStringLiteral("rules"))); // unchanged, so not written
}

QTEST_MAIN(TestRulesPage)
#include "tst_rulespage.moc"
