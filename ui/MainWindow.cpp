#include "MainWindow.h"

#include "TrafficPage.h"

#include "config/ExitPasswords.h"
#include "config/SecretStore.h"
#include "engine/Engine.h"
#include "traffic/EventHub.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Veil {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_engine(std::make_unique<Engine>())
    , m_status(new QLabel(this))
    , m_traffic(new TrafficPage(this))
{
    setWindowTitle(tr("Veil"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    layout->addWidget(m_traffic, 1);
    setCentralWidget(central);
    resize(1100, 640);

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
    // Everything queued since the last tick, in one model batch (the hub is bounded and drops
    // and counts when full; DESIGN.md, Threads).
    m_traffic->addEvents(m_engine->eventHub()->drain(50000));
}

} // namespace Veil
