#include "engine/EpollRelay.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <pthread.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcRelay, "veil.relay", QtInfoMsg)

namespace Veil {

namespace {

thread_local EpollRelay *t_current = nullptr;
std::atomic<qint64> g_pairsAdded{0};

constexpr qsizetype kBufferSize = 64 * 1024;
/** What the splice pipe asks for (the kernel may give less): the most one splice() moves. */
constexpr int kPipeSize = 256 * 1024;
/** splicePass() results besides a byte count. */
constexpr qint64 kSpliceLater = -1; ///< nothing to read now, or the pair ended
constexpr qint64 kSpliceNever = -2; ///< this kernel or descriptor cannot splice: copy instead
/** Reads per readiness report, so one busy tunnel cannot starve the others of its thread. */
constexpr int kReadsPerWakeup = 4;
constexpr int kEventsPerWakeup = 256;
/** A tunnel with one direction finished gets this long without traffic (at most its idle timeout). */
constexpr qint64 kHalfClosedIdleMs = 30000;

qint64 nowMs()
{
    return QDeadlineTimer::current().deadline();
}

} // namespace

struct EpollRelay::Pair
{
    quint64 id = 0;
    int fd[2] = {-1, -1}; ///< 0: client, 1: upstream
    QByteArray out[2];    ///< bytes waiting to be written to fd[i]
    qsizetype outOffset[2] = {0, 0};
    bool eof[2] = {false, false};  ///< fd[i] sent its FIN
    bool shut[2] = {false, false}; ///< FIN passed on to fd[i]
    bool registered[2] = {false, false};
    quint32 mask[2] = {0, 0};
    qint64 bytes[2] = {0, 0}; ///< read from fd[i]: [0] up, [1] down
    qint64 window = 0;
    qint64 idleMs = 0;
    qint64 lastActivity = 0;
    RelayObserver *observer = nullptr;
    std::atomic<qint64> *counter[2] = {nullptr, nullptr}; ///< live totals (EngineStats), optional

    qsizetype pending(int i) const { return out[i].size() - outOffset[i]; }

    /** Counts @p n bytes read from fd[from]. */
    void countRead(int from, qint64 n)
    {
        bytes[from] += n;
        if (counter[from]) {
            counter[from]->fetch_add(n, std::memory_order_relaxed);
        }
        lastActivity = nowMs();
    }

    /** Room for @p n more bytes at the end of out[to] (a drained queue starts over first). */
    char *growQueue(int to, qsizetype n)
    {
        if (outOffset[to] > 0 && outOffset[to] == out[to].size()) {
            out[to].clear();
            outOffset[to] = 0;
        }
        const qsizetype at = out[to].size();
        out[to].resize(at + n);
        return out[to].data() + at;
    }
};

qint64 EpollRelay::pairsAdded()
{
    return g_pairsAdded.load(std::memory_order_relaxed);
}

EpollRelay *EpollRelay::current()
{
    return t_current;
}

#ifdef Q_OS_LINUX

std::unique_ptr<EpollRelay> EpollRelay::createForThisThread()
{
    const QString mode = qEnvironmentVariable("VEIL_TUNNEL_RELAY");
    if (mode == QLatin1String("qt")) {
        return nullptr; // benchmarks and debugging: the portable QTcpSocket path
    }
    const int fd = epoll_create1(EPOLL_CLOEXEC);
    if (fd < 0) {
        qCWarning(lcRelay) << "epoll_create1 failed:" << std::strerror(errno);
        return nullptr;
    }
    std::unique_ptr<EpollRelay> relay(new EpollRelay(fd));
    t_current = relay.get();
    if (mode != QLatin1String("splice")) {
        return relay; // recv()/send() through the buffer (EpollRelay.h says why)
    }
    int pipe[2];
    if (::pipe2(pipe, O_NONBLOCK | O_CLOEXEC) != 0) {
        qCWarning(lcRelay) << "pipe2 failed, relaying by copy:" << std::strerror(errno);
        return relay;
    }
    ::fcntl(pipe[1], F_SETPIPE_SZ, kPipeSize); // above /proc/sys/fs/pipe-max-size: keep the default
    const int size = ::fcntl(pipe[1], F_GETPIPE_SZ);
    if (size <= 0) {
        ::close(pipe[0]);
        ::close(pipe[1]);
        return relay;
    }
    relay->m_pipe[0] = pipe[0];
    relay->m_pipe[1] = pipe[1];
    relay->m_pipeSize = size;
    // splice() into a socket whose peer is gone raises SIGPIPE; it has no MSG_NOSIGNAL. Blocked on
    // this thread, the signal stays pending (or is dropped where the process ignores it) and the
    // call fails with EPIPE, as send(MSG_NOSIGNAL) does.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    return relay;
}

void EpollRelay::closePipe()
{
    for (int &fd : m_pipe) {
        if (fd >= 0) {
            ::close(fd);
            fd = -1;
        }
    }
}

EpollRelay::EpollRelay(int epollFd)
    : m_epoll(epollFd)
    , m_buffer(size_t(kBufferSize))
{
    setObjectName(QStringLiteral("EpollRelay"));
    m_notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &EpollRelay::onReady);
    m_sweep = new QTimer(this);
    connect(m_sweep, &QTimer::timeout, this, &EpollRelay::sweep);
}

EpollRelay::~EpollRelay()
{
    if (t_current == this) {
        t_current = nullptr;
    }
    for (auto &[id, pair] : m_pairs) {
        ::close(pair->fd[0]);
        ::close(pair->fd[1]);
    }
    m_pairs.clear();
    delete m_notifier;
    ::close(m_epoll);
    closePipe();
}

quint64 EpollRelay::add(int clientFd, int upstreamFd, QByteArray toUpstream, QByteArray toClient,
                        qint64 window, int idleTimeoutMs, RelayObserver *observer,
                        std::atomic<qint64> *upCounter, std::atomic<qint64> *downCounter)
{
    auto pair = std::make_unique<Pair>();
    Pair &p = *pair;
    p.id = m_nextId++;
    p.fd[0] = clientFd;
    p.fd[1] = upstreamFd;
    p.out[1] = std::move(toUpstream);
    p.out[0] = std::move(toClient);
    p.window = qMax<qint64>(window, kBufferSize);
    p.idleMs = idleTimeoutMs;
    p.lastActivity = nowMs();
    p.observer = observer;
    p.counter[0] = upCounter;
    p.counter[1] = downCounter;
    for (const int fd : p.fd) {
        const int flags = ::fcntl(fd, F_GETFL);
        if (flags < 0 || ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0) {
            ::close(clientFd);
            ::close(upstreamFd);
            return 0;
        }
    }
    const quint64 id = p.id;
    m_pairs.emplace(id, std::move(pair));
    update(p, 0);
    update(p, 1);
    if (!p.registered[0] || !p.registered[1]) {
        m_pairs.erase(id); // update() already logged why
        ::close(clientFd);
        ::close(upstreamFd);
        return 0;
    }
    scheduleSweep(idleTimeoutMs);
    g_pairsAdded.fetch_add(1, std::memory_order_relaxed);
    return id;
}

void EpollRelay::remove(quint64 id)
{
    const auto it = m_pairs.find(id);
    if (it == m_pairs.end()) {
        return;
    }
    ::close(it->second->fd[0]); // closing also drops them from the epoll set
    ::close(it->second->fd[1]);
    m_pairs.erase(it);
    if (m_pairs.empty()) {
        m_sweep->stop();
    }
}

qint64 EpollRelay::bytesUp(quint64 id) const
{
    const auto it = m_pairs.find(id);
    return it == m_pairs.end() ? 0 : it->second->bytes[0];
}

qint64 EpollRelay::bytesDown(quint64 id) const
{
    const auto it = m_pairs.find(id);
    return it == m_pairs.end() ? 0 : it->second->bytes[1];
}

qint64 EpollRelay::queuedBytes(quint64 id) const
{
    const auto it = m_pairs.find(id);
    return it == m_pairs.end() ? 0 : it->second->pending(0) + it->second->pending(1);
}

void EpollRelay::update(Pair &p, int side)
{
    // Done both ways (FIN received and passed on): nothing more to wait for on this descriptor,
    // and leaving it in the set would report EPOLLHUP on every wait.
    if (p.eof[side] && p.shut[side] && p.pending(side) == 0) {
        if (p.registered[side]) {
            epoll_ctl(m_epoll, EPOLL_CTL_DEL, p.fd[side], nullptr);
            p.registered[side] = false;
        }
        return;
    }
    quint32 mask = 0;
    if (!p.eof[side] && p.pending(1 - side) < p.window) {
        mask |= EPOLLIN; // reading this side feeds the other side's queue
    }
    if (p.pending(side) > 0) {
        mask |= EPOLLOUT;
    }
    if (p.registered[side] && mask == p.mask[side]) {
        return;
    }
    epoll_event ev{};
    ev.events = mask;
    ev.data.u64 = (p.id << 1) | quint64(side);
    const int op = p.registered[side] ? EPOLL_CTL_MOD : EPOLL_CTL_ADD;
    if (epoll_ctl(m_epoll, op, p.fd[side], &ev) != 0) {
        qCWarning(lcRelay) << "epoll_ctl failed:" << std::strerror(errno);
        return;
    }
    p.registered[side] = true;
    p.mask[side] = mask;
}

void EpollRelay::onReady()
{
    epoll_event events[kEventsPerWakeup];
    const int n = epoll_wait(m_epoll, events, kEventsPerWakeup, 0);
    for (int i = 0; i < n; ++i) {
        const quint64 id = events[i].data.u64 >> 1;
        const int side = int(events[i].data.u64 & 1);
        const auto it = m_pairs.find(id);
        if (it == m_pairs.end()) {
            continue; // ended earlier in this batch
        }
        Pair &p = *it->second;
        const quint32 ev = events[i].events;
        if (ev & EPOLLERR) {
            int error = 0;
            socklen_t length = sizeof error;
            getsockopt(p.fd[side], SOL_SOCKET, SO_ERROR, &error, &length);
            fail(p, side, error ? error : ECONNRESET);
            continue;
        }
        if ((ev & EPOLLOUT) && p.pending(side) > 0) {
            flush(p, side);
            if (!m_pairs.count(id)) {
                continue;
            }
        }
        if (ev & (EPOLLIN | EPOLLHUP)) {
            if (p.eof[side]) {
                // Hung up after its FIN: it can take nothing more from us.
                finish(id, {});
                continue;
            }
            pump(p, side);
            if (!m_pairs.count(id)) {
                continue;
            }
        }
        afterIo(p);
    }
}

void EpollRelay::fail(Pair &p, int side, int error)
{
    finish(p.id, tr("%1: %2").arg(side == 0 ? tr("client") : tr("upstream"),
                                  QString::fromLocal8Bit(std::strerror(error))));
}

void EpollRelay::pump(Pair &p, int from)
{
    const int to = 1 - from;
    char *buffer = m_buffer.data();
    for (int round = 0; round < kReadsPerWakeup && p.pending(to) < p.window; ++round) {
        if (splicing() && p.pending(to) == 0) {
            const qint64 moved = splicePass(p, from);
            if (moved > 0 && moved < m_pipeSize && moved < p.window) {
                return; // less than a pipe: most likely drained
            }
            if (moved > 0) {
                continue;
            }
            if (moved != kSpliceNever) {
                return; // EOF, nothing to read, or p is gone
            }
        }
        const ssize_t n = ::recv(p.fd[from], buffer, size_t(kBufferSize), 0);
        if (n == 0) {
            p.eof[from] = true;
            return;
        }
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                fail(p, from, errno);
            }
            return;
        }
        p.countRead(from, n);
        ssize_t written = 0;
        if (p.pending(to) == 0) {
            written = ::send(p.fd[to], buffer, size_t(n), MSG_NOSIGNAL);
            if (written < 0) {
                if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
                    fail(p, to, errno);
                    return;
                }
                written = 0;
            }
        }
        if (written < n) {
            std::memcpy(p.growQueue(to, n - written), buffer + written, size_t(n - written));
        }
        if (n < kBufferSize) {
            return; // the socket had less than a buffer: most likely drained
        }
    }
}

qint64 EpollRelay::splicePass(Pair &p, int from)
{
    const int to = 1 - from;
    const size_t length = size_t(qMin<qint64>(m_pipeSize, p.window));
    const ssize_t in =
        ::splice(p.fd[from], nullptr, m_pipe[1], nullptr, length, SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
    if (in == 0) {
        p.eof[from] = true;
        return 0;
    }
    if (in < 0) {
        if (errno == EINVAL || errno == ENOSYS) {
            qCInfo(lcRelay) << "splice() refused, relaying by copy:" << std::strerror(errno);
            closePipe();
            return kSpliceNever;
        }
        if (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) {
            fail(p, from, errno);
        }
        return kSpliceLater;
    }
    p.countRead(from, in);
    qsizetype left = in;
    int error = 0;
    while (left > 0) {
        const ssize_t out =
            ::splice(m_pipe[0], nullptr, p.fd[to], nullptr, size_t(left), SPLICE_F_MOVE | SPLICE_F_NONBLOCK);
        if (out > 0) {
            left -= out;
        } else if (out < 0 && errno == EINTR) {
            continue;
        } else {
            error = out < 0 && errno != EAGAIN && errno != EWOULDBLOCK ? errno : 0;
            break; // the sink is full (or failed)
        }
    }
    if (left > 0) {
        // Whatever the sink did not take moves to the pair's queue, so the pipe is empty for the
        // next pair; the queue is flushed on EPOLLOUT like any other backlog.
        char *queue = p.growQueue(to, left);
        qsizetype got = 0;
        while (got < left) {
            const ssize_t n = ::read(m_pipe[0], queue + got, size_t(left - got));
            if (n <= 0 && !(n < 0 && errno == EINTR)) {
                // Cannot happen with bytes in the pipe; if it does, stop splicing rather than mix
                // this pair's bytes into the next one's.
                const int readError = n < 0 ? errno : EIO;
                qCWarning(lcRelay) << "splice pipe read failed:" << std::strerror(readError);
                closePipe();
                fail(p, from, readError);
                return kSpliceLater;
            }
            got += qMax<ssize_t>(n, 0);
        }
        if (error) {
            fail(p, to, error);
            return kSpliceLater;
        }
    }
    return in;
}

void EpollRelay::flush(Pair &p, int to)
{
    while (p.pending(to) > 0) {
        const ssize_t n =
            ::send(p.fd[to], p.out[to].constData() + p.outOffset[to], size_t(p.pending(to)), MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno != EAGAIN && errno != EWOULDBLOCK) {
                fail(p, to, errno);
                return; // p is gone
            }
            break;
        }
        p.outOffset[to] += n;
        p.lastActivity = nowMs();
    }
    if (p.pending(to) == 0) {
        p.out[to] = QByteArray(); // release the memory of a drained backlog
        p.outOffset[to] = 0;
    } else if (p.outOffset[to] > p.out[to].size() / 2) {
        p.out[to].remove(0, p.outOffset[to]);
        p.outOffset[to] = 0;
    }
}

void EpollRelay::afterIo(Pair &p)
{
    for (int from = 0; from < 2; ++from) {
        const int to = 1 - from;
        if (p.eof[from] && p.pending(to) == 0 && !p.shut[to]) {
            ::shutdown(p.fd[to], SHUT_WR); // pass the FIN on once its bytes are delivered
            p.shut[to] = true;
        }
    }
    if (p.shut[0] && p.shut[1]) {
        finish(p.id, {});
        return;
    }
    update(p, 0);
    update(p, 1);
}

void EpollRelay::finish(quint64 id, const QString &error)
{
    const auto it = m_pairs.find(id);
    if (it == m_pairs.end()) {
        return;
    }
    std::unique_ptr<Pair> pair = std::move(it->second);
    m_pairs.erase(it);
    ::close(pair->fd[0]);
    ::close(pair->fd[1]);
    if (m_pairs.empty()) {
        m_sweep->stop();
    }
    pair->observer->relayFinished(error, pair->bytes[0], pair->bytes[1]);
}

void EpollRelay::sweep()
{
    const qint64 now = nowMs();
    std::vector<quint64> idle;
    for (const auto &[id, pair] : m_pairs) {
        qint64 limit = pair->idleMs;
        if (pair->eof[0] || pair->eof[1]) {
            limit = qMin(limit, kHalfClosedIdleMs);
        }
        if (now - pair->lastActivity >= limit) {
            idle.push_back(id);
        }
    }
    for (const quint64 id : idle) {
        finish(id, tr("tunnel idle timeout"));
    }
}

void EpollRelay::scheduleSweep(int idleTimeoutMs)
{
    // Check often enough that a timeout fires within a quarter of its length (at most once a second).
    const int interval = qBound(20, idleTimeoutMs / 4, 1000);
    if (!m_sweep->isActive() || interval < m_sweepIntervalMs) {
        m_sweepIntervalMs = qMin(interval, m_sweep->isActive() ? m_sweepIntervalMs : interval);
        m_sweep->start(m_sweepIntervalMs);
    }
}

#else // !Q_OS_LINUX

std::unique_ptr<EpollRelay> EpollRelay::createForThisThread()
{
    return nullptr;
}

EpollRelay::EpollRelay(int epollFd)
    : m_epoll(epollFd)
{}

EpollRelay::~EpollRelay() = default;

quint64 EpollRelay::add(int, int, QByteArray, QByteArray, qint64, int, RelayObserver *, std::atomic<qint64> *,
                        std::atomic<qint64> *)
{
    return 0;
}

void EpollRelay::remove(quint64) {}
qint64 EpollRelay::bytesUp(quint64) const
{
    return 0;
}
qint64 EpollRelay::bytesDown(quint64) const
{
    return 0;
}
qint64 EpollRelay::queuedBytes(quint64) const
{
    return 0;
}
void EpollRelay::onReady() {}
void EpollRelay::sweep() {}
void EpollRelay::pump(Pair &, int) {}
qint64 EpollRelay::splicePass(Pair &, int)
{
    return 0;
}
void EpollRelay::closePipe() {}
void EpollRelay::fail(Pair &, int, int) {}
void EpollRelay::flush(Pair &, int) {}
void EpollRelay::update(Pair &, int) {}
void EpollRelay::afterIo(Pair &) {}
void EpollRelay::finish(quint64, const QString &) {}
void EpollRelay::scheduleSweep(int) {}

#endif

} // namespace Veil
