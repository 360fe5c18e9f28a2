#pragma once

#include <QObject>

class QLocalServer;

namespace Veil {

/**
 * One desktop window per user: the first GUI instance listens on a local socket named after the
 * user; a second launch connects, asks it to come to the front, and exits. Headless runs do not
 * take part (servers may run several engines on different ports).
 */
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(QObject *parent = nullptr);

    /**
     * True when this process is the first instance (it now listens). False when another instance
     * answered and was asked to raise its window.
     */
    bool claim();
    static QString serverName();

Q_SIGNALS:
    /** Another launch asked this instance to show its window. */
    void raiseRequested();

private:
    QLocalServer *m_server = nullptr;
};

} // namespace Veil
