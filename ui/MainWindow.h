#pragma once

#include "config/Settings.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;

namespace Veil {

class Engine;
class TrafficPage;

/**
 * The desktop window so far: engine status and the live Traffic page. The other pages (rules,
 * exits, cache, settings) and the tray arrive with the rest of the desktop-app issue.
 */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool startEngine(const Settings &settings);
    QString engineError() const;

private:
    void drainEvents();

    std::unique_ptr<Engine> m_engine;
    QLabel *m_status;
    TrafficPage *m_traffic;
    QTimer m_drain; ///< pulls events at most 10 times a second (DESIGN.md)
};

} // namespace Veil
