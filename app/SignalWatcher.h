#pragma once

#include <QObject>

class QSocketNotifier;

namespace Veil {

/**
 * Turns SIGINT/SIGTERM (Unix) or Ctrl+C / console close (Windows) into a Qt signal delivered in
 * the main thread. The handler itself only writes a byte to a socket pair (async-signal-safe).
 */
class SignalWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalWatcher)

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    /** @p count is how many termination requests arrived so far (a second one means "now"). */
    void terminationRequested(int count);

private:
    void onActivated();

    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};

} // namespace Veil
