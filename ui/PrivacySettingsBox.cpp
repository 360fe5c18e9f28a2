#include "PrivacySettingsBox.h"

#include "InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Veil {

namespace {

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { font-size: small; }"));
    return label;
}

QVBoxLayout *column(std::initializer_list<QWidget *> widgets)
{
    auto *layout = new QVBoxLayout;
    layout->setSpacing(4);
    for (QWidget *w : widgets) {
        layout->addWidget(w);
    }
    return layout;
}

} // namespace

PrivacySettingsBox::PrivacySettingsBox(QWidget *parent)
    : QGroupBox(parent)
    , m_referer(new QComboBox(this))
    , m_gpc(new QCheckBox(tr("Send Sec-GPC: 1 (Global Privacy Control)"), this))
    , m_dnt(new QCheckBox(tr("Send DNT: 1 (Do Not Track)"), this))
    , m_stripParams(new QCheckBox(tr("Remove tracking parameters from addresses"), this))
    , m_params(new QLineEdit(this))
    , m_paramsProblem(InlineMessage::createProblemLabel(this))
    , m_userAgent(new QLineEdit(this))
    , m_userAgentProblem(InlineMessage::createProblemLabel(this))
    , m_exceptions(new QLineEdit(this))
    , m_exceptionsProblem(InlineMessage::createProblemLabel(this))
{
    setTitle(tr("Privacy filters (plain HTTP)"));
    setCheckable(true); // the master switch; unchecked disables every field below
    m_referer->addItem(tr("Keep"), int(RefererPolicy::Keep));
    m_referer->addItem(tr("Origin only (scheme://host/)"), int(RefererPolicy::Origin));
    m_referer->addItem(tr("Drop"), int(RefererPolicy::Drop));
    m_params->setPlaceholderText(tr("utm_*, fbclid, gclid"));
    m_userAgent->setPlaceholderText(tr("Leave empty to send the browser's own"));
    m_exceptions->setPlaceholderText(tr("shop.example, bank.example"));

    auto *form = new QFormLayout(this);
    form->addRow(noteLabel(tr("Plain-HTTP requests only: HTTPS passes through an encrypted tunnel that "
                              "Veil does not change. Each change is listed in the request's log entry."),
                           this));
    form->addRow(tr("Referer to other sites"),
                 column({m_referer, noteLabel(tr("Requests within one site keep their Referer. \"Origin "
                                                 "only\" drops it when an HTTPS page links to plain HTTP."),
                                              this)}));
    form->addRow(column({m_gpc, m_dnt, m_stripParams}));
    form->addRow(
        tr("Tracking parameters"),
        column({m_params, m_paramsProblem,
                noteLabel(tr("Exact names, separated by commas; a trailing * matches every name "
                             "that begins with the rest. \"$removeparam\" filters of your blocklists "
                             "are applied too."),
                          this)}));
    form->addRow(tr("User-Agent"), column({m_userAgent, m_userAgentProblem}));
    form->addRow(
        tr("Leave these sites alone"),
        column({m_exceptions, m_exceptionsProblem,
                noteLabel(tr("Host names separated by commas; each covers its subdomains."), this)}));

    connect(this, &QGroupBox::toggled, this, [this](bool on) {
        PrivacySettings next = m_settings;
        next.enabled = on;
        request(next);
    });
    connect(m_referer, &QComboBox::currentIndexChanged, this, [this] {
        PrivacySettings next = m_settings;
        next.referer = RefererPolicy(m_referer->currentData().toInt());
        request(next);
    });
    const auto onToggle = [this](QCheckBox *box, bool PrivacySettings::*member) {
        connect(box, &QCheckBox::toggled, this, [this, member](bool on) {
            PrivacySettings next = m_settings;
            next.*member = on;
            request(next);
        });
    };
    onToggle(m_gpc, &PrivacySettings::gpc);
    onToggle(m_dnt, &PrivacySettings::dnt);
    onToggle(m_stripParams, &PrivacySettings::stripParams);
    connect(m_stripParams, &QCheckBox::toggled, m_params, &QWidget::setEnabled);
    for (QLineEdit *edit : {m_params, m_userAgent, m_exceptions}) {
        connect(edit, &QLineEdit::textChanged, this, &PrivacySettingsBox::validateTexts);
        connect(edit, &QLineEdit::editingFinished, this, &PrivacySettingsBox::applyTexts);
    }
}

PrivacySettingsBox::~PrivacySettingsBox() = default;

void PrivacySettingsBox::setSettings(const PrivacySettings &settings)
{
    m_settings = settings;
    m_updating = true;
    setChecked(settings.enabled);
    m_referer->setCurrentIndex(m_referer->findData(int(settings.referer)));
    m_gpc->setChecked(settings.gpc);
    m_dnt->setChecked(settings.dnt);
    m_stripParams->setChecked(settings.stripParams);
    m_params->setEnabled(settings.stripParams);
    // A field being edited keeps what the user is typing.
    if (!m_params->hasFocus()) {
        m_params->setText(settings.params.join(QStringLiteral(", ")));
    }
    if (!m_userAgent->hasFocus()) {
        m_userAgent->setText(settings.userAgent);
    }
    if (!m_exceptions->hasFocus()) {
        m_exceptions->setText(settings.exceptions.join(QStringLiteral(", ")));
    }
    for (QLineEdit *edit : {m_params, m_userAgent, m_exceptions}) {
        if (!edit->hasFocus()) {
            edit->setCursorPosition(0); // show where a long list starts, not where it ends
        }
    }
    m_updating = false;
    validateTexts();
}

QString PrivacySettingsBox::paramsProblem() const
{
    return m_paramsProblem->text();
}

QString PrivacySettingsBox::userAgentProblem() const
{
    return m_userAgentProblem->text();
}

QString PrivacySettingsBox::exceptionsProblem() const
{
    return m_exceptionsProblem->text();
}

void PrivacySettingsBox::request(const PrivacySettings &next)
{
    if (m_updating || next == m_settings) {
        return;
    }
    m_settings = next;
    Q_EMIT changeRequested(next);
}

void PrivacySettingsBox::validateTexts()
{
    QStringList entries;
    InlineMessage::show(m_paramsProblem, parseParamList(m_params->text(), &entries));
    InlineMessage::show(m_userAgentProblem, validateUserAgent(m_userAgent->text()));
    InlineMessage::show(m_exceptionsProblem, parseExceptionList(m_exceptions->text(), &entries));
}

void PrivacySettingsBox::applyTexts()
{
    PrivacySettings next = m_settings;
    QStringList params;
    if (parseParamList(m_params->text(), &params).isEmpty()) {
        next.params = params;
    }
    if (validateUserAgent(m_userAgent->text()).isEmpty()) {
        next.userAgent = m_userAgent->text();
    }
    QStringList hosts;
    if (parseExceptionList(m_exceptions->text(), &hosts).isEmpty()) {
        next.exceptions = hosts;
    }
    request(next);
}

} // namespace Veil
