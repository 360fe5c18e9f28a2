#include "RuleDialog.h"

#include "InlineMessage.h"
#include "RuleModel.h"
#include "rules/RuleSet.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Veil {

namespace {

constexpr RuleType kTypes[] = {RuleType::DomainSuffix, RuleType::Domain, RuleType::DomainKeyword,
                               RuleType::DomainRegex,  RuleType::IpCidr, RuleType::Port,
                               RuleType::List,         RuleType::Final};
constexpr int kMaxCommentLength = 500;

} // namespace

RuleDialog::RuleDialog(const QStringList &takenIds, const QStringList &targets, const QStringList &lists,
                       QWidget *parent)
    : QDialog(parent)
    , m_taken(takenIds)
    , m_type(new QComboBox(this))
    , m_value(new QLineEdit(this))
    , m_action(new QComboBox(this))
    , m_target(new QComboBox(this))
    , m_comment(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("Use this rule"), this))
    , m_problem(InlineMessage::createProblemLabel(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Rule"));
    for (const RuleType t : kTypes) {
        m_type->addItem(RuleModel::typeLabel(t), int(t));
    }
    m_action->addItem(tr("Block"), QStringLiteral("block"));
    m_action->addItem(tr("Allow (never block)"), QStringLiteral("allow"));
    m_action->addItem(tr("Direct"), QStringLiteral("direct"));
    m_action->addItem(tr("Exit via region or exit"), QStringLiteral("exit:"));
    m_target->setEditable(true);
    m_target->addItems(targets);
    m_target->setCurrentText(targets.isEmpty() ? QString() : targets.constFirst());
    m_target->lineEdit()->setPlaceholderText(tr("region code (US) or exit id"));
    if (!lists.isEmpty()) {
        auto *completer = new QCompleter(lists, m_value);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        m_value->setCompleter(completer);
    }
    m_comment->setMaxLength(kMaxCommentLength);
    m_enabled->setChecked(true);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("QLabel { font-style: italic; }"));

    auto *form = new QFormLayout;
    form->addRow(tr("Matches"), m_type);
    form->addRow(tr("Value"), m_value);
    form->addRow(tr("Action"), m_action);
    form->addRow(tr("Exit"), m_target);
    form->addRow(tr("Comment"), m_comment);
    form->addRow(QString(), m_enabled);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_type, &QComboBox::currentIndexChanged, this, &RuleDialog::updatePlaceholder);
    connect(m_type, &QComboBox::currentIndexChanged, this, &RuleDialog::validate);
    connect(m_action, &QComboBox::currentIndexChanged, this, &RuleDialog::validate);
    connect(m_target, &QComboBox::currentTextChanged, this, &RuleDialog::validate);
    connect(m_value, &QLineEdit::textChanged, this, &RuleDialog::validate);
    connect(m_comment, &QLineEdit::textChanged, this, &RuleDialog::validate);
    connect(m_enabled, &QCheckBox::toggled, this, &RuleDialog::validate);

    // A new rule gets the first free "rule-N"; an edited one keeps its id (setRule()).
    for (int n = 1;; ++n) {
        m_rule.id = QStringLiteral("rule-%1").arg(n);
        if (!m_taken.contains(m_rule.id)) {
            break;
        }
    }
    resize(480, sizeHint().height());
    updatePlaceholder();
    validate();
}

void RuleDialog::setRule(const Rule &rule)
{
    m_rule.id = rule.id;
    m_type->setCurrentIndex(m_type->findData(int(rule.type)));
    m_value->setText(rule.value);
    const bool exit = rule.action.kind == RuleAction::Kind::Exit;
    m_action->setCurrentIndex(
        m_action->findData(exit ? QStringLiteral("exit:") : ruleActionText(rule.action)));
    if (exit) {
        m_target->setCurrentText(rule.action.target);
    }
    m_comment->setText(rule.comment);
    m_enabled->setChecked(rule.enabled);
    validate();
}

QString RuleDialog::problem() const
{
    return m_problem->text();
}

QString RuleDialog::hint() const
{
    return m_hint->text();
}

void RuleDialog::setRoutingRulesActive(bool active)
{
    m_routingActive = active;
    validate();
}

void RuleDialog::updatePlaceholder()
{
    switch (RuleType(m_type->currentData().toInt())) {
    case RuleType::Domain:
        m_value->setPlaceholderText(tr("www.example.com"));
        break;
    case RuleType::DomainSuffix:
        m_value->setPlaceholderText(tr("example.com (also matches www.example.com)"));
        break;
    case RuleType::DomainKeyword:
        m_value->setPlaceholderText(tr("tracker"));
        break;
    case RuleType::DomainRegex:
        m_value->setPlaceholderText(tr("^ads?[0-9]*\\. (RE2 syntax)"));
        break;
    case RuleType::IpCidr:
        m_value->setPlaceholderText(tr("192.168.0.0/16 or 2001:db8::/32"));
        break;
    case RuleType::Port:
        m_value->setPlaceholderText(tr("8080 or 8000-8100"));
        break;
    case RuleType::List:
        m_value->setPlaceholderText(tr("name of a blocklist"));
        break;
    case RuleType::Final:
        m_value->setPlaceholderText(tr("matches everything that reaches it"));
        break;
    }
    m_value->setEnabled(RuleType(m_type->currentData().toInt()) != RuleType::Final);
}

void RuleDialog::validate()
{
    Rule r;
    r.id = m_rule.id;
    r.type = RuleType(m_type->currentData().toInt());
    r.value = m_value->text();
    r.comment = m_comment->text().trimmed();
    r.enabled = m_enabled->isChecked();
    const bool exit = m_action->currentData().toString() == QLatin1String("exit:");
    m_target->setEnabled(exit);
    const QString target = m_target->currentText().trimmed();
    const bool actionOk =
        parseRuleAction(m_action->currentData().toString() + (exit ? target : QString()), &r.action);
    QString why;
    if (r.type != RuleType::Final && r.value.trimmed().isEmpty()) {
        why = tr("Enter what the rule matches.");
    } else if (const QString problem = validateRule(&r); !problem.isEmpty()) {
        why = problem;
    } else if (!actionOk) {
        why = target.isEmpty() ? tr("Enter the region code (such as US) or the exit id to use.")
                               : tr("\"%1\" is neither a region code nor an exit id.").arg(target);
    } else if (m_taken.contains(r.id)) {
        why = tr("A rule with the id \"%1\" already exists.").arg(r.id);
    }
    m_valid = why.isEmpty();
    if (m_valid) {
        m_rule = r;
    }
    InlineMessage::show(m_problem, why);
    const bool routing = RuleSet::passOf(r.action) == RuleSet::Pass::Route;
    m_hint->setText(routing && !m_routingActive
                        ? tr("Direct and exit rules take effect in the \"Rules\" mode only; block and allow "
                             "rules work in every mode.")
                        : QString());
    m_hint->setVisible(!m_hint->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace Veil
