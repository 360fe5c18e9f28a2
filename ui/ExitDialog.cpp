#include "ExitDialog.h"

#include "InlineMessage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Veil {

ExitDialog::ExitDialog(const QStringList &takenIds, QWidget *parent)
    : QDialog(parent)
    , m_taken(takenIds)
    , m_url(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_enabled(new QCheckBox(tr("Use this exit"), this))
    , m_problem(InlineMessage::createProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Exit proxy"));
    m_url->setPlaceholderText(tr("http://user@proxy.example:3128, https://…, socks5://…"));
    m_region->setPlaceholderText(tr("US"));
    m_region->setMaxLength(2);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("stored in the system keychain; empty keeps the stored one"));
    m_enabled->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("URL"), m_url);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Region"), m_region);
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), m_enabled);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_url, m_name, m_region}) {
        connect(edit, &QLineEdit::textChanged, this, &ExitDialog::validate);
    }
    connect(m_enabled, &QCheckBox::toggled, this, &ExitDialog::validate);
    resize(520, sizeHint().height());
    validate();
}

void ExitDialog::setExit(const Exit &exit)
{
    m_keptId = exit.id;
    m_url->setText(exit.urlString());
    m_name->setText(exit.name);
    m_region->setText(exit.region);
    m_enabled->setChecked(exit.enabled);
    m_exit = exit;
    validate();
}

QString ExitDialog::password() const
{
    return m_password->text();
}

QString ExitDialog::problem() const
{
    return m_problem->text();
}

void ExitDialog::validate()
{
    QString why;
    const QString region = m_region->text().trimmed().toUpper();
    const ExitParseResult parsed =
        parseExitUrl(m_url->text().trimmed() + (region.isEmpty() ? QString() : QLatin1Char('#') + region));
    if (m_url->text().trimmed().isEmpty()) {
        why = tr("Enter the exit's URL.");
    } else if (!parsed.exit) {
        why = parsed.error;
    } else if (region.isEmpty()) {
        why = tr("Enter the region (a two-letter country code such as US).");
    } else {
        Exit e = *parsed.exit;
        // Keep what the URL does not carry from the exit being edited (id, TLS pin, CA file).
        if (!m_keptId.isEmpty()) {
            e.id = m_keptId;
            e.caFile = m_exit.caFile;
            e.pinSha256 = m_exit.pinSha256;
            e.tags = m_exit.tags;
            e.passwordEnv = m_exit.passwordEnv;
        }
        e.name = m_name->text().trimmed();
        e.enabled = m_enabled->isChecked();
        if (m_taken.contains(e.id)) {
            why = tr("An exit with the id \"%1\" already exists.").arg(e.id);
        } else {
            m_exit = e;
        }
    }
    m_valid = why.isEmpty();
    InlineMessage::show(m_problem, why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace Veil
