#include "ExitsPage.h"

#include "ExitDialog.h"
#include "LeftToRightTextDelegate.h"
#include "TrayController.h"
#include "config/ExitPasswords.h"
#include "config/SecretStore.h"
#include "engine/Engine.h"
#include "exits/ExitImport.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace Veil {

namespace {

enum Column
{
    Name,
    Url,
    Enabled,
    Health,
    Delay,
    Address,
    Country,
    ColumnCount
};

} // namespace

ExitsPage::ExitsPage(QWidget *parent)
    : QWidget(parent)
    , m_regions(new QListWidget(this))
    , m_policy(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_message(new QLabel(this))
    , m_secrets(new SecretStore(this))
{
    m_policy->addItem(tr("Failover: first healthy exit in order"), int(SelectionPolicy::Failover));
    m_policy->addItem(tr("Fastest: lowest measured delay"), int(SelectionPolicy::Fastest));
    m_policy->addItem(tr("Balance: spread sites over healthy exits"), int(SelectionPolicy::Balance));
    m_policy->addItem(tr("Manual: the first exit only"), int(SelectionPolicy::Manual));
    m_table->setItemDelegate(new LeftToRightTextDelegate(m_table)); // right-to-left languages
    m_table->setHorizontalHeaderLabels({tr("Exit"), tr("URL"), tr("Enabled"), tr("Health"), tr("Delay"),
                                        tr("Public address"), tr("Country")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Url, QHeaderView::Stretch);
    m_regions->setMaximumWidth(160);
    m_message->setWordWrap(true);

    auto *add = new QPushButton(tr("Add…"), this);
    auto *edit = new QPushButton(tr("Edit…"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *import = new QPushButton(tr("Import…"), this);
    auto *test = new QPushButton(tr("Test all"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {add, edit, remove, import, test}) {
        buttons->addWidget(b);
    }
    buttons->addStretch(1);

    auto *policyForm = new QFormLayout;
    policyForm->addRow(tr("Selection in this region"), m_policy);
    auto *right = new QVBoxLayout;
    right->addLayout(policyForm);
    right->addWidget(m_table, 1);
    right->addLayout(buttons);
    right->addWidget(m_message);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_regions);
    layout->addLayout(right, 1);

    connect(m_regions, &QListWidget::currentRowChanged, this, [this] {
        if (!m_updating) {
            showRegion();
        }
    });
    connect(m_policy, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating && !selectedRegion().isEmpty()) {
            setPolicy(selectedRegion(), SelectionPolicy(m_policy->currentData().toInt()));
        }
    });
    connect(add, &QPushButton::clicked, this, [this] {
        QStringList taken;
        for (const Exit &e : m_settings.exits.exits) {
            taken.append(e.id);
        }
        ExitDialog dialog(taken, this);
        dialog.regionEdit()->setText(selectedRegion());
        if (dialog.exec() == QDialog::Accepted) {
            addExit(dialog.exit(), dialog.password());
        }
    });
    connect(edit, &QPushButton::clicked, this, &ExitsPage::editSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ExitsPage::editSelected);
    connect(remove, &QPushButton::clicked, this, [this] {
        if (!selectedExitId().isEmpty()) {
            removeExit(selectedExitId());
        }
    });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import exits"), QString(),
                                                          tr("Text files (*.txt);;All files (*)"));
        if (!path.isEmpty()) {
            importFile(path);
        }
    });
    connect(test, &QPushButton::clicked, this, &ExitsPage::testRequested);
    connect(
        m_secrets, &SecretStore::writeFinished, this,
        [this](const QString &key, SecretStore::Error error, const QString &errorString) {
            if (error != SecretStore::Error::None) {
                m_message->setText(
                    tr("The password for %1 could not be stored in the keychain: %2").arg(key, errorString));
            }
        });
}

ExitsPage::~ExitsPage() = default;

QString ExitsPage::message() const
{
    return m_message->text();
}

void ExitsPage::setSettings(const Settings &settings)
{
    m_settings = settings;
    const QString keep = selectedRegion().isEmpty() ? settings.exits.region : selectedRegion();
    std::set<QString> regions;
    for (const Exit &e : settings.exits.exits) {
        if (!e.region.isEmpty()) {
            regions.insert(e.region);
        }
    }
    m_updating = true;
    m_regions->clear();
    for (const QString &code : regions) {
        auto *item = new QListWidgetItem(TrayController::regionLabel(code), m_regions);
        item->setData(Qt::UserRole, code);
        if (code == keep) {
            m_regions->setCurrentItem(item);
        }
    }
    if (!m_regions->currentItem() && m_regions->count() > 0) {
        m_regions->setCurrentRow(0);
    }
    m_updating = false;
    showRegion();
}

QString ExitsPage::selectedRegion() const
{
    const QListWidgetItem *item = m_regions->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString ExitsPage::selectedExitId() const
{
    const int row = m_table->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_table->item(row, Name) : nullptr;
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ExitsPage::showRegion()
{
    const QString region = selectedRegion();
    m_updating = true;
    m_policy->setEnabled(!region.isEmpty());
    m_policy->setCurrentIndex(m_policy->findData(int(m_settings.exits.policyFor(region).policy)));
    m_updating = false;
    const QList<Exit> exits = m_settings.exits.exitsInRegion(region);
    m_table->setRowCount(int(exits.size()));
    for (int row = 0; row < exits.size(); ++row) {
        const Exit &e = exits.at(row);
        auto *name = new QTableWidgetItem(e.name.isEmpty() ? e.id : e.name);
        name->setData(Qt::UserRole, e.id);
        name->setToolTip(e.id);
        m_table->setItem(row, Name, name);
        m_table->setItem(row, Url, new QTableWidgetItem(e.urlString()));
        m_table->setItem(row, Enabled, new QTableWidgetItem(e.enabled ? tr("yes") : tr("no")));
        for (const int c : {int(Health), int(Delay), int(Address), int(Country)}) {
            m_table->setItem(row, c, new QTableWidgetItem);
        }
    }
}

void ExitsPage::refresh(const Engine &engine)
{
    const QHash<QString, ExitHealth> health = engine.exitHealth().snapshot();
    const QHash<QString, ExitIpResult> addresses = engine.exitIpResults();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString id = m_table->item(row, Name)->data(Qt::UserRole).toString();
        const Exit *e = m_settings.exits.findExit(id);
        if (!e) {
            continue;
        }
        const ExitHealth h = health.value(id, ExitHealth{});
        const bool up = e->enabled && h.up;
        m_table->item(row, Health)->setText(!e->enabled ? tr("disabled") : (up ? tr("up") : tr("down")));
        m_table->item(row, Health)->setForeground(up ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        m_table->item(row, Delay)
            ->setText(h.delayUs >= 0 ? tr("%1 ms").arg(double(h.delayUs) / 1000.0, 0, 'f', 1) : QString());
        const ExitIpResult ip = addresses.value(id);
        m_table->item(row, Address)->setText(ip.hasAddress() ? ip.address.toString() : ip.error);
        m_table->item(row, Country)
            ->setText(ip.regionMismatch ? tr("%1 (not %2)").arg(ip.country, e->region) : ip.country);
    }
}

void ExitsPage::request(Settings settings)
{
    setSettings(settings);
    Q_EMIT settingsChangeRequested(settings);
}

void ExitsPage::storePassword(const QString &id, const QString &password, const Settings &after)
{
    if (password.isEmpty()) {
        request(after);
        return;
    }
    // Apply once the keychain has it, so the engine finds the password when it reloads.
    auto *connection = new QMetaObject::Connection;
    *connection = connect(m_secrets, &SecretStore::writeFinished, this,
                          [this, connection, key = exitSecretKey(id), after](const QString &written) {
                              if (written != key) {
                                  return;
                              }
                              disconnect(*connection);
                              delete connection;
                              request(after);
                          });
    m_secrets->write(exitSecretKey(id), password);
}

void ExitsPage::addExit(const Exit &exit, const QString &password)
{
    Settings next = m_settings;
    next.exits.exits.append(exit);
    m_message->setText(tr("Added %1.").arg(exit.name.isEmpty() ? exit.id : exit.name));
    storePassword(exit.id, password, next);
}

void ExitsPage::updateExit(const Exit &exit, const QString &password)
{
    Settings next = m_settings;
    for (Exit &e : next.exits.exits) {
        if (e.id == exit.id) {
            e = exit;
        }
    }
    storePassword(exit.id, password, next);
}

void ExitsPage::removeExit(const QString &id)
{
    Settings next = m_settings;
    next.exits.exits.removeIf([&id](const Exit &e) { return e.id == id; });
    for (RegionPolicy &p : next.exits.regions) {
        p.order.removeAll(id);
        if (p.manualExit == id) {
            p.manualExit.clear();
        }
    }
    m_secrets->remove(exitSecretKey(id)); // a removed exit leaves no password behind
    m_message->setText(tr("Removed %1.").arg(id));
    request(next);
}

void ExitsPage::setPolicy(const QString &region, SelectionPolicy policy)
{
    Settings next = m_settings;
    RegionPolicy updated = next.exits.policyFor(region);
    updated.policy = policy;
    if (policy == SelectionPolicy::Manual && updated.manualExit.isEmpty() && !updated.order.isEmpty()) {
        updated.manualExit = updated.order.constFirst();
    }
    next.exits.regions.removeIf([&region](const RegionPolicy &p) { return p.region == region; });
    next.exits.regions.append(updated);
    request(next);
}

QString ExitsPage::importFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4 * 1024 * 1024) {
        m_message->setText(tr("Cannot import %1: %2")
                               .arg(path, file.isOpen() ? tr("larger than 4 MiB") : file.errorString()));
        return m_message->text();
    }
    const ImportReport report = importExitList(file.readAll(), selectedRegion());
    Settings next = m_settings;
    int added = 0;
    QStringList lines;
    for (const Exit &e : report.exits) {
        if (next.exits.findExit(e.id)) {
            lines.append(tr("%1: already configured").arg(e.id));
            continue;
        }
        next.exits.exits.append(e);
        ++added;
    }
    for (const ImportReport::Skipped &s : report.skipped) {
        lines.append(tr("line %1: %2").arg(s.line).arg(s.reason));
    }
    m_message->setText(tr("%n exit(s) imported.", nullptr, added) +
                       (lines.isEmpty()
                            ? QString()
                            : QLatin1Char(' ') + tr("Skipped: %1").arg(lines.join(QStringLiteral("; ")))));
    if (added > 0) {
        request(next);
    }
    return m_message->text();
}

void ExitsPage::editSelected()
{
    const Exit *current = m_settings.exits.findExit(selectedExitId());
    if (!current) {
        return;
    }
    QStringList taken;
    for (const Exit &e : m_settings.exits.exits) {
        if (e.id != current->id) {
            taken.append(e.id);
        }
    }
    ExitDialog dialog(taken, this);
    dialog.setExit(*current);
    if (dialog.exec() == QDialog::Accepted) {
        updateExit(dialog.exit(), dialog.password());
    }
}

} // namespace Veil
