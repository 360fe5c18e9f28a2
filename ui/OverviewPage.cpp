#include "OverviewPage.h"

#include "LeftToRightTextDelegate.h"
#include "ThroughputGraph.h"
#include "TrayController.h"
#include "engine/Engine.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace Veil {

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_protection(new QPushButton(this))
    , m_mode(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_exits(new QTreeWidget(this))
    , m_graph(new ThroughputGraph(this))
    , m_counters(new QLabel(this))
{
    m_protection->setCheckable(true);
    m_protection->setMinimumHeight(48);
    QFont big = m_protection->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_protection->setFont(big);
    m_mode->addItem(tr("Everything through the region"), int(RoutingMode::Exit));
    m_mode->addItem(tr("By rules"), int(RoutingMode::Rules));
    m_mode->addItem(tr("Direct (protection off)"), int(RoutingMode::Direct));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { color: #b26a00; font-weight: bold; }"));
    m_summary->setWordWrap(true);
    m_exits->setColumnCount(6);
    m_exits->setItemDelegate(new LeftToRightTextDelegate(m_exits)); // right-to-left languages
    m_exits->setHeaderLabels(
        {tr("Exit"), tr("Health"), tr("Delay"), tr("Public address"), tr("Country"), tr("URL")});
    m_exits->setRootIsDecorated(false);
    m_exits->setUniformRowHeights(true);
    m_exits->header()->setStretchLastSection(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_protection, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Mode"), m_mode);
    form->addRow(tr("Region"), m_region);
    top->addLayout(form, 2);

    auto *exitsBox = new QGroupBox(tr("Exits of the region"), this);
    (new QVBoxLayout(exitsBox))->addWidget(m_exits);
    auto *trafficBox = new QGroupBox(tr("Throughput"), this);
    auto *trafficLayout = new QVBoxLayout(trafficBox);
    trafficLayout->addWidget(m_graph);
    trafficLayout->addWidget(m_counters);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_warning);
    layout->addWidget(exitsBox, 1);
    layout->addWidget(trafficBox, 1);

    connect(m_protection, &QPushButton::toggled, this, [this](bool on) {
        if (m_updating) {
            return;
        }
        Settings next = m_settings;
        next.exits.mode = on ? m_lastProtectedMode : RoutingMode::Direct;
        request(next);
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating) {
            return;
        }
        Settings next = m_settings;
        next.exits.mode = RoutingMode(m_mode->currentData().toInt());
        request(next);
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating || m_region->currentIndex() < 0) {
            return;
        }
        Settings next = m_settings;
        next.exits.region = m_region->currentData().toString();
        request(next);
    });
    updateSwitch();
}

void OverviewPage::request(const Settings &settings)
{
    setSettings(settings);
    Q_EMIT settingsChangeRequested(settings);
}

void OverviewPage::setSettings(const Settings &settings)
{
    m_updating = true;
    m_settings = settings;
    if (settings.exits.mode != RoutingMode::Direct) {
        m_lastProtectedMode = settings.exits.mode;
    }
    m_mode->setCurrentIndex(m_mode->findData(int(settings.exits.mode)));
    std::set<QString> regions;
    for (const Exit &e : settings.exits.exits) {
        if (e.enabled && !e.region.isEmpty()) {
            regions.insert(e.region);
        }
    }
    if (!settings.exits.region.isEmpty()) {
        regions.insert(settings.exits.region);
    }
    m_region->clear();
    for (const QString &code : regions) {
        m_region->addItem(TrayController::regionLabel(code), code);
    }
    m_region->setCurrentIndex(m_region->findData(settings.exits.region));
    m_region->setEnabled(!regions.empty());
    updateSwitch();
    m_updating = false;
}

void OverviewPage::updateSwitch()
{
    const bool on = m_settings.exits.mode != RoutingMode::Direct;
    m_protection->setChecked(on);
    m_protection->setText(on ? tr("Protection is on") : tr("Protection is off"));
    m_protection->setToolTip(on ? tr("Click to connect directly")
                                : tr("Click to send traffic through the region"));
}

QString OverviewPage::warningText() const
{
    return m_warning->text();
}

void OverviewPage::refresh(const Engine &engine)
{
    const EngineStats &stats = engine.stats();
    const qint64 up = stats.bytesUp.load(std::memory_order_relaxed);
    const qint64 down = stats.bytesDown.load(std::memory_order_relaxed);
    if (m_lastUp >= 0) {
        m_graph->addSample(up - m_lastUp, down - m_lastDown);
    }
    m_lastUp = up;
    m_lastDown = down;
    const QLocale locale;
    m_counters->setText(tr("%1 requests · %2 open connections · %3 received · %4 sent · %5 local DNS lookups")
                            .arg(locale.toString(stats.requests.load()))
                            .arg(locale.toString(stats.openConnections.load()))
                            .arg(locale.formattedDataSize(down), locale.formattedDataSize(up))
                            .arg(locale.toString(stats.dnsLookups.load())) +
                        QLatin1Char('\n') +
                        tr("%1 blocked · %2 cache hits · %3 saved by the cache")
                            .arg(locale.toString(stats.blocked.load()))
                            .arg(locale.toString(stats.cacheHits.load()))
                            .arg(locale.formattedDataSize(stats.cacheBytesSaved.load())));

    const ExitSettings &routing = m_settings.exits;
    const QHash<QString, ExitHealth> health = engine.exitHealth().snapshot();
    const QHash<QString, ExitIpResult> addresses = engine.exitIpResults();
    const QList<Exit> exits = routing.exitsInRegion(routing.region);
    m_exits->clear();
    bool anyUp = false;
    QStringList mismatches;
    for (const Exit &e : exits) {
        const ExitHealth h = health.value(e.id, ExitHealth{});
        const bool healthy = e.enabled && h.up;
        anyUp = anyUp || healthy;
        const ExitIpResult ip = addresses.value(e.id);
        auto *item = new QTreeWidgetItem(m_exits);
        item->setText(0, e.name.isEmpty() ? e.id : e.name);
        item->setText(1, !e.enabled ? tr("disabled") : (healthy ? tr("up") : tr("down")));
        item->setForeground(1, healthy ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        item->setText(2, h.delayUs >= 0 ? tr("%1 ms").arg(double(h.delayUs) / 1000.0, 0, 'f', 1) : QString());
        item->setText(3, ip.hasAddress() ? ip.address.toString() : ip.error);
        item->setText(4, ip.country);
        item->setText(5, e.urlString());
        if (ip.regionMismatch) {
            mismatches.append(tr("%1 is in %2 according to the GeoIP database, not in %3")
                                  .arg(e.id, ip.country, routing.region));
        }
    }

    QStringList warnings;
    if (routing.mode == RoutingMode::Direct) {
        m_summary->setText(tr("Protection is off: sites see this computer's own address."));
    } else if (routing.region.isEmpty()) {
        warnings.append(tr("No region is chosen: connections are held until you pick one."));
    } else if (!anyUp) {
        warnings.append(
            routing.fallsBackDirect()
                ? tr("No exit in %1 is healthy: connections go direct (fallback is on).").arg(routing.region)
            : routing.killSwitch
                ? tr("No exit in %1 is healthy: the kill switch holds every connection, nothing goes out "
                     "directly.")
                      .arg(routing.region)
                : tr("No exit in %1 is healthy: connections are held, nothing goes out directly.")
                      .arg(routing.region));
    } else {
        m_summary->setText(
            tr("Sites see an address in %1.").arg(TrayController::regionLabel(routing.region)));
    }
    if (routing.mode != RoutingMode::Direct && (!anyUp || routing.region.isEmpty())) {
        m_summary->clear();
    }
    warnings += mismatches;
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
}

} // namespace Veil
