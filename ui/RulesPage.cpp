#include "RulesPage.h"

#include "BlocklistDialog.h"
#include "BlocklistModel.h"
#include "InlineMessage.h"
#include "LeftToRightTextDelegate.h"
#include "RuleDialog.h"
#include "RuleModel.h"
#include "engine/Engine.h"
#include "rules/Policy.h"

#include <QFontMetrics>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <set>

namespace Veil {

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

/**
 * Widens @p column to fit its header and @p texts: the widths suit the English labels, and a
 * translation may need more.
 */
void fitColumn(QTableView *view, int column, const QStringList &texts = {})
{
    int width = qMax(view->columnWidth(column), view->horizontalHeader()->sectionSizeHint(column));
    const QFontMetrics metrics(view->font());
    for (const QString &text : texts) {
        width = qMax(width, metrics.horizontalAdvance(text) + 16); // and the cell's margins
    }
    view->setColumnWidth(column, width);
}

QPushButton *addButton(QHBoxLayout *row, const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    row->addWidget(button);
    return button;
}

} // namespace

RulesPage::RulesPage(QWidget *parent)
    : QWidget(parent)
    , m_rules(new RuleModel(this))
    , m_lists(new BlocklistModel(this))
    , m_ruleView(makeTable(m_rules, this))
    , m_listView(makeTable(m_lists, this))
    , m_modeNote(new QLabel(this))
    , m_message(new QLabel(this))
    , m_updateStatus(new QLabel(this))
    , m_testEdit(new QLineEdit(this))
    , m_testResult(new QLabel(this))
{
    m_ruleView->setColumnWidth(RuleModel::Enabled, 56);
    m_ruleView->setColumnWidth(RuleModel::Type, 170);
    m_ruleView->setColumnWidth(RuleModel::Match, 260);
    m_ruleView->setColumnWidth(RuleModel::Action, 150);
    m_ruleView->setColumnWidth(RuleModel::Hits, 80);
    m_listView->setColumnWidth(BlocklistModel::Enabled, 40);
    m_listView->setColumnWidth(BlocklistModel::Name, 140);
    m_listView->setColumnWidth(BlocklistModel::Use, 110);
    m_listView->setColumnWidth(BlocklistModel::Source, 220);
    m_listView->setColumnWidth(BlocklistModel::Updated, 150);
    m_listView->setColumnWidth(BlocklistModel::Rules, 80);
    m_listView->setColumnWidth(BlocklistModel::Skipped, 100);
    m_listView->horizontalHeader()->setStretchLastSection(false);
    for (QTableView *view : {m_ruleView, m_listView}) {
        for (int column = 0; column < view->model()->columnCount(); ++column) {
            fitColumn(view, column);
        }
    }
    QStringList types;
    for (const RuleType type :
         {RuleType::Domain, RuleType::DomainSuffix, RuleType::DomainKeyword, RuleType::DomainRegex,
          RuleType::IpCidr, RuleType::Port, RuleType::List, RuleType::Final}) {
        types.append(RuleModel::typeLabel(type));
    }
    fitColumn(m_ruleView, RuleModel::Type, types);
    fitColumn(m_ruleView, RuleModel::Action,
              {RuleModel::actionLabel({RuleAction::Kind::Block, {}}),
               RuleModel::actionLabel({RuleAction::Kind::Allow, {}}),
               RuleModel::actionLabel({RuleAction::Kind::Direct, {}}),
               RuleModel::actionLabel({RuleAction::Kind::Exit, QStringLiteral("WW")})});
    fitColumn(m_listView, BlocklistModel::Use,
              {BlocklistModel::useLabel(true), BlocklistModel::useLabel(false)});
    m_listView->horizontalHeader()->setSectionResizeMode(BlocklistModel::Source, QHeaderView::Stretch);
    // Hosts, patterns, list names and files read left to right in right-to-left languages too.
    m_ruleView->setItemDelegateForColumn(RuleModel::Match, new LeftToRightTextDelegate(m_ruleView));
    auto *listDelegate = new LeftToRightTextDelegate(m_listView);
    m_listView->setItemDelegateForColumn(BlocklistModel::Name, listDelegate);
    m_listView->setItemDelegateForColumn(BlocklistModel::Source, listDelegate);
    m_modeNote->setWordWrap(true);
    // Rules reorder by drag and drop too (RuleModel moves the row and says edited()).
    m_ruleView->setDragEnabled(true);
    m_ruleView->setAcceptDrops(true);
    m_ruleView->setDropIndicatorShown(true);
    m_ruleView->setDragDropMode(QAbstractItemView::InternalMove);
    m_ruleView->setDefaultDropAction(Qt::MoveAction);
    m_ruleView->setDragDropOverwriteMode(false); // drop between rows; nothing is overwritten
    m_message->setWordWrap(true);
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testEdit->setPlaceholderText(
        tr("http://example.com/ads/banner.js, https://example.com or example.com:443"));
    m_testEdit->setClearButtonEnabled(true);

    auto *ruleButtons = new QHBoxLayout;
    QPushButton *add = addButton(ruleButtons, tr("Add…"), this);
    m_editRule = addButton(ruleButtons, tr("Edit…"), this);
    m_removeRule = addButton(ruleButtons, tr("Delete"), this);
    m_up = addButton(ruleButtons, tr("Move up"), this);
    m_down = addButton(ruleButtons, tr("Move down"), this);
    const QString dragHint = tr("You can also drag a rule to its place in the table.");
    m_up->setToolTip(dragHint);
    m_down->setToolTip(dragHint);
    ruleButtons->addStretch(1);
    auto *rulesBox = new QGroupBox(tr("Rules (first match wins: allow, then block, then routing)"), this);
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(m_ruleView, 1);
    rulesLayout->addLayout(ruleButtons);
    rulesLayout->addWidget(m_modeNote);

    auto *listButtons = new QHBoxLayout;
    QPushButton *addList = addButton(listButtons, tr("Add…"), this);
    m_editList = addButton(listButtons, tr("Edit…"), this);
    m_removeList = addButton(listButtons, tr("Remove"), this);
    m_update = addButton(listButtons, tr("Update now"), this);
    m_update->setToolTip(tr("Read the enabled lists again from disk, check subscriptions for a new version, "
                            "and use them for new connections."));
    listButtons->addWidget(m_updateStatus);
    listButtons->addStretch(1);
    auto *listsBox = new QGroupBox(tr("Blocklists"), this);
    auto *listsLayout = new QVBoxLayout(listsBox);
    listsLayout->addWidget(m_listView, 1);
    listsLayout->addLayout(listButtons);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(rulesBox);
    split->addWidget(listsBox);
    split->setChildrenCollapsible(false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *test = new QPushButton(tr("Test"), this);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(new QLabel(tr("Test a URL:"), this));
    testRow->addWidget(m_testEdit, 1);
    testRow->addWidget(test);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_message);
    layout->addLayout(testRow);
    layout->addWidget(m_testResult);

    connect(add, &QPushButton::clicked, this, &RulesPage::newRule);
    connect(m_editRule, &QPushButton::clicked, this, &RulesPage::editRule);
    connect(m_ruleView, &QTableView::doubleClicked, this, &RulesPage::editRule);
    connect(m_removeRule, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(m_ruleView); row >= 0) {
            removeRule(m_rules->rules().at(row).id);
        }
    });
    connect(m_up, &QPushButton::clicked, this,
            [this] { moveRule(selectedRow(m_ruleView), selectedRow(m_ruleView) - 1); });
    connect(m_down, &QPushButton::clicked, this,
            [this] { moveRule(selectedRow(m_ruleView), selectedRow(m_ruleView) + 1); });
    connect(addList, &QPushButton::clicked, this, &RulesPage::newList);
    connect(m_editList, &QPushButton::clicked, this, &RulesPage::editList);
    connect(m_listView, &QTableView::doubleClicked, this, &RulesPage::editList);
    connect(m_removeList, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(m_listView); row >= 0) {
            removeList(m_lists->lists().at(row).name);
        }
    });
    connect(m_update, &QPushButton::clicked, this, [this] {
        m_update->setEnabled(false);
        m_updateStatus->setText(tr("Reading the lists…"));
        Q_EMIT updateListsRequested();
    });
    connect(test, &QPushButton::clicked, this, [this] { testUrl(m_testEdit->text()); });
    connect(m_testEdit, &QLineEdit::returnPressed, this, [this] { testUrl(m_testEdit->text()); });
    // A check box toggled in a table is a change like any other.
    connect(m_rules, &RuleModel::edited, this, &RulesPage::requestFromModels);
    connect(m_lists, &BlocklistModel::edited, this, &RulesPage::requestFromModels);
    connect(m_ruleView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RulesPage::updateButtons);
    connect(m_listView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RulesPage::updateButtons);
    connect(m_rules, &QAbstractItemModel::modelReset, this, &RulesPage::updateButtons);
    connect(m_rules, &QAbstractItemModel::rowsMoved, this, &RulesPage::updateButtons); // a dragged row
    connect(m_lists, &QAbstractItemModel::modelReset, this, &RulesPage::updateButtons);
    updateButtons();
}

RulesPage::~RulesPage() = default;

QString RulesPage::message() const
{
    return m_message->text();
}

QString RulesPage::testResult() const
{
    return m_testResult->text();
}

void RulesPage::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_rules->setRules(settings.rules.rules);
    m_lists->setLists(settings.rules.blocklists);
    const bool routingActive = settings.exits.mode == RoutingMode::Rules;
    const bool anyRouting =
        std::any_of(settings.rules.rules.cbegin(), settings.rules.rules.cend(), [](const Rule &r) {
            return r.enabled && RuleSet::passOf(r.action) == RuleSet::Pass::Route;
        });
    m_modeNote->setText(anyRouting && !routingActive
                            ? tr("Direct and exit rules are waiting: they take effect in the \"Rules\" mode "
                                 "(Overview or tray). Block and allow rules work in every mode.")
                            : QString());
    m_modeNote->setVisible(!m_modeNote->text().isEmpty());
}

void RulesPage::refresh(const Engine &engine)
{
    const QHash<QString, qint64> counters = engine.policyCounters().values();
    m_rules->setHits(counters);
    m_lists->setHits(counters);
    m_lists->setReports(engine.blocklistReports());
    m_lists->setSubscriptions(engine.subscriptionStates());
    if (const EngineContextPtr context = engine.context()) {
        m_policy = context->policy;
    }
}

void RulesPage::subscriptionChanged(const SubscriptionState &state)
{
    m_lists->setSubscription(state);
    if (!state.updating && !state.error.isEmpty()) {
        m_updateStatus->setText(tr("%1 was not updated: %2").arg(state.name, state.error));
    }
}

void RulesPage::listsLoaded(const QList<BlocklistReport> &reports)
{
    m_lists->setReports(reports);
    if (m_update->isEnabled()) {
        return; // loaded after a settings change, not after "Update now"
    }
    m_update->setEnabled(true);
    qint64 rules = 0;
    QStringList failed;
    for (const BlocklistReport &r : reports) {
        rules += r.rules();
        if (!r.error.isEmpty()) {
            failed.append(r.name);
        }
    }
    m_updateStatus->setText(
        failed.isEmpty()
            ? tr("Updated: %n rule(s) in use.", nullptr, int(qMin<qint64>(rules, INT_MAX)))
            : tr("Could not read: %1. The other lists are updated.").arg(failed.join(QStringLiteral(", "))));
}

void RulesPage::request(Settings settings)
{
    setSettings(settings);
    Q_EMIT settingsChangeRequested(settings);
}

void RulesPage::requestFromModels()
{
    Settings next = m_settings;
    next.rules.rules = m_rules->rules();
    next.rules.blocklists = m_lists->lists();
    request(next);
}

int RulesPage::selectedRow(const QTableView *view) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

void RulesPage::selectRow(QTableView *view, int row)
{
    if (row >= 0 && row < view->model()->rowCount()) {
        view->selectionModel()->select(view->model()->index(row, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->setCurrentIndex(view->model()->index(row, 0));
    }
    updateButtons(); // a moved row keeps its selection without selectionChanged
}

void RulesPage::updateButtons()
{
    const int rule = selectedRow(m_ruleView);
    m_editRule->setEnabled(rule >= 0);
    m_removeRule->setEnabled(rule >= 0);
    m_up->setEnabled(rule > 0);
    m_down->setEnabled(rule >= 0 && rule + 1 < m_rules->rowCount());
    const int list = selectedRow(m_listView);
    m_editList->setEnabled(list >= 0);
    m_removeList->setEnabled(list >= 0);
}

QStringList RulesPage::exitTargets() const
{
    std::set<QString> regions;
    QStringList ids;
    for (const Exit &e : m_settings.exits.exits) {
        if (!e.region.isEmpty()) {
            regions.insert(e.region);
        }
        ids.append(e.id);
    }
    return QStringList(regions.cbegin(), regions.cend()) + ids;
}

void RulesPage::addRule(const Rule &rule)
{
    Settings next = m_settings;
    QList<Rule> &rules = next.rules.rules;
    qsizetype at = selectedRow(m_ruleView) + 1;
    if (at <= 0) {
        at = rules.size();
        if (!rules.isEmpty() && rules.constLast().type == RuleType::Final && rule.type != RuleType::Final) {
            --at; // nothing after "everything" would ever match
        }
    }
    rules.insert(at, rule);
    m_message->setText(tr("Added rule %1.").arg(rule.id));
    request(next);
    selectRow(m_ruleView, int(at));
}

void RulesPage::updateRule(const Rule &rule)
{
    Settings next = m_settings;
    for (Rule &r : next.rules.rules) {
        if (r.id == rule.id) {
            r = rule;
        }
    }
    const int row = selectedRow(m_ruleView);
    request(next);
    selectRow(m_ruleView, row);
}

void RulesPage::removeRule(const QString &id)
{
    Settings next = m_settings;
    next.rules.rules.removeIf([&id](const Rule &r) { return r.id == id; });
    m_message->setText(tr("Deleted rule %1.").arg(id));
    request(next);
}

void RulesPage::moveRule(int from, int to)
{
    // Move in the model first (a move, not a reset: the selection follows), then apply.
    if (!m_rules->moveRule(from, to)) {
        return;
    }
    selectRow(m_ruleView, to);
    requestFromModels();
}

void RulesPage::addList(const BlocklistConfig &list)
{
    if (m_settings.rules.blocklists.size() >= Blocklist::MaxLists) {
        m_message->setText(tr("Veil uses at most %1 blocklists; remove one first.").arg(Blocklist::MaxLists));
        return;
    }
    Settings next = m_settings;
    next.rules.blocklists.append(list);
    m_message->setText(tr("Added list %1; it is read in the background.").arg(list.name));
    request(next);
    selectRow(m_listView, int(next.rules.blocklists.size()) - 1);
}

void RulesPage::updateList(const QString &oldName, const BlocklistConfig &list)
{
    Settings next = m_settings;
    for (BlocklistConfig &b : next.rules.blocklists) {
        if (b.name == oldName) {
            b = list;
        }
    }
    for (Rule &r : next.rules.rules) {
        if (r.type == RuleType::List && r.value == oldName) {
            r.value = list.name; // rules follow a renamed list
        }
    }
    const int row = selectedRow(m_listView);
    request(next);
    selectRow(m_listView, row);
}

void RulesPage::removeList(const QString &name)
{
    Settings next = m_settings;
    next.rules.blocklists.removeIf([&name](const BlocklistConfig &b) { return b.name == name; });
    const auto users =
        std::count_if(next.rules.rules.cbegin(), next.rules.rules.cend(),
                      [&name](const Rule &r) { return r.type == RuleType::List && r.value == name; });
    m_message->setText(
        users > 0
            ? tr("Removed list %1. %n rule(s) name it and now match nothing.", nullptr, int(users)).arg(name)
            : tr("Removed list %1.").arg(name));
    request(next);
}

void RulesPage::newRule()
{
    QStringList ids;
    for (const Rule &r : m_settings.rules.rules) {
        ids.append(r.id);
    }
    QStringList lists;
    for (const BlocklistConfig &b : m_settings.rules.blocklists) {
        lists.append(b.name);
    }
    RuleDialog dialog(ids, exitTargets(), lists, this);
    dialog.setRoutingRulesActive(m_settings.exits.mode == RoutingMode::Rules);
    if (dialog.exec() == QDialog::Accepted) {
        addRule(dialog.rule());
    }
}

void RulesPage::editRule()
{
    const int row = selectedRow(m_ruleView);
    if (row < 0) {
        return;
    }
    const Rule current = m_rules->rules().at(row);
    QStringList ids;
    QStringList lists;
    for (const Rule &r : m_settings.rules.rules) {
        if (r.id != current.id) {
            ids.append(r.id);
        }
    }
    for (const BlocklistConfig &b : m_settings.rules.blocklists) {
        lists.append(b.name);
    }
    RuleDialog dialog(ids, exitTargets(), lists, this);
    dialog.setRule(current);
    dialog.setRoutingRulesActive(m_settings.exits.mode == RoutingMode::Rules);
    if (dialog.exec() == QDialog::Accepted) {
        updateRule(dialog.rule());
    }
}

void RulesPage::newList()
{
    QStringList names;
    for (const BlocklistConfig &b : m_settings.rules.blocklists) {
        names.append(b.name);
    }
    BlocklistDialog dialog(names, this);
    if (dialog.exec() == QDialog::Accepted) {
        addList(dialog.list());
    }
}

void RulesPage::editList()
{
    const int row = selectedRow(m_listView);
    if (row < 0) {
        return;
    }
    const BlocklistConfig current = m_lists->lists().at(row);
    QStringList names;
    for (const BlocklistConfig &b : m_settings.rules.blocklists) {
        if (b.name != current.name) {
            names.append(b.name);
        }
    }
    BlocklistDialog dialog(names, this);
    dialog.setList(current);
    if (dialog.exec() == QDialog::Accepted) {
        updateList(current.name, dialog.list());
    }
}

QString RulesPage::testUrl(const QString &url)
{
    const QString input = url.trimmed();
    if (input.isEmpty()) {
        m_testResult->clear();
        return {};
    }
    if (!m_policy) {
        m_testResult->setText(tr("The engine is not running, so there is nothing to ask."));
        return m_testResult->text();
    }
    const PolicyDecision d = m_policy->explain(input);
    const ExitSettings &routing = m_settings.exits;
    QString what;
    if (d.blocked()) {
        what = tr("Blocked.");
    } else {
        switch (d.route.kind) {
        case RouteTarget::Kind::Direct:
            what = tr("Allowed: goes direct.");
            break;
        case RouteTarget::Kind::Region:
            what = tr("Allowed: goes through an exit in %1.").arg(d.route.value);
            break;
        case RouteTarget::Kind::ExitId:
            what = tr("Allowed: goes through exit %1.").arg(d.route.value);
            break;
        case RouteTarget::Kind::Mode:
            what = routing.mode == RoutingMode::Direct ? tr("Allowed: goes direct (protection is off).")
                   : routing.region.isEmpty()
                       ? tr("Allowed, but held: no region is chosen.")
                       : tr("Allowed: goes through an exit in %1.").arg(routing.region);
            break;
        }
    }
    m_testResult->setText(what + QLatin1Char(' ') + tr("Why: %1").arg(d.reason));
    m_testResult->setStyleSheet(
        d.blocked() ? QStringLiteral("QLabel { color: %1; }").arg(InlineMessage::errorColor().name())
                    : QString());
    return m_testResult->text();
}

} // namespace Veil
