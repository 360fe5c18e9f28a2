#include "TrayController.h"

#include <QAction>
#include <QActionGroup>
#include <QFontDatabase>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>

#include <algorithm>
#include <set>

namespace Veil {

namespace {

/** A shield in the state's colour; drawn, so no image plugin is needed on any platform. */
QIcon stateIcon(TrayController::State state)
{
    QColor fill;
    switch (state) {
    case TrayController::State::Off:
        fill = QColor(0x9e, 0x9e, 0x9e);
        break;
    case TrayController::State::On:
        fill = QColor(0x2e, 0x7d, 0x32);
        break;
    case TrayController::State::Holding:
        fill = QColor(0xef, 0x8f, 0x00);
        break;
    case TrayController::State::Error:
        fill = QColor(0xc6, 0x28, 0x28);
        break;
    }
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size;
        QPainterPath shield;
        shield.moveTo(s * 0.5, s * 0.06);
        shield.lineTo(s * 0.9, s * 0.2);
        shield.cubicTo(s * 0.9, s * 0.6, s * 0.72, s * 0.82, s * 0.5, s * 0.95);
        shield.cubicTo(s * 0.28, s * 0.82, s * 0.1, s * 0.6, s * 0.1, s * 0.2);
        shield.closeSubpath();
        p.setPen(QPen(fill.darker(140), qMax(1.0, s / 16)));
        p.setBrush(fill);
        p.drawPath(shield);
        if (state == TrayController::State::On) {
            p.setPen(QPen(Qt::white, qMax(1.5, s / 10), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.drawPolyline(QPolygonF({{s * 0.32, s * 0.5}, {s * 0.46, s * 0.64}, {s * 0.7, s * 0.36}}));
        } else if (state == TrayController::State::Holding || state == TrayController::State::Error) {
            p.setPen(QPen(Qt::white, qMax(1.5, s / 10), Qt::SolidLine, Qt::RoundCap));
            p.drawLine(QPointF(s * 0.5, s * 0.28), QPointF(s * 0.5, s * 0.56));
            p.drawPoint(QPointF(s * 0.5, s * 0.72));
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

TrayController::TrayController(QObject *parent)
    : QObject(parent)
    , m_menu(new QMenu)
    , m_modeMenu(new QMenu(tr("Mode"), m_menu))
    , m_regionMenu(new QMenu(tr("Region"), m_menu))
    , m_protection(new QAction(tr("Protection on"), this))
    , m_systemProxy(new QAction(tr("System proxy"), this))
    , m_modeGroup(new QActionGroup(this))
    , m_regionGroup(new QActionGroup(this))
{
    m_protection->setCheckable(true);
    connect(m_protection, &QAction::triggered, this,
            [this](bool on) { requestMode(on ? m_lastProtectedMode : RoutingMode::Direct); });
    const std::pair<RoutingMode, QString> modes[] = {
        {RoutingMode::Exit, tr("Everything through the region")},
        {RoutingMode::Rules, tr("By rules")},
        {RoutingMode::Direct, tr("Direct (off)")},
    };
    for (const auto &[mode, label] : modes) {
        QAction *a = m_modeMenu->addAction(label);
        a->setCheckable(true);
        a->setData(int(mode));
        m_modeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, mode = mode] { requestMode(mode); });
    }
    m_menu->addAction(m_protection);
    m_menu->addMenu(m_modeMenu);
    m_menu->addMenu(m_regionMenu);
    m_systemProxy->setCheckable(true);
    m_systemProxy->setToolTip(
        tr("Point this computer's proxy settings at Veil (restored when you turn it off or quit)"));
    connect(m_systemProxy, &QAction::triggered, this, &TrayController::systemProxyToggled);
    m_menu->addAction(m_systemProxy);
    connect(m_menu->addAction(tr("Copy proxy environment variables")), &QAction::triggered, this,
            &TrayController::copyEnvironmentRequested);
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("Open Veil")), &QAction::triggered, this, &TrayController::openRequested);
    connect(m_menu->addAction(tr("About Veil")), &QAction::triggered, this, &TrayController::aboutRequested);
    connect(m_menu->addAction(tr("Quit")), &QAction::triggered, this, &TrayController::quitRequested);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
            if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick) {
                Q_EMIT openRequested();
            }
        });
        m_tray->show();
    }
    updateIcon();
}

TrayController::~TrayController()
{
    delete m_menu;
}

bool TrayController::isTrayAvailable() const
{
    return m_tray != nullptr;
}

QString TrayController::regionLabel(const QString &code)
{
    // Flags are pairs of regional indicator symbols; without an emoji font they show as boxes.
    static const bool haveEmoji = [] {
        const QStringList families = QFontDatabase::families();
        return std::any_of(families.cbegin(), families.cend(), [](const QString &f) {
            return f.contains(QLatin1String("Emoji"), Qt::CaseInsensitive);
        });
    }();
    if (code.size() != 2 || !haveEmoji) {
        return code.toUpper();
    }
    QString flag;
    for (const QChar c : code.toUpper()) {
        const char32_t indicator = 0x1F1E6 + char32_t(c.unicode() - 'A');
        flag += QString::fromUcs4(&indicator, 1);
    }
    return flag + QLatin1Char(' ') + code.toUpper();
}

void TrayController::setSettings(const Settings &settings)
{
    m_settings = settings;
    const RoutingMode mode = settings.exits.mode;
    if (mode != RoutingMode::Direct) {
        m_lastProtectedMode = mode;
    }
    m_protection->setChecked(mode != RoutingMode::Direct);
    for (QAction *a : m_modeGroup->actions()) {
        a->setChecked(a->data().toInt() == int(mode));
    }

    std::set<QString> regions;
    for (const Exit &e : settings.exits.exits) {
        if (e.enabled && !e.region.isEmpty()) {
            regions.insert(e.region);
        }
    }
    if (!settings.exits.region.isEmpty()) {
        regions.insert(settings.exits.region);
    }
    QStringList codes(regions.cbegin(), regions.cend());
    QStringList current;
    for (const QAction *a : m_regionGroup->actions()) {
        current.append(a->data().toString());
    }
    if (codes != current || codes.isEmpty()) {
        // Rebuilt only when the list changes: a choice made in this menu must not delete the
        // action that is still delivering its triggered() signal.
        for (QAction *a : m_regionGroup->actions()) {
            m_regionGroup->removeAction(a);
        }
        m_regionMenu->clear(); // deletes the actions it owns
        for (const QString &code : codes) {
            QAction *a = m_regionMenu->addAction(regionLabel(code));
            a->setCheckable(true);
            a->setData(code);
            m_regionGroup->addAction(a);
            connect(a, &QAction::triggered, this, [this, code] { requestRegion(code); });
        }
        if (codes.isEmpty()) {
            m_regionMenu->addAction(tr("No exits configured"))->setEnabled(false);
        }
    }
    for (QAction *a : m_regionGroup->actions()) {
        a->setChecked(a->data().toString() == settings.exits.region);
    }
    updateIcon();
}

void TrayController::setSystemProxyChecked(bool on)
{
    m_systemProxy->setChecked(on);
}

QList<QAction *> TrayController::regionActions() const
{
    return m_regionGroup->actions();
}

QList<QAction *> TrayController::modeActions() const
{
    return m_modeGroup->actions();
}

void TrayController::requestMode(RoutingMode mode)
{
    Settings next = m_settings;
    next.exits.mode = mode;
    setSettings(next);
    Q_EMIT settingsChangeRequested(next);
}

void TrayController::requestRegion(const QString &code)
{
    Settings next = m_settings;
    next.exits.region = code;
    if (next.exits.mode == RoutingMode::Direct) {
        next.exits.mode = m_lastProtectedMode; // picking a region means "go through it"
    }
    setSettings(next);
    Q_EMIT settingsChangeRequested(next);
}

void TrayController::setState(State state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    updateIcon();
}

void TrayController::updateIcon()
{
    if (!m_tray) {
        return;
    }
    m_tray->setIcon(stateIcon(m_state));
    QString tip;
    switch (m_state) {
    case State::Off:
        tip = tr("Veil: protection off (direct)");
        break;
    case State::On:
        tip = tr("Veil: through %1").arg(m_settings.exits.region);
        break;
    case State::Holding:
        tip = tr("Veil: holding connections, no healthy exit in %1").arg(m_settings.exits.region);
        break;
    case State::Error:
        tip = tr("Veil: not running");
        break;
    }
    if (!m_detail.isEmpty()) {
        tip += QLatin1Char('\n') + m_detail;
    }
    m_tray->setToolTip(tip);
}

} // namespace Veil
