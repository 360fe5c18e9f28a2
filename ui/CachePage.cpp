#include "CachePage.h"

#include "LeftToRightTextDelegate.h"
#include "cache/CacheStore.h"
#include "engine/Engine.h"

#include <QCheckBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Veil {

CachePage::CachePage(QWidget *parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(tr("Keep a local copy of plain-HTTP responses"), this))
    , m_budget(new QSpinBox(this))
    , m_clearOnExit(new QCheckBox(tr("Delete the cache when Veil quits"), this))
    , m_directory(new QLabel(this))
    , m_fill(new QProgressBar(this))
    , m_stats(new QLabel(this))
    , m_bypass(new QListWidget(this))
    , m_bypassInput(new QLineEdit(this))
    , m_siteInput(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Veil keeps responses of plain-HTTP sites so repeat visits are faster and reach "
                      "the network (and the exit) less often, following the sites' own caching rules. "
                      "HTTPS is never cached: it passes through an encrypted tunnel Veil cannot read."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *settingsBox = new QGroupBox(tr("Settings"), this);
    auto *form = new QFormLayout(settingsBox);
    form->addRow(m_enabled);
    m_budget->setRange(1, 1024 * 1024);
    m_budget->setSuffix(tr(" MiB"));
    m_budget->setAccelerated(true);
    m_budget->setMaximumWidth(m_budget->fontMetrics().horizontalAdvance(QStringLiteral("0000000 MiB")) + 48);
    form->addRow(tr("Disk space at most:"), m_budget);
    form->addRow(m_clearOnExit);
    m_directory->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Folder:"), m_directory);
    layout->addWidget(settingsBox);

    auto *statsBox = new QGroupBox(tr("Use"), this);
    auto *statsLayout = new QVBoxLayout(statsBox);
    m_fill->setTextVisible(true);
    // Fusion draws a right-to-left bar's text in the highlight colour on the empty part, where it
    // cannot be seen (Qt 6.4): the gauge fills left to right in every language.
    m_fill->setLayoutDirection(Qt::LeftToRight);
    statsLayout->addWidget(m_fill);
    m_stats->setWordWrap(true);
    statsLayout->addWidget(m_stats);
    auto *clearRow = new QHBoxLayout;
    m_siteInput->setPlaceholderText(tr("example.com"));
    auto *clearSiteButton = new QPushButton(tr("Clear site"), this);
    auto *clearAllButton = new QPushButton(tr("Clear all…"), this);
    clearRow->addWidget(m_siteInput, 1);
    clearRow->addWidget(clearSiteButton);
    clearRow->addWidget(clearAllButton);
    statsLayout->addLayout(clearRow);
    layout->addWidget(statsBox);

    auto *bypassBox = new QGroupBox(tr("Never cache these sites (and their subdomains)"), this);
    auto *bypassLayout = new QVBoxLayout(bypassBox);
    m_bypass->setItemDelegate(new LeftToRightTextDelegate(m_bypass)); // right-to-left languages
    bypassLayout->addWidget(m_bypass);
    auto *bypassRow = new QHBoxLayout;
    m_bypassInput->setPlaceholderText(tr("news.example"));
    auto *addButton = new QPushButton(tr("Add"), this);
    auto *removeButton = new QPushButton(tr("Remove"), this);
    bypassRow->addWidget(m_bypassInput, 1);
    bypassRow->addWidget(addButton);
    bypassRow->addWidget(removeButton);
    bypassLayout->addLayout(bypassRow);
    layout->addWidget(bypassBox, 1);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        Settings s = m_settings;
        s.cache.enabled = on;
        request(s);
    });
    connect(m_budget, &QSpinBox::editingFinished, this, [this] {
        Settings s = m_settings;
        s.cache.sizeMiB = m_budget->value();
        s.cache.maxObjectMiB = qMin(s.cache.maxObjectMiB, s.cache.sizeMiB);
        request(s);
    });
    connect(m_clearOnExit, &QCheckBox::toggled, this, [this](bool on) {
        Settings s = m_settings;
        s.cache.clearOnExit = on;
        request(s);
    });
    connect(addButton, &QPushButton::clicked, this, [this] {
        if (addBypassHost(m_bypassInput->text())) {
            m_bypassInput->clear();
        }
    });
    connect(m_bypassInput, &QLineEdit::returnPressed, addButton, &QPushButton::click);
    connect(removeButton, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_bypass->currentItem()) {
            removeBypassHost(item->text());
        }
    });
    connect(clearSiteButton, &QPushButton::clicked, this, [this] { clearSite(m_siteInput->text()); });
    connect(m_siteInput, &QLineEdit::returnPressed, clearSiteButton, &QPushButton::click);
    connect(clearAllButton, &QPushButton::clicked, this, [this] {
        const auto answer =
            QMessageBox::question(this, tr("Clear the cache"),
                                  tr("Delete every cached response? Sites load from the network "
                                     "again the next time."));
        if (answer == QMessageBox::Yes) {
            clearAll();
        }
    });
}

CachePage::~CachePage() = default;

void CachePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // the window refreshes the page only while it is visible
}

void CachePage::setSettings(const Settings &settings)
{
    m_settings = settings;
    const QSignalBlocker b1(m_enabled);
    const QSignalBlocker b2(m_budget);
    const QSignalBlocker b3(m_clearOnExit);
    m_enabled->setChecked(settings.cache.enabled);
    m_budget->setValue(settings.cache.sizeMiB);
    m_clearOnExit->setChecked(settings.cache.clearOnExit);
    m_directory->setText(QDir::toNativeSeparators(settings.cache.resolvedDirectory()));
    m_bypass->clear();
    m_bypass->addItems(settings.cache.bypassHosts);
    refresh();
}

void CachePage::refresh()
{
    const std::shared_ptr<Cache::CacheStore> store = m_engine ? m_engine->cacheStore() : nullptr;
    const QLocale locale;
    if (!store) {
        m_fill->setRange(0, 1);
        m_fill->setValue(0);
        m_fill->setFormat(tr("The cache is off"));
        m_stats->setText(tr("Plain-HTTP responses are not stored."));
        return;
    }
    const Cache::CacheStoreStats s = store->stats();
    const EngineStats &e = m_engine->stats();
    const qint64 hits = e.cacheHits.load(std::memory_order_relaxed);
    const qint64 misses = e.cacheMisses.load(std::memory_order_relaxed);
    const qint64 revalidated = e.cacheRevalidations.load(std::memory_order_relaxed);
    const qint64 lookups = hits + misses + revalidated;
    // QProgressBar takes ints: show KiB so budgets beyond 2 GiB still fit.
    m_fill->setRange(0, int(qMin<qint64>(s.budget / 1024, INT_MAX)));
    m_fill->setValue(int(qMin<qint64>(s.bytes / 1024, INT_MAX)));
    m_fill->setFormat(
        tr("%1 of %2 used").arg(locale.formattedDataSize(s.bytes), locale.formattedDataSize(s.budget)));
    QString text =
        tr("%n stored responses", nullptr, int(qMin<qint64>(s.entries, INT_MAX))) + QStringLiteral(" · ") +
        tr("hit ratio %1 % (%2 hits, %3 revalidated, %4 misses)")
            .arg(lookups ? locale.toString(100.0 * double(hits + revalidated) / double(lookups), 'f', 0)
                         : QStringLiteral("–"))
            .arg(locale.toString(hits), locale.toString(revalidated), locale.toString(misses)) +
        QStringLiteral(" · ") +
        tr("%1 served from the cache")
            .arg(locale.formattedDataSize(e.cacheBytesSaved.load(std::memory_order_relaxed)));
    if (!s.loaded) {
        text += QStringLiteral(" · ") + tr("still reading the entries of earlier runs");
    }
    if (s.evicted > 0 || s.droppedWrites > 0) {
        text += QLatin1Char('\n') + tr("%1 removed to stay within the budget, %2 not stored (too large or "
                                       "a disk problem)")
                                        .arg(locale.toString(s.evicted), locale.toString(s.droppedWrites));
    }
    m_stats->setText(text);
}

bool CachePage::addBypassHost(const QString &host)
{
    QString normalised = host;
    if (!normaliseCacheBypassHost(&normalised)) {
        showMessage(tr("\"%1\" is not a host name (for example news.example).").arg(host.trimmed()), true);
        return false;
    }
    if (m_settings.cache.bypassHosts.contains(normalised)) {
        showMessage(tr("%1 is already on the list.").arg(normalised), false);
        return true;
    }
    Settings s = m_settings;
    s.cache.bypassHosts.append(normalised);
    request(s);
    showMessage(
        tr("%1 is no longer cached. Responses stored before stay until they expire or you clear the site.")
            .arg(normalised),
        false);
    return true;
}

void CachePage::removeBypassHost(const QString &host)
{
    Settings s = m_settings;
    if (s.cache.bypassHosts.removeAll(host) > 0) {
        request(s);
    }
}

int CachePage::clearSite(const QString &host)
{
    QString normalised = host;
    if (!normaliseCacheBypassHost(&normalised)) {
        showMessage(tr("\"%1\" is not a host name (for example news.example).").arg(host.trimmed()), true);
        return 0;
    }
    const int removed = m_engine ? m_engine->clearCacheHost(normalised) : 0;
    showMessage(tr("Removed %n cached responses of %1.", nullptr, removed).arg(normalised), false);
    refresh();
    return removed;
}

void CachePage::clearAll()
{
    if (m_engine) {
        m_engine->clearCache();
    }
    showMessage(tr("The cache is empty."), false);
    refresh();
}

QString CachePage::message() const
{
    return m_message->text();
}

void CachePage::request(const Settings &settings)
{
    m_settings = settings;
    Q_EMIT settingsChangeRequested(settings);
}

void CachePage::showMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
    m_message->setText(text);
}

} // namespace Veil
