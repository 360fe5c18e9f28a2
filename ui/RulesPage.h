#pragma once

#include "config/Settings.h"
#include "rules/BlocklistUpdater.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Veil {

class BlocklistModel;
class Engine;
class Policy;
class RuleModel;

/**
 * The Rules page: the ordered user rules (enable toggles, add / edit / delete / move, hit
 * counts), the blocklists (enable toggles, source, last update, rules / skipped lines / hits,
 * "update now") and a "test a URL" box that asks the live policy what would happen and why.
 * Every change is requested with the whole new Settings (the window applies it to the engine
 * as a snapshot swap and saves the "rules" and "blocklists" arrays).
 */
class RulesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesPage)

public:
    explicit RulesPage(QWidget *parent = nullptr);
    ~RulesPage() override;

    void setSettings(const Settings &settings);
    /** Hit counts, list reports and the policy snapshot "test a URL" asks; once a second and after changes.
     */
    void refresh(const Engine &engine);
    /** The engine finished loading blocklists (after "Update now" or a change). */
    void listsLoaded(const QList<BlocklistReport> &reports);
    /** A subscription check started or finished (Engine::subscriptionStateChanged). */
    void subscriptionChanged(const Veil::SubscriptionState &state);

    /** Inserts @p rule after the selected rule (or at the end, before a trailing "everything" rule). */
    void addRule(const Rule &rule);
    /** Replaces the rule with @p rule's id. */
    void updateRule(const Rule &rule);
    void removeRule(const QString &id);
    /** Moves the rule in row @p from to row @p to (evaluation order). */
    void moveRule(int from, int to);
    void addList(const BlocklistConfig &list);
    /** Replaces the list named @p oldName; rules naming it follow a rename. */
    void updateList(const QString &oldName, const BlocklistConfig &list);
    void removeList(const QString &name);
    /** Runs "test a URL" for @p url and returns the text shown. */
    QString testUrl(const QString &url);

    RuleModel *ruleModel() const { return m_rules; }
    BlocklistModel *listModel() const { return m_lists; }
    QTableView *ruleView() const { return m_ruleView; }
    QTableView *listView() const { return m_listView; }
    QLineEdit *testEdit() const { return m_testEdit; }
    QPushButton *updateButton() const { return m_update; }
    QString message() const;
    QString testResult() const;

Q_SIGNALS:
    void settingsChangeRequested(const Veil::Settings &settings);
    /** "Update now": read the enabled lists again and swap them in. */
    void updateListsRequested();

private:
    void request(Settings settings);
    void requestFromModels();
    int selectedRow(const QTableView *view) const;
    void selectRow(QTableView *view, int row);
    void editRule();
    void newRule();
    void editList();
    void newList();
    void updateButtons();
    QStringList exitTargets() const;

    Settings m_settings;
    std::shared_ptr<const Policy> m_policy;
    RuleModel *m_rules;
    BlocklistModel *m_lists;
    QTableView *m_ruleView;
    QTableView *m_listView;
    QLabel *m_modeNote;
    QLabel *m_message;
    QPushButton *m_editRule;
    QPushButton *m_removeRule;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_editList;
    QPushButton *m_removeList;
    QPushButton *m_update;
    QLabel *m_updateStatus;
    QLineEdit *m_testEdit;
    QLabel *m_testResult;
};

} // namespace Veil
