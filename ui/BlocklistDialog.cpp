#include "BlocklistDialog.h"

#include "InlineMessage.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace Veil {

BlocklistDialog::BlocklistDialog(const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_taken(takenNames)
    , m_name(new QLineEdit(this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Choose…"), this))
    , m_refresh(new QSpinBox(this))
    , m_block(new QCheckBox(tr("Block what this list names"), this))
    , m_thirdParty(new QCheckBox(tr("Treat requests of unknown origin as third-party"), this))
    , m_enabled(new QCheckBox(tr("Use this list"), this))
    , m_problem(InlineMessage::createProblemLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Blocklist"));
    m_name->setPlaceholderText(tr("easylist"));
    m_name->setMaxLength(64);
    m_path->setPlaceholderText(tr("a file, or the https:// address of a list to subscribe to"));
    m_path->setToolTip(
        tr("Hosts files, domain lists and Adblock Plus / uBlock Origin filters. A subscription "
           "is downloaded through Veil (so it takes your exit), kept up to date, and its last "
           "good copy stays in use when an update fails."));
    m_refresh->setRange(0, BlocklistConfig::MaxRefreshHours);
    m_refresh->setValue(24);
    m_refresh->setSpecialValueText(tr("only on \"Update now\""));
    m_refresh->setSuffix(tr(" h"));
    m_block->setChecked(true);
    m_block->setToolTip(tr("Off: the list only serves rules of the type \"Blocklist\" (for example, send "
                           "the sites of a streaming list through an exit)."));
    m_thirdParty->setChecked(true);
    m_thirdParty->setToolTip(tr("\"$third-party\" filters need to know which page a request comes from. "
                                "Inside HTTPS tunnels and without a Referer Veil cannot tell."));
    m_enabled->setChecked(true);

    auto *source = new QHBoxLayout;
    source->addWidget(m_path, 1);
    source->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(tr("Source"), source);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Check for updates every"), m_refresh);
    form->addRow(QString(), m_block);
    form->addRow(QString(), m_thirdParty);
    form->addRow(QString(), m_enabled);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &BlocklistDialog::browse);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    connect(m_path, &QLineEdit::textChanged, this, [this](const QString &path) {
        // Name a new list after its file until the user names it.
        if (!m_nameEdited) {
            const QString text = path.trimmed();
            m_name->setText(isUrl(text) ? BlocklistConfig::nameForUrl(QUrl(text))
                                        : QFileInfo(text).completeBaseName().left(64));
        }
    });
    connect(m_refresh, &QSpinBox::valueChanged, this, &BlocklistDialog::validate);
    for (QLineEdit *edit : {m_name, m_path}) {
        connect(edit, &QLineEdit::textChanged, this, &BlocklistDialog::validate);
    }
    for (QCheckBox *box : {m_block, m_thirdParty, m_enabled}) {
        connect(box, &QCheckBox::toggled, this, &BlocklistDialog::validate);
    }
    resize(560, sizeHint().height());
    validate();
}

void BlocklistDialog::setList(const BlocklistConfig &list)
{
    m_nameEdited = true;
    m_original = list;
    m_path->setText(list.isSubscription() ? list.url : list.path);
    m_refresh->setValue(list.refreshHours);
    m_name->setText(list.name);
    m_block->setChecked(list.block);
    m_thirdParty->setChecked(list.assumeThirdParty);
    m_enabled->setChecked(list.enabled);
    validate();
}

QString BlocklistDialog::problem() const
{
    return m_problem->text();
}

bool BlocklistDialog::isUrl(const QString &source)
{
    return source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
           source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

void BlocklistDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a blocklist"), m_path->text(),
                                                      tr("Lists (*.txt *.list *.hosts);;All files (*)"));
    if (!path.isEmpty()) {
        m_path->setText(path);
    }
}

void BlocklistDialog::validate()
{
    BlocklistConfig b;
    const QString source = m_path->text().trimmed();
    const bool subscription = isUrl(source);
    m_refresh->setEnabled(subscription);
    m_browse->setEnabled(!subscription);
    if (subscription) {
        b.url = QUrl(source, QUrl::StrictMode).toString(QUrl::FullyEncoded);
        b.refreshHours = m_refresh->value();
        // Editing a subscription keeps where its copy lives.
        b.path = m_original.url == b.url ? m_original.path : QString();
    } else {
        b.path = source;
    }
    b.name = m_name->text().trimmed();
    b.block = m_block->isChecked();
    b.assumeThirdParty = m_thirdParty->isChecked();
    b.enabled = m_enabled->isChecked();
    const QFileInfo file(b.path);
    QString why;
    if (subscription) {
        if (!BlocklistConfig::isValidUrl(QUrl(source, QUrl::StrictMode))) {
            why = tr("%1 is not a usable address: give http:// or https://, a host, and no user name.")
                      .arg(source);
        }
    } else if (b.path.isEmpty()) {
        why = tr("Choose the list's file, or give the address of a subscription.");
    } else if (!file.isFile()) {
        why = tr("%1 is not a file.").arg(b.path);
    } else if (!file.isReadable()) {
        why = tr("%1 cannot be read.").arg(b.path);
    } else if (!isValidListName(b.name)) {
        why = tr("Name the list: 1 to 64 characters without ',' or line breaks.");
    } else if (m_taken.contains(b.name)) {
        why = tr("A list named \"%1\" already exists.").arg(b.name);
    }
    m_valid = why.isEmpty();
    if (m_valid) {
        if (!subscription) {
            b.path = file.absoluteFilePath(); // the engine does not run in the user's folder
        }
        m_list = b;
    }
    InlineMessage::show(m_problem, why);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

} // namespace Veil
