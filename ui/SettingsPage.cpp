#include "SettingsPage.h"

#include "i18n/Translations.h"

#include "InlineMessage.h"
#include "PrivacySettingsBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <initializer_list>
#include <variant>

namespace Veil {

namespace {

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { font-size: small; }"));
    return label;
}

/** A field with its message and note under it; hidden messages take no space. */
QVBoxLayout *stacked(std::initializer_list<std::variant<QWidget *, QLayout *>> parts)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(4);
    for (const auto &part : parts) {
        if (std::holds_alternative<QWidget *>(part)) {
            column->addWidget(std::get<QWidget *>(part));
        } else {
            column->addLayout(std::get<QLayout *>(part));
        }
    }
    return column;
}

} // namespace

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QLineEdit(this))
    , m_applyListen(new QPushButton(tr("Apply"), this))
    , m_listenProblem(InlineMessage::createProblemLabel(this))
    , m_killSwitch(
          new QCheckBox(tr("Kill switch: never connect directly when Veil cannot use an exit"), this))
    , m_systemProxy(new QCheckBox(tr("Set the system proxy when Veil starts"), this))
    , m_bypass(new QLineEdit(this))
    , m_bypassProblem(InlineMessage::createProblemLabel(this))
    , m_login(new QCheckBox(tr("Start Veil when I log in"), this))
    , m_loginProblem(InlineMessage::createProblemLabel(this))
    , m_minimized(new QCheckBox(tr("Start minimised to the tray"), this))
    , m_closeToTray(new QCheckBox(tr("Closing the window keeps Veil running in the tray"), this))
    , m_trayNote(noteLabel(QString(), this))
    , m_theme(new QComboBox(this))
    , m_proxyMode(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_trafficRows(new QSpinBox(this))
    , m_privacy(new PrivacySettingsBox(this))
{
    m_host->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_port->setPlaceholderText(QString::number(Settings::DefaultPort));
    m_port->setMaximumWidth(90);
    m_bypass->setPlaceholderText(tr("intranet.example, *.corp.example, 10.0.0.0/8"));
    m_proxyMode->addItem(tr("HTTP, HTTPS and SOCKS proxy"), false);
    m_proxyMode->addItem(tr("Automatic configuration (PAC)"), true);
    m_proxyMode->setToolTip(
        tr("The automatic configuration sends local names past Veil and, with the kill switch "
           "off, lets the browser connect directly while Veil is not running."));
    m_theme->addItem(tr("Follow the system"), int(UiTheme::System));
    m_theme->addItem(tr("Light"), int(UiTheme::Light));
    m_theme->addItem(tr("Dark"), int(UiTheme::Dark));
    m_language->addItem(tr("System language"), QString());
    for (const Language &language : Veil::availableLanguages()) {
        m_language->addItem(language.nativeName, language.code);
    }
    m_trafficRows->setRange(UiSettings::MinTrafficRows, UiSettings::MaxTrafficRows);
    m_trafficRows->setSingleStep(10000);
    m_trafficRows->setGroupSeparatorShown(true);
    m_trafficRows->setKeyboardTracking(false); // one change when typing ends, not one per digit
    m_trafficRows->setSuffix(tr(" requests"));

    auto *listenRow = new QHBoxLayout;
    listenRow->addWidget(m_host, 1);
    listenRow->addWidget(new QLabel(tr("Port"), this));
    listenRow->addWidget(m_port);
    listenRow->addWidget(m_applyListen);
    auto *proxy = new QGroupBox(tr("Proxy"), this);
    auto *proxyForm = new QFormLayout(proxy);
    proxyForm->addRow(tr("Listen on"),
                      stacked({listenRow, m_listenProblem,
                               noteLabel(tr("Veil listens on the new address before it leaves the old one: "
                                            "open connections carry on, new ones need the new address."),
                                         this)}));
    proxyForm->addRow(stacked(
        {m_killSwitch,
         noteLabel(
             tr("When no exit of your region is healthy, connections are held and get a page saying why, "
                "instead of going out directly with your own address (even when falling back to direct "
                "is configured). The proxy configuration file (PAC) then never falls back to DIRECT, so "
                "browsers stay blocked while Veil is not running, and the system proxy keeps pointing "
                "at Veil while traffic is held."),
             this)}));
    proxyForm->addRow(m_systemProxy);
    proxyForm->addRow(tr("System proxy setting"), m_proxyMode);
    proxyForm->addRow(tr("Bypass Veil for"),
                      stacked({m_bypass, m_bypassProblem,
                               noteLabel(tr("Host names, *.domain wildcards, addresses and networks, "
                                            "separated by commas. localhost, 127.0.0.0/8 and ::1 are "
                                            "always bypassed."),
                                         this)}));

    auto *desktop = new QGroupBox(tr("Desktop"), this);
    auto *desktopForm = new QFormLayout(desktop);
    desktopForm->addRow(stacked({m_login, m_loginProblem, m_minimized, m_closeToTray, m_trayNote}));
    desktopForm->addRow(tr("Theme"), m_theme);
    desktopForm->addRow(tr("Language"),
                        stacked({m_language, noteLabel(tr("A new language takes effect when Veil starts "
                                                          "again."),
                                                       this)}));
    desktopForm->addRow(tr("Traffic log keeps"),
                        stacked({m_trafficRows, noteLabel(tr("The newest requests, in memory only; older "
                                                             "ones fall out."),
                                                          this)}));
    m_trayNote->hide();

    auto *content = new QWidget(this);
    auto *columns = new QHBoxLayout(content);
    auto *left = new QVBoxLayout;
    left->addWidget(proxy);
    left->addWidget(m_privacy);
    left->addStretch(1);
    columns->addLayout(left, 3);
    columns->addWidget(desktop, 2, Qt::AlignTop);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *about = new QPushButton(tr("About Veil…"), this);
    connect(about, &QPushButton::clicked, this, &SettingsPage::aboutRequested);
    auto *footer = new QHBoxLayout;
    footer->addWidget(new QLabel(tr("Veil %1").arg(QCoreApplication::applicationVersion()), this), 1);
    footer->addWidget(about);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    layout->addLayout(footer);

    connect(m_host, &QLineEdit::textChanged, this, &SettingsPage::validateListen);
    connect(m_port, &QLineEdit::textChanged, this, &SettingsPage::validateListen);
    connect(m_applyListen, &QPushButton::clicked, this, &SettingsPage::applyListen);
    for (QLineEdit *edit : {m_host, m_port}) {
        connect(edit, &QLineEdit::returnPressed, this, &SettingsPage::applyListen);
    }
    connect(m_bypass, &QLineEdit::textChanged, this, &SettingsPage::validateBypass);
    connect(m_bypass, &QLineEdit::editingFinished, this, &SettingsPage::applyBypass);
    connect(m_login, &QCheckBox::toggled, this, &SettingsPage::setLogin);
    const auto onToggle = [this](QCheckBox *box, auto apply) {
        connect(box, &QCheckBox::toggled, this, [this, apply](bool on) {
            if (!m_updating) {
                Settings next = m_settings;
                apply(next, on);
                request(next);
            }
        });
    };
    onToggle(m_killSwitch, [](Settings &s, bool on) { s.exits.killSwitch = on; });
    onToggle(m_systemProxy, [](Settings &s, bool on) { s.systemProxy.onStart = on; });
    onToggle(m_minimized, [](Settings &s, bool on) { s.ui.startMinimized = on; });
    onToggle(m_closeToTray, [](Settings &s, bool on) { s.ui.closeToTray = on; });
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating) {
            Settings next = m_settings;
            next.systemProxy.pac = m_proxyMode->currentData().toBool();
            request(next);
        }
    });
    connect(m_theme, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating) {
            Settings next = m_settings;
            next.ui.theme = UiTheme(m_theme->currentData().toInt());
            request(next);
        }
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating) {
            Settings next = m_settings;
            next.ui.language = m_language->currentData().toString();
            request(next);
        }
    });
    connect(m_privacy, &PrivacySettingsBox::changeRequested, this, [this](const PrivacySettings &privacy) {
        if (!m_updating) {
            Settings next = m_settings;
            next.privacy = privacy;
            request(next);
        }
    });
    connect(m_trafficRows, &QSpinBox::valueChanged, this, [this](int rows) {
        if (!m_updating) {
            Settings next = m_settings;
            next.ui.trafficRows = rows;
            request(next);
        }
    });
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::setSettings(const Settings &settings)
{
    m_settings = settings;
    m_updating = true;
    m_host->setText(settings.listenHost);
    m_port->setText(QString::number(settings.listenPort));
    m_killSwitch->setChecked(settings.exits.killSwitch);
    m_systemProxy->setChecked(settings.systemProxy.onStart);
    if (!m_bypass->hasFocus()) {
        m_bypass->setText(settings.systemProxy.bypass.join(QStringLiteral(", ")));
    }
    m_login->setChecked(m_loginItem.isEnabled());
    m_minimized->setChecked(settings.ui.startMinimized);
    m_closeToTray->setChecked(settings.ui.closeToTray);
    m_theme->setCurrentIndex(m_theme->findData(int(settings.ui.theme)));
    m_proxyMode->setCurrentIndex(settings.systemProxy.pac ? 1 : 0);
    if (m_language->findData(settings.ui.language) < 0) {
        m_language->addItem(settings.ui.language, settings.ui.language); // configured, not embedded (yet)
    }
    m_language->setCurrentIndex(m_language->findData(settings.ui.language));
    m_trafficRows->setValue(settings.ui.trafficRows);
    m_privacy->setSettings(settings.privacy);
    m_updating = false;
    validateListen();
    validateBypass();
}

void SettingsPage::setTrayAvailable(bool available)
{
    m_minimized->setEnabled(available);
    m_closeToTray->setEnabled(available);
    m_trayNote->setText(available ? QString()
                                  : tr("This desktop has no system tray: the window is Veil, and closing it "
                                       "quits."));
    m_trayNote->setVisible(!available);
}

void SettingsPage::setListenError(const QString &error)
{
    InlineMessage::show(m_listenProblem, error);
}

QString SettingsPage::listenProblem() const
{
    return m_listenProblem->text();
}

QString SettingsPage::bypassProblem() const
{
    return m_bypassProblem->text();
}

QString SettingsPage::loginProblem() const
{
    return m_loginProblem->text();
}

void SettingsPage::request(const Settings &next)
{
    m_settings = next;
    Q_EMIT settingsChangeRequested(next);
}

void SettingsPage::validateListen()
{
    Settings next = m_settings;
    QString why;
    bool ok = false;
    const uint port = m_port->text().trimmed().toUInt(&ok);
    if (!ok || port < 1 || port > 65535) {
        why = tr("The port must be a whole number from 1 to 65535.");
    } else if (QHostAddress(m_host->text().trimmed()).isNull()) {
        why = tr("\"%1\" is not an IP address such as 127.0.0.1 or ::1.").arg(m_host->text().trimmed());
    } else {
        next.listenHost = QHostAddress(m_host->text().trimmed()).toString();
        next.listenPort = quint16(port);
        why = next.validate();
        if (!why.isEmpty()) {
            why[0] = why[0].toUpper();
        }
    }
    InlineMessage::show(m_listenProblem, why);
    m_applyListen->setEnabled(why.isEmpty() && (next.listenHost != m_settings.listenHost ||
                                                next.listenPort != m_settings.listenPort));
}

bool SettingsPage::applyListen()
{
    validateListen();
    if (!m_listenProblem->text().isEmpty()) {
        return false;
    }
    Settings next = m_settings;
    next.listenHost = QHostAddress(m_host->text().trimmed()).toString();
    next.listenPort = quint16(m_port->text().trimmed().toUInt());
    if (next.listenHost == m_settings.listenHost && next.listenPort == m_settings.listenPort) {
        return true;
    }
    m_applyListen->setEnabled(false);
    request(next);
    return true;
}

void SettingsPage::validateBypass()
{
    QStringList entries;
    InlineMessage::show(m_bypassProblem, parseBypassList(m_bypass->text(), &entries));
}

void SettingsPage::applyBypass()
{
    QStringList entries;
    if (m_updating || !parseBypassList(m_bypass->text(), &entries).isEmpty() ||
        entries == m_settings.systemProxy.bypass) {
        return;
    }
    Settings next = m_settings;
    next.systemProxy.bypass = entries;
    request(next);
}

void SettingsPage::setLogin(bool on)
{
    if (m_updating || on == m_loginItem.isEnabled()) {
        return;
    }
    if (!m_loginItem.setEnabled(on)) {
        InlineMessage::show(m_loginProblem, m_loginItem.errorString());
        m_updating = true;
        m_login->setChecked(!on);
        m_updating = false;
        return;
    }
    InlineMessage::show(m_loginProblem, QString());
}

} // namespace Veil
