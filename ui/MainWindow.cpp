#include "MainWindow.h"

#include "config/ExitPasswords.h"
#include "config/SecretStore.h"
#include "engine/Engine.h"
#include "traffic/EventHub.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace Veil {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_engine(std::make_unique<Engine>())
    , m_status(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Veil"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("Traffic appears here once a browser uses the proxy."));
    layout->addWidget(m_log);
    setCentralWidget(central);
    resize(900, 560);

    m_drain.setInterval(100);
    connect(&m_drain, &QTimer::timeout, this, &MainWindow::drainEvents);
}

MainWindow::~MainWindow() = default;

bool MainWindow::startEngine(const Settings &settings)
{
    QStringList messages;
    SecretStore keychain;
    const QHash<QString, QString> passwords = resolveExitPasswords(settings.exits, &keychain, &messages);
    if (!m_engine->start(settings, passwords)) {
        m_status->setText(m_engine->errorString());
        return false;
    }
    m_status->setText(tr("Veil is running on %1:%2 — set your browser's HTTP, HTTPS and SOCKS5 proxy to "
                         "this address, or use http://%1:%2/proxy.pac")
                          .arg(m_engine->address().toString())
                          .arg(m_engine->port()));
    m_drain.start();
    return true;
}

QString MainWindow::engineError() const
{
    return m_engine->errorString();
}

void MainWindow::drainEvents()
{
    const QList<TrafficEvent> batch = m_engine->eventHub()->drain(2000);
    for (const TrafficEvent &e : batch) {
        if (e.phase == TrafficEvent::Phase::End) {
            m_log->appendPlainText(QString::fromUtf8(formatTrafficText(e)));
        }
    }
}

} // namespace Veil
