#pragma once

#include "config/Settings.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

class QLabel;
class QPlainTextEdit;

namespace Veil {

class Engine;

/**
 * First cut of the desktop window: engine status and a live traffic log. The full pages
 * (traffic table, rules, exits, cache, settings) and the tray arrive with the desktop-app issue.
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
    QPlainTextEdit *m_log;
    QTimer m_drain; ///< pulls events at most 10 times a second (DESIGN.md)
};

} // namespace Veil
