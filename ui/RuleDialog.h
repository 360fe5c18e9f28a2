#pragma once

#include "rules/Rule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Veil {

/**
 * Adds or edits one user rule: what it matches (type and value), what it does (block, allow,
 * direct, or an exit region / exit id), a comment and the enabled flag. Validates as the user
 * types with the same checks as the config file (validateRule, parseRuleAction): a bad regex, a
 * bad network or port range shows its message under the fields and OK stays disabled.
 */
class RuleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleDialog)

public:
    /**
     * @p takenIds: ids of the other rules (a new rule gets a free "rule-N"); @p targets: region
     * codes and exit ids offered for the exit action; @p lists: blocklist names for list rules.
     */
    RuleDialog(const QStringList &takenIds, const QStringList &targets, const QStringList &lists,
               QWidget *parent = nullptr);

    void setRule(const Rule &rule);
    /** The rule as entered (valid only when isValid()), value normalised. */
    Rule rule() const { return m_rule; }
    bool isValid() const { return m_valid; }
    QString problem() const;
    /** A hint that is not an error (e.g. routing rules need mode "rules"). */
    QString hint() const;
    /** Shown under the fields while the rule is a routing rule and the mode is not "rules". */
    void setRoutingRulesActive(bool active);

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *valueEdit() const { return m_value; }
    QComboBox *actionBox() const { return m_action; }
    QComboBox *targetBox() const { return m_target; }
    QLineEdit *commentEdit() const { return m_comment; }
    QCheckBox *enabledBox() const { return m_enabled; }

private:
    void validate();
    void updatePlaceholder();

    QStringList m_taken;
    Rule m_rule;
    bool m_valid = false;
    bool m_routingActive = true;
    QComboBox *m_type;
    QLineEdit *m_value;
    QComboBox *m_action;
    QComboBox *m_target;
    QLineEdit *m_comment;
    QCheckBox *m_enabled;
    QLabel *m_problem;
    QLabel *m_hint;
    QDialogButtonBox *m_buttons;
};

} // namespace Veil
