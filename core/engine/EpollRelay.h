#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <unordered_map>
#include <vector>

class QSocketNotifier;
class QTimer;

namespace Veil {

/** Told once when a relayed pair ends (not when it is removed by its owner). */
class RelayObserver
{
public:
    virtual void relayFinished(const QString &error, qint64 bytesUp, qint64 bytesDown) = 0;

protected:
    ~RelayObserver() = default;
};

/**
 * The byte pump under established tunnels on Linux: one epoll set per worker thread, watched by a
 * single QSocketNotifier, moving bytes straight between the two descriptors with recv()/send()
 * through one 64 KiB buffer per thread. Per tunnel it keeps two descriptors and a few counters;
 * bytes are queued only while a sink is slower than its source, up to the relay window, when
 * reading that source stops (the same backpressure as Tunnel's Qt path). Half-close is real: a
 * FIN from one side is passed on with shutdown(SHUT_WR) once its bytes are delivered, and the
 * other direction keeps flowing.
 *
 * VEIL_TUNNEL_RELAY=splice moves the bytes with splice(2) through one pipe per thread instead
 * (emptied before the pump moves to another pair), so they never reach user space. On loopback it
 * saved up to a fifth of the relay's CPU per GiB but moved 100 MiB downloads slower in 19 of 22
 * interleaved rounds (bench/RESULTS.md, session 6), so copying stays the default; the benchmark
 * (`--only relay`) measures both. VEIL_TUNNEL_RELAY=qt turns the relay off.
 *
 * Qt's QTcpSocket path costs two ring buffers, three notifiers and several signal emissions per
 * relayed read; for tunnels, which never look at their bytes, that was most of Veil's CPU and
 * memory (bench/RESULTS.md). Other platforms and TLS sockets keep the Qt path in Tunnel.
 */
class EpollRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EpollRelay)

public:
    /** The relay of the calling thread, or nullptr. */
    static EpollRelay *current();
    /** Creates the calling thread's relay (nullptr where epoll is not available). */
    static std::unique_ptr<EpollRelay> createForThisThread();
    ~EpollRelay() override;

    /**
     * Takes ownership of two connected, non-blocking stream descriptors. @p toUpstream and
     * @p toClient are bytes to deliver first. Returns an id, or 0 on failure (the descriptors are
     * closed then). @p observer must outlive the pair or remove() it. The counters, when given,
     * get the bytes read from the client (@p upCounter) and from the upstream as they are read.
     */
    quint64 add(int clientFd, int upstreamFd, QByteArray toUpstream, QByteArray toClient, qint64 window,
                int idleTimeoutMs, RelayObserver *observer, std::atomic<qint64> *upCounter = nullptr,
                std::atomic<qint64> *downCounter = nullptr);
    /** Closes both descriptors now, without telling the observer. */
    void remove(quint64 id);
    qint64 bytesUp(quint64 id) const;
    qint64 bytesDown(quint64 id) const;
    /** Bytes read but not yet delivered, both directions (at most window + one read each). */
    qint64 queuedBytes(quint64 id) const;
    int size() const { return int(m_pairs.size()); }
    /** Whether bytes move with splice(2) (false: recv()/send() through a buffer). */
    bool splicing() const { return m_pipe[0] >= 0; }
    /** Pairs added by every relay of the process so far (tests check the fast path is taken). */
    static qint64 pairsAdded();

private:
    struct Pair;
    explicit EpollRelay(int epollFd);
    void onReady();
    void sweep();
    void pump(Pair &p, int from);
    /** One splice from p.fd[from] to p.fd[to]; returns the bytes read, 0 at EOF, -1 otherwise. */
    qint64 splicePass(Pair &p, int from);
    void closePipe();
    void fail(Pair &p, int side, int error);
    void flush(Pair &p, int to);
    void update(Pair &p, int side);
    void afterIo(Pair &p);
    void finish(quint64 id, const QString &error);
    void scheduleSweep(int idleTimeoutMs);

    int m_epoll = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_sweep = nullptr;
    std::unordered_map<quint64, std::unique_ptr<Pair>> m_pairs;
    std::vector<char> m_buffer;
    int m_pipe[2] = {-1, -1}; ///< empty between pump() calls
    qsizetype m_pipeSize = 0;
    quint64 m_nextId = 1;
    int m_sweepIntervalMs = 1000;
};

} // namespace Veil
