#pragma once

#include <QTcpServer>

#include <functional>

namespace Veil {

/**
 * Accepts connections and hands each descriptor to the worker pool without touching it further;
 * it never reads or writes client data, so accepting never waits for a busy worker.
 */
class Listener final : public QTcpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Listener)

public:
    using Dispatch = std::function<void(qintptr)>;
    explicit Listener(Dispatch dispatch, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Dispatch m_dispatch;
};

} // namespace Veil
