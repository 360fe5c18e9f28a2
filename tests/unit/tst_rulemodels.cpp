// The Rules page's models and dialogs, offscreen: RuleModel and BlocklistModel under
// QAbstractItemModelTester (resets, moves, hit updates, check boxes), the rule and blocklist
// dialogs' inline validation, and the light / dark / system theme.

#include "BlocklistDialog.h"
#include "BlocklistModel.h"
#include "RuleDialog.h"
#include "RuleFixtures.h"
#include "RuleModel.h"
#include "Theme.h"
#include "rules/PolicyCounters.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMimeData>
#include <QPalette>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Veil;
using Veil::Test::makeRule;

namespace {

QList<Rule> threeRules()
{
    return {makeRule(QStringLiteral("a"), RuleType::DomainSuffix, QStringLiteral("ads.example"),
                     QStringLiteral("block")),
            makeRule(QStringLiteral("b"), RuleType::IpCidr, QStringLiteral("10.0.0.0/8"),
                     QStringLiteral("direct")),
            makeRule(QStringLiteral("c"), RuleType::Final, QStringLiteral(""), QStringLiteral("exit:US"))};
}

bool okEnabled(QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
}

} // namespace

class TestRuleModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ruleModelBasics();
    void ruleModelHitsAndMoves();
    void ruleModelDragAndDrop_data();
    void ruleModelDragAndDrop();
    void ruleModelRefusesBadDrops();
    void blocklistModel();
    void ruleDialogValidates_data();
    void ruleDialogValidates();
    void ruleDialogEditKeepsId();
    void blocklistDialogValidates();
    void themes();
};

void TestRuleModels::ruleModelBasics()
{
    RuleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setRules(threeRules());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(resets.size(), 1);
    model.setRules(threeRules()); // the same rules: no reset, the selection stays
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.index(0, RuleModel::Enabled).data().toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, RuleModel::Enabled).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(model.index(0, RuleModel::Match).data().toString(), QStringLiteral("ads.example"));
    QCOMPARE(model.index(1, RuleModel::Action).data().toString(), QStringLiteral("Direct"));
    QCOMPARE(model.index(2, RuleModel::Action).data().toString(), QStringLiteral("Exit via US"));
    QCOMPARE(model.index(2, RuleModel::Type).data().toString(), QStringLiteral("Everything"));
    QVERIFY(model.flags(model.index(0, RuleModel::Enabled)) & Qt::ItemIsUserCheckable);
    QVERIFY(!(model.flags(model.index(0, RuleModel::Match)) & Qt::ItemIsUserCheckable));

    QSignalSpy edited(&model, &RuleModel::edited);
    QVERIFY(model.setData(model.index(1, RuleModel::Enabled), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(edited.size(), 1);
    QVERIFY(!model.rules().at(1).enabled);
    QVERIFY(model.setData(model.index(1, RuleModel::Enabled), Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(edited.size(), 1); // no change, no request
    QVERIFY(!model.setData(model.index(1, RuleModel::Match), QStringLiteral("x"), Qt::EditRole));
}

void TestRuleModels::ruleModelHitsAndMoves()
{
    RuleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRules(threeRules());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setHits({{PolicyCounters::ruleKey(QStringLiteral("c")), 7},
                   {PolicyCounters::ruleKey(QStringLiteral("other")), 3}});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(2, RuleModel::Hits));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(2, RuleModel::Hits));
    QCOMPARE(model.hits(2), 7);
    model.setHits({{PolicyCounters::ruleKey(QStringLiteral("c")), 7}});
    QCOMPARE(changed.size(), 1); // nothing changed: no signal

    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QVERIFY(model.moveRule(2, 0));
    QCOMPARE(moved.size(), 1);
    QCOMPARE(model.rules().at(0).id, QStringLiteral("c"));
    QCOMPARE(model.hits(0), 7); // the count moves with its rule
    QVERIFY(model.moveRule(0, 2));
    QCOMPARE(model.rules().at(2).id, QStringLiteral("c"));
    QVERIFY(model.moveRule(0, 1));
    QCOMPARE(model.rules().at(0).id, QStringLiteral("b"));
    QVERIFY(!model.moveRule(0, 3));
    QVERIFY(!model.moveRule(-1, 0));

    // A reset keeps the counts of rules that stay.
    QList<Rule> fewer = model.rules();
    fewer.removeFirst();
    model.setRules(fewer);
    QCOMPARE(model.hits(1), 7);
}

namespace {

QStringList ruleIds(const RuleModel &model)
{
    QStringList ids;
    for (const Rule &r : model.rules()) {
        ids.append(r.id);
    }
    return ids;
}

/** What the table view hands over when row @p row is dragged: every cell of it. */
QMimeData *dragRow(const RuleModel &model, int row)
{
    QModelIndexList cells;
    for (int c = 0; c < model.columnCount(); ++c) {
        cells.append(model.index(row, c));
    }
    return model.mimeData(cells);
}

} // namespace

void TestRuleModels::ruleModelDragAndDrop_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("dropRow"); // the view's "insert before this row"; -1 below the last
    QTest::addColumn<QStringList>("order");
    QTest::newRow("last to top") << 2 << 0
                                 << QStringList{QStringLiteral("c"), QStringLiteral("a"),
                                                QStringLiteral("b")};
    QTest::newRow("first below second")
        << 0 << 2 << QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")};
    QTest::newRow("first to the end")
        << 0 << 3 << QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")};
    QTest::newRow("first onto empty space")
        << 0 << -1 << QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")};
    QTest::newRow("middle up") << 1 << 0
                               << QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")};
}

void TestRuleModels::ruleModelDragAndDrop()
{
    QFETCH(int, from);
    QFETCH(int, dropRow);
    QFETCH(QStringList, order);
    RuleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRules(threeRules());
    model.setHits({{PolicyCounters::ruleKey(QStringLiteral("a")), 5}});
    QVERIFY(model.flags(model.index(from, RuleModel::Match)).testFlag(Qt::ItemIsDragEnabled));
    QVERIFY(!model.flags(model.index(from, RuleModel::Match)).testFlag(Qt::ItemIsDropEnabled));
    QVERIFY(model.flags({}).testFlag(Qt::ItemIsDropEnabled));
    QCOMPARE(model.supportedDropActions(), Qt::MoveAction);

    std::unique_ptr<QMimeData> data(dragRow(model, from));
    QVERIFY(data);
    QCOMPARE(data->formats(), model.mimeTypes());
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy edited(&model, &RuleModel::edited);
    QVERIFY(model.canDropMimeData(data.get(), Qt::MoveAction, dropRow, 0, {}));
    QVERIFY(model.dropMimeData(data.get(), Qt::MoveAction, dropRow, 0, {}));
    QCOMPARE(ruleIds(model), order);
    QCOMPARE(moved.size(), 1); // a move, so views keep the row selected
    QCOMPARE(reset.size(), 0);
    QCOMPARE(edited.size(), 1);                                       // the page applies the new order
    QCOMPARE(model.hits(int(order.indexOf(QStringLiteral("a")))), 5); // the count moves with its rule
    QCOMPARE(model.data(model.index(0, RuleModel::Enabled)).toString(), QStringLiteral("1"));
}

void TestRuleModels::ruleModelRefusesBadDrops()
{
    RuleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRules(threeRules());
    QSignalSpy edited(&model, &RuleModel::edited);
    QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
    std::unique_ptr<QMimeData> data(dragRow(model, 1));
    QVERIFY(data);
    const auto refused = [&](const QMimeData *d, Qt::DropAction action, int row, const QModelIndex &parent) {
        return !model.canDropMimeData(d, action, row, 0, parent) &&
               !model.dropMimeData(d, action, row, 0, parent);
    };
    QVERIFY(refused(data.get(), Qt::MoveAction, 1, {}));                // back where it was
    QVERIFY(refused(data.get(), Qt::MoveAction, 2, {}));                // just below itself: same place
    QVERIFY(refused(data.get(), Qt::CopyAction, 0, {}));                // a copy would duplicate the id
    QVERIFY(refused(data.get(), Qt::MoveAction, 0, model.index(0, 0))); // onto a rule
    QVERIFY(refused(data.get(), Qt::MoveAction, 7, {}));
    QVERIFY(refused(data.get(), Qt::MoveAction, -2, {}));
    QVERIFY(refused(nullptr, Qt::MoveAction, 0, {}));

    QMimeData text;
    text.setText(QStringLiteral("b"));
    QVERIFY(refused(&text, Qt::MoveAction, 0, {})); // not a rule
    QMimeData garbage;
    garbage.setData(QLatin1String(RuleModel::MimeType), QByteArray("\x01"));
    QVERIFY(refused(&garbage, Qt::MoveAction, 0, {}));

    // A drag that started before the rules changed names a row that holds another rule now.
    QList<Rule> changed = model.rules();
    changed.move(1, 2);
    model.setRules(changed);
    QVERIFY(refused(data.get(), Qt::MoveAction, 0, {}));

    // Cells of two rows are not one dragged rule; nothing at all is no drag.
    QVERIFY(!model.mimeData({model.index(0, 0), model.index(1, 0)}));
    QVERIFY(!model.mimeData({}));

    QCOMPARE(edited.size(), 0);
    QCOMPARE(moved.size(), 0);
    QCOMPARE(ruleIds(model), QStringList({QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
}

void TestRuleModels::blocklistModel()
{
    BlocklistModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    BlocklistConfig ads{QStringLiteral("ads"), QStringLiteral("/lists/ads.txt"), true, true, true};
    BlocklistConfig tv{QStringLiteral("tv"), QStringLiteral("/lists/tv.txt"), true, false, true};
    BlocklistConfig off{QStringLiteral("off"), QStringLiteral("/lists/off.txt"), false, true, true};
    model.setLists({ads, tv, off});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(0, BlocklistModel::Updated).data().toString(), QStringLiteral("loading…"));
    QCOMPARE(model.index(2, BlocklistModel::Updated).data().toString(), QStringLiteral("off"));
    QCOMPARE(model.index(1, BlocklistModel::Use).data().toString(), QStringLiteral("For rules only"));
    QCOMPARE(model.index(0, BlocklistModel::Source).data().toString(), QStringLiteral("File: ads.txt"));

    BlocklistReport adsReport;
    adsReport.name = ads.name;
    adsReport.hostRules = 40;
    adsReport.urlRules = 2;
    adsReport.skipped[std::size_t(SkipReason::Cosmetic)] = 5;
    adsReport.skipped[std::size_t(SkipReason::Comment)] = 9;
    adsReport.loadedAt = QDateTime::currentDateTime();
    BlocklistReport tvReport;
    tvReport.name = tv.name;
    tvReport.error = QStringLiteral("cannot read /lists/tv.txt: No such file");
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setReports({adsReport, tvReport});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, BlocklistModel::Rules).data().toString(), QStringLiteral("42"));
    QCOMPARE(model.index(0, BlocklistModel::Skipped).data().toString(), QStringLiteral("5")); // not comments
    QVERIFY(model.index(0, BlocklistModel::Skipped)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("cosmetic")));
    QCOMPARE(model.index(1, BlocklistModel::Rules).data().toString(), QStringLiteral("error"));
    QVERIFY(model.index(1, BlocklistModel::Name)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("No such file")));
    QVERIFY(!model.report(2)); // disabled lists are not loaded

    model.setHits({{PolicyCounters::listKey(QStringLiteral("ads")), 12}});
    QCOMPARE(model.index(0, BlocklistModel::Hits).data().toString(), QStringLiteral("12"));

    QSignalSpy edited(&model, &BlocklistModel::edited);
    QVERIFY(model.setData(model.index(2, BlocklistModel::Enabled), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(edited.size(), 1);
    QVERIFY(model.lists().at(2).enabled);
}

void TestRuleModels::ruleDialogValidates_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("action"); // combo data
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("problem"); // empty: valid
    QTest::newRow("empty value") << int(RuleType::Domain) << QString() << QStringLiteral("block") << QString()
                                 << QStringLiteral("Enter what");
    QTest::newRow("bad host") << int(RuleType::Domain) << QStringLiteral("not a host")
                              << QStringLiteral("block") << QString() << QStringLiteral("not a host name");
    QTest::newRow("bad regex") << int(RuleType::DomainRegex) << QStringLiteral("(ads")
                               << QStringLiteral("block") << QString() << QStringLiteral("RE2");
    QTest::newRow("lookaround") << int(RuleType::DomainRegex) << QStringLiteral("(?=ads)")
                                << QStringLiteral("block") << QString() << QStringLiteral("RE2");
    QTest::newRow("bad cidr") << int(RuleType::IpCidr) << QStringLiteral("10.0.0.0/33")
                              << QStringLiteral("direct") << QString() << QStringLiteral("IP network");
    QTest::newRow("bad port") << int(RuleType::Port) << QStringLiteral("70000") << QStringLiteral("block")
                              << QString() << QStringLiteral("port");
    QTest::newRow("reversed range") << int(RuleType::Port) << QStringLiteral("9000-8000")
                                    << QStringLiteral("block") << QString() << QStringLiteral("port");
    QTest::newRow("no exit") << int(RuleType::Domain) << QStringLiteral("a.example")
                             << QStringLiteral("exit:") << QString() << QStringLiteral("region code");
    QTest::newRow("bad exit") << int(RuleType::Domain) << QStringLiteral("a.example")
                              << QStringLiteral("exit:") << QStringLiteral("bad id!")
                              << QStringLiteral("neither");
    QTest::newRow("region") << int(RuleType::DomainSuffix) << QStringLiteral("Video.Example")
                            << QStringLiteral("exit:") << QStringLiteral("us") << QString();
    QTest::newRow("exit id") << int(RuleType::DomainSuffix) << QStringLiteral("video.example")
                             << QStringLiteral("exit:") << QStringLiteral("us-east-1") << QString();
    QTest::newRow("cidr") << int(RuleType::IpCidr) << QStringLiteral("192.168.1.7/16")
                          << QStringLiteral("direct") << QString() << QString();
    QTest::newRow("final") << int(RuleType::Final) << QString() << QStringLiteral("allow") << QString()
                           << QString();
}

void TestRuleModels::ruleDialogValidates()
{
    QFETCH(int, type);
    QFETCH(QString, value);
    QFETCH(QString, action);
    QFETCH(QString, target);
    QFETCH(QString, problem);
    RuleDialog dialog({QStringLiteral("rule-1")}, {QStringLiteral("US"), QStringLiteral("us-east-1")},
                      {QStringLiteral("easylist")});
    dialog.typeBox()->setCurrentIndex(dialog.typeBox()->findData(type));
    dialog.valueEdit()->setText(value);
    dialog.actionBox()->setCurrentIndex(dialog.actionBox()->findData(action));
    dialog.targetBox()->setCurrentText(target);
    QCOMPARE(dialog.isValid(), problem.isEmpty());
    QCOMPARE(okEnabled(dialog), problem.isEmpty());
    if (problem.isEmpty()) {
        QCOMPARE(dialog.rule().id, QStringLiteral("rule-2")); // rule-1 is taken
        QCOMPARE(int(dialog.rule().type), type);
        if (type == int(RuleType::IpCidr)) {
            QCOMPARE(dialog.rule().value, QStringLiteral("192.168.0.0/16")); // normalised
        }
        if (target == QLatin1String("us")) {
            QCOMPARE(dialog.rule().action.target, QStringLiteral("US"));
            QCOMPARE(dialog.rule().value, QStringLiteral("video.example"));
        }
    } else {
        QVERIFY2(dialog.problem().contains(problem, Qt::CaseInsensitive), qPrintable(dialog.problem()));
    }
}

void TestRuleModels::ruleDialogEditKeepsId()
{
    RuleDialog dialog({QStringLiteral("other")}, {}, {});
    Rule r = makeRule(QStringLiteral("mine"), RuleType::Port, QStringLiteral("8000-8100"),
                      QStringLiteral("exit:DE"));
    r.comment = QStringLiteral("dev servers");
    r.enabled = false;
    dialog.setRule(r);
    QVERIFY(dialog.isValid());
    QCOMPARE(dialog.rule(), r);
    dialog.setRoutingRulesActive(false);
    QVERIFY(dialog.hint().contains(QLatin1String("Rules")));
    dialog.actionBox()->setCurrentIndex(dialog.actionBox()->findData(QStringLiteral("block")));
    QVERIFY(dialog.hint().isEmpty()); // block works in every mode
    QCOMPARE(dialog.rule().id, QStringLiteral("mine"));
}

void TestRuleModels::blocklistDialogValidates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("my-hosts.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("0.0.0.0 ads.example\n");
    file.close();

    BlocklistDialog dialog({QStringLiteral("taken")});
    QVERIFY(!dialog.isValid());
    QVERIFY(dialog.problem().contains(QLatin1String("Choose")));
    dialog.pathEdit()->setText(dir.filePath(QStringLiteral("missing.txt")));
    QVERIFY(dialog.problem().contains(QLatin1String("not a file")));
    dialog.pathEdit()->setText(path);
    QVERIFY2(dialog.isValid(), qPrintable(dialog.problem()));
    QCOMPARE(dialog.nameEdit()->text(), QStringLiteral("my-hosts")); // named after the file
    QCOMPARE(dialog.list().path, path);
    dialog.nameEdit()->setText(QStringLiteral("taken"));
    QVERIFY(dialog.problem().contains(QLatin1String("already exists")));
    QVERIFY(!okEnabled(dialog));
    dialog.nameEdit()->setText(QStringLiteral("a,b"));
    QVERIFY(!dialog.isValid());
    dialog.nameEdit()->setText(QStringLiteral("mine"));
    dialog.blockBox()->setChecked(false);
    QVERIFY(dialog.isValid());
    QCOMPARE(dialog.list().name, QStringLiteral("mine"));
    QVERIFY(!dialog.list().block);
}

void TestRuleModels::themes()
{
    const QPalette original = QApplication::palette();
    Theme::apply(UiTheme::Dark);
    QVERIFY(Theme::isDark());
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    Theme::apply(UiTheme::Light);
    QVERIFY(!Theme::isDark());
    Theme::apply(UiTheme::System);
    // Offscreen the platform asks for nothing dark: the original palette is back.
    QCOMPARE(Theme::isDark(), Theme::systemPrefersDark());
    if (!Theme::systemPrefersDark()) {
        QCOMPARE(QApplication::palette().color(QPalette::Window), original.color(QPalette::Window));
    }
}

QTEST_MAIN(TestRuleModels)
#include "tst_rulemodels.moc"
