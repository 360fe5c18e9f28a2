// EpollRelay on Unix socket pairs and on loopback TCP connections: bytes both ways with counts,
// bytes handed over at the start, backpressure bounded by the window, half-close passed on while
// the other direction flows, idle timeout, and a reset reported as an error. Linux only (the relay
// is epoll-based). CTest runs it twice: copying (the default) and with VEIL_TUNNEL_RELAY=splice.

#include "engine/EpollRelay.h"

#include <QSignalSpy>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Veil;

namespace {

struct Observer final : RelayObserver
{
    void relayFinished(const QString &e, qint64 up, qint64 down) override
    {
        finished = true;
        error = e;
        bytesUp = up;
        bytesDown = down;
    }
    bool finished = false;
    QString error;
    qint64 bytesUp = -1;
    qint64 bytesDown = -1;
};

/** A connected loopback TCP pair (what the engine relays), or false. */
bool tcpPair(int fds[2])
{
    const int listener = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof addr;
    bool ok = listener >= 0 && ::bind(listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
              ::listen(listener, 1) == 0 &&
              ::getsockname(listener, reinterpret_cast<sockaddr *>(&addr), &length) == 0;
    fds[0] = ok ? ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0) : -1;
    ok = ok && fds[0] >= 0 && ::connect(fds[0], reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0;
    fds[1] = ok ? ::accept4(listener, nullptr, nullptr, SOCK_CLOEXEC) : -1;
    if (listener >= 0) {
        ::close(listener);
    }
    if (fds[1] < 0) {
        if (fds[0] >= 0) {
            ::close(fds[0]);
        }
        return false;
    }
    const int one = 1;
    for (int i = 0; i < 2; ++i) {
        ::setsockopt(fds[i], IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    }
    return true;
}

/**
 * Two connected pairs, Unix or loopback TCP (the test's "family" data): the test holds `client`
 * and `upstream`; the relay gets the other ends.
 */
struct Fixture
{
    int client = -1;
    int relayClient = -1;
    int relayUpstream = -1;
    int upstream = -1;

    Fixture()
    {
        QFETCH_GLOBAL(bool, tcp);
        int a[2];
        int b[2];
        const bool ok = tcp ? tcpPair(a) && tcpPair(b)
                            : ::socketpair(AF_UNIX, SOCK_STREAM, 0, a) == 0 &&
                                  ::socketpair(AF_UNIX, SOCK_STREAM, 0, b) == 0;
        if (ok) {
            client = a[0];
            relayClient = a[1];
            relayUpstream = b[0];
            upstream = b[1];
            for (const int fd : {client, upstream}) {
                ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
            }
        }
    }
    ~Fixture()
    {
        for (const int fd : {client, upstream}) {
            if (fd >= 0) {
                ::close(fd);
            }
        }
    }
    Q_DISABLE_COPY_MOVE(Fixture)
};

void sendAll(int fd, const QByteArray &data)
{
    qsizetype at = 0;
    while (at < data.size()) {
        const ssize_t n = ::send(fd, data.constData() + at, size_t(data.size() - at), MSG_NOSIGNAL);
        if (n > 0) {
            at += n;
        } else {
            QCoreApplication::processEvents();
        }
    }
}

/** Reads what is there now; sets @p eof when the peer closed. */
QByteArray readSome(int fd, bool *eof = nullptr)
{
    QByteArray out;
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
        if (n > 0) {
            out.append(buffer, n);
        } else {
            if (n == 0 && eof) {
                *eof = true;
            }
            return out;
        }
    }
}

/** Spins the event loop, collecting from @p fd until @p size bytes or EOF or the timeout. */
QByteArray collect(int fd, qsizetype size, bool *eof = nullptr, int timeoutMs = 5000)
{
    QByteArray out;
    bool closed = false;
    QDeadlineTimer deadline(timeoutMs);
    while (out.size() < size && !closed && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        out += readSome(fd, &closed);
    }
    if (eof) {
        *eof = closed;
    }
    return out;
}

QByteArray pattern(qsizetype size, char seed)
{
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i) {
        out[i] = char(seed + i * 31 % 251);
    }
    return out;
}

} // namespace

class TestEpollRelay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_relay = EpollRelay::createForThisThread();
        QVERIFY(m_relay);
        QCOMPARE(EpollRelay::current(), m_relay.get());
        // Splicing exactly when asked: a silent fallback would leave the splice path untested.
        QCOMPARE(m_relay->splicing(), qEnvironmentVariable("VEIL_TUNNEL_RELAY") == QLatin1String("splice"));
    }

    void initTestCase_data()
    {
        QTest::addColumn<bool>("tcp");
        QTest::newRow("unix") << false;
        QTest::newRow("tcp") << true;
    }

    void relaysBothWaysAndCounts()
    {
        Fixture f;
        Observer observer;
        const qint64 before = EpollRelay::pairsAdded();
        const quint64 id = m_relay->add(f.relayClient, f.relayUpstream, "early-up ", "early-down ",
                                        256 * 1024, 60000, &observer);
        QVERIFY(id != 0);
        QCOMPARE(EpollRelay::pairsAdded(), before + 1);

        const QByteArray up = pattern(3 * 1024 * 1024 + 17, 'u');
        const QByteArray down = pattern(2 * 1024 * 1024 + 5, 'd');
        QByteArray gotUp;
        QByteArray gotDown;
        qsizetype sentUp = 0;
        qsizetype sentDown = 0;
        QDeadlineTimer deadline(20000);
        while ((gotUp.size() < up.size() + 9 || gotDown.size() < down.size() + 11) &&
               !deadline.hasExpired()) {
            // Write as much as the sockets take, read what arrived: both directions at once.
            if (sentUp < up.size()) {
                const ssize_t n = ::send(f.client, up.constData() + sentUp, size_t(up.size() - sentUp), 0);
                sentUp += n > 0 ? n : 0;
            }
            if (sentDown < down.size()) {
                const ssize_t n =
                    ::send(f.upstream, down.constData() + sentDown, size_t(down.size() - sentDown), 0);
                sentDown += n > 0 ? n : 0;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            gotUp += readSome(f.upstream);
            gotDown += readSome(f.client);
        }
        QCOMPARE(gotUp.size(), up.size() + 9);
        QVERIFY(gotUp == "early-up " + up);
        QVERIFY(gotDown == "early-down " + down);
        QCOMPARE(m_relay->bytesUp(id), up.size());
        QCOMPARE(m_relay->bytesDown(id), down.size());

        // Both sides close: the pair ends cleanly and reports its counts.
        ::shutdown(f.client, SHUT_WR);
        ::shutdown(f.upstream, SHUT_WR);
        QTRY_VERIFY(observer.finished);
        QCOMPARE(observer.error, QString());
        QCOMPARE(observer.bytesUp, up.size());
        QCOMPARE(observer.bytesDown, down.size());
        QCOMPARE(m_relay->size(), 0);
    }

    void backpressureIsBounded()
    {
        // The upstream never reads: the relay may hold at most its window, then stops reading the
        // client, so the client's writes stall instead of Veil's memory growing.
        Fixture f;
        Observer observer;
        constexpr qint64 window = 128 * 1024;
        const quint64 id = m_relay->add(f.relayClient, f.relayUpstream, {}, {}, window, 60000, &observer);
        QVERIFY(id != 0);
        const QByteArray chunk(64 * 1024, 'x');
        qint64 accepted = 0;
        int stalls = 0;
        QDeadlineTimer deadline(10000);
        while (stalls < 50 && !deadline.hasExpired()) {
            const ssize_t n = ::send(f.client, chunk.constData(), size_t(chunk.size()), 0);
            if (n > 0) {
                accepted += n;
                stalls = 0;
            } else {
                ++stalls;
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
        }
        QCOMPARE(stalls, 50);
        // The relay holds a queue (it read more than the upstream's socket took) but never more
        // than its window plus one read.
        const qint64 queued = m_relay->queuedBytes(id);
        QVERIFY2(queued > 0 && queued <= window + 64 * 1024, qPrintable(QString::number(queued)));
        QVERIFY(m_relay->bytesUp(id) <= accepted);
        // Now drain the upstream: everything arrives, in order, and the relay resumes reading.
        const QByteArray got = collect(f.upstream, accepted);
        QCOMPARE(got.size(), accepted);
        QVERIFY(got == QByteArray(accepted, 'x'));
        m_relay->remove(id);
        QVERIFY(!observer.finished); // remove() does not report
    }

    void halfCloseIsPassedOn()
    {
        Fixture f;
        Observer observer;
        QVERIFY(m_relay->add(f.relayClient, f.relayUpstream, {}, {}, 256 * 1024, 60000, &observer) != 0);
        sendAll(f.client, "request");
        ::shutdown(f.client, SHUT_WR);
        bool eof = false;
        QCOMPARE(collect(f.upstream, 100, &eof), QByteArray("request"));
        QVERIFY(eof); // the FIN came through after the bytes
        // The other direction still flows.
        sendAll(f.upstream, "response");
        QCOMPARE(collect(f.client, 8), QByteArray("response"));
        QVERIFY(!observer.finished);
        ::shutdown(f.upstream, SHUT_WR);
        QTRY_VERIFY(observer.finished);
        QCOMPARE(observer.error, QString());
        eof = false;
        collect(f.client, 1, &eof);
        QVERIFY(eof);
    }

    void idleTimeout()
    {
        Fixture f;
        Observer observer;
        QVERIFY(m_relay->add(f.relayClient, f.relayUpstream, {}, {}, 256 * 1024, 200, &observer) != 0);
        sendAll(f.client, "ping");
        QCOMPARE(collect(f.upstream, 4), QByteArray("ping"));
        QTRY_VERIFY_WITH_TIMEOUT(observer.finished, 3000);
        QVERIFY(observer.error.contains(QLatin1String("idle")));
        bool eof = false;
        collect(f.client, 1, &eof);
        QVERIFY(eof); // both ends are closed
        collect(f.upstream, 1, &eof);
        QVERIFY(eof);
    }

    void peerGoneIsAnError()
    {
        Fixture f;
        Observer observer;
        QVERIFY(m_relay->add(f.relayClient, f.relayUpstream, {}, {}, 256 * 1024, 60000, &observer) != 0);
        // The upstream vanishes while the client still sends: the write fails (EPIPE) and the
        // tunnel ends with a reason instead of spinning.
        ::close(f.upstream);
        f.upstream = -1;
        QDeadlineTimer deadline(5000);
        while (!observer.finished && !deadline.hasExpired()) {
            ::send(f.client, "data", 4, MSG_NOSIGNAL);
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        QVERIFY(observer.finished);
        QCOMPARE(m_relay->size(), 0);
    }

    void cleanupTestCase() { m_relay.reset(); }

private:
    std::unique_ptr<EpollRelay> m_relay;
};

QTEST_GUILESS_MAIN(TestEpollRelay)
#include "tst_epollrelay.moc"
