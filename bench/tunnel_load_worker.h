// tunnel_load: one epoll thread driving its share of the connections (see tunnel_load.cpp).
#pragma once

#include "tunnel_load_parser.h"

namespace tunnel_load {

// ---------------------------------------------------------------------------------------------

struct Stats
{
    std::vector<uint32_t> latencyNs; // responses completed inside the measurement window
    uint64_t windowResponses = 0;
    uint64_t non2xx = 0;
    uint64_t errors = 0;
    uint64_t reconnects = 0;
    uint64_t sent = 0;
    uint64_t completed = 0;
    uint64_t bodyBytes = 0;
    uint64_t connsOk = 0;
    uint64_t connsFailed = 0;
};

enum class ConnState
{
    Idle,
    Connecting,
    ProxySend,
    ProxyRecv,
    TlsHandshake,
    Sending,
    Receiving,
    Holding,
    Closed
};

struct Conn
{
    int fd = -1;
    SSL *ssl = nullptr;
    ConnState state = ConnState::Idle;
    std::string out; // pending bytes to write (proxy handshake or request)
    size_t outPos = 0;
    std::string in; // proxy handshake reply
    ResponseParser parser;
    Clock::time_point sentAt;
    bool everReady = false; // completed its first request (hold mode) or its setup
    int socksStage = 0;     // 0: waiting for the method reply, 1: waiting for the CONNECT reply
    uint32_t events = 0;
};

class Worker
{
public:
    Worker(const Options &opt, const Endpoint &target, const Endpoint *proxy, int conns, SSL_CTX *ctx)
        : m_opt(opt)
        , m_target(target)
        , m_proxy(proxy)
        , m_ctx(ctx)
        , m_conns(conns)
    {
        m_epoll = epoll_create1(EPOLL_CLOEXEC);
        if (m_epoll < 0) {
            die("epoll_create1 failed");
        }
        if (m_opt.mode == Mode::Http) {
            m_request = "GET http://" + m_target.text + m_opt.path + " HTTP/1.1\r\nHost: " + m_target.text +
                        "\r\nUser-Agent: tunnel_load\r\nAccept: */*\r\n\r\n";
        } else {
            m_request = "GET " + m_opt.path + " HTTP/1.1\r\nHost: " + m_target.text +
                        "\r\nUser-Agent: tunnel_load\r\nAccept: */*\r\n\r\n";
        }
    }

    ~Worker()
    {
        for (Conn &c : m_conns) {
            closeConn(c);
        }
        close(m_epoll);
    }

    Stats &stats() { return m_stats; }

    // Load mode: runs until the deadline, then lets outstanding requests finish (bounded grace).
    void runLoad(Clock::time_point start, Clock::time_point windowStart, Clock::time_point deadline)
    {
        m_windowStart = windowStart;
        m_deadline = deadline;
        for (Conn &c : m_conns) {
            open(c);
        }
        const auto graceEnd = deadline + std::chrono::seconds(3);
        std::vector<epoll_event> events(256);
        while (true) {
            const auto now = Clock::now();
            if (now >= deadline) {
                m_draining = true;
                if (outstanding() == 0 || now >= graceEnd) {
                    break;
                }
            }
            const int n = epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), 50);
            for (int i = 0; i < n; ++i) {
                handle(m_conns[events[i].data.u32], events[i].events);
            }
            if (!m_draining && Clock::now() < deadline) {
                for (Conn &c : m_conns) {
                    if (c.state == ConnState::Idle) {
                        open(c); // reconnect after a close
                    }
                }
            }
        }
        // Requests still outstanding after the grace period count as errors.
        for (Conn &c : m_conns) {
            if (c.state == ConnState::Receiving || c.state == ConnState::Sending) {
                ++m_stats.errors;
            }
        }
        (void)start;
    }

    // Hold mode: opens every connection (at most opt.inflight setting up at once), one request each.
    void runHold(double holdSeconds)
    {
        m_hold = true;
        m_windowStart = Clock::now();
        m_deadline = Clock::now() + std::chrono::hours(24);
        size_t next = 0;
        int setting = 0;
        std::vector<epoll_event> events(256);
        auto settingUp = [this] {
            int n = 0;
            for (const Conn &c : m_conns) {
                if (c.state != ConnState::Idle && c.state != ConnState::Holding &&
                    c.state != ConnState::Closed) {
                    ++n;
                }
            }
            return n;
        };
        const auto setupDeadline = Clock::now() + std::chrono::seconds(120);
        while (!g_stop.load()) {
            setting = settingUp();
            while (next < m_conns.size() && setting < m_opt.inflight) {
                open(m_conns[next++]);
                ++setting;
            }
            if (next == m_conns.size() && settingUp() == 0) {
                break;
            }
            if (Clock::now() > setupDeadline) {
                break;
            }
            const int n = epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), 50);
            for (int i = 0; i < n; ++i) {
                handle(m_conns[events[i].data.u32], events[i].events);
            }
        }
        auto alive = [this] {
            uint64_t n = 0;
            for (const Conn &c : m_conns) {
                n += c.state == ConnState::Holding ? 1 : 0;
            }
            return n;
        };
        const uint64_t ok = alive();
        const double setupSeconds = std::chrono::duration<double>(Clock::now() - m_windowStart).count();
        std::printf("READY ok=%llu failed=%llu setup_s=%.2f\n", static_cast<unsigned long long>(ok),
                    static_cast<unsigned long long>(m_conns.size() - ok), setupSeconds);
        std::fflush(stdout);
        // Then hold. Each line on stdin asks "how many are still open?" (answered "ALIVE n");
        // EOF on stdin ends the hold.
        const auto holdEnd = Clock::now() + std::chrono::duration<double>(holdSeconds);
        pollfd in{STDIN_FILENO, POLLIN, 0};
        while (!g_stop.load() && Clock::now() < holdEnd) {
            const int n = epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), 100);
            for (int i = 0; i < n; ++i) {
                handle(m_conns[events[i].data.u32], events[i].events);
            }
            if (poll(&in, 1, 0) > 0) {
                char buf[256];
                if (read(STDIN_FILENO, buf, sizeof buf) <= 0) {
                    break;
                }
                int m;
                while ((m = epoll_wait(m_epoll, events.data(), static_cast<int>(events.size()), 0)) > 0) {
                    for (int i = 0; i < m; ++i) {
                        handle(m_conns[events[i].data.u32], events[i].events);
                    }
                }
                const double held = std::chrono::duration<double>(Clock::now() - m_windowStart).count();
                std::printf("ALIVE %llu at_s=%.2f\n", static_cast<unsigned long long>(alive()), held);
                std::fflush(stdout);
            }
        }
        m_stats.connsOk = alive();
        m_stats.connsFailed = m_conns.size() - m_stats.connsOk;
    }

private:
    int outstanding() const
    {
        int n = 0;
        for (const Conn &c : m_conns) {
            if (c.state == ConnState::Sending || c.state == ConnState::Receiving) {
                ++n;
            }
        }
        return n;
    }

    uint32_t indexOf(const Conn &c) const { return static_cast<uint32_t>(&c - m_conns.data()); }

    void watch(Conn &c, uint32_t ev)
    {
        if (c.events == ev) {
            return;
        }
        epoll_event e{};
        e.events = ev;
        e.data.u32 = indexOf(c);
        epoll_ctl(m_epoll, c.events == 0 ? EPOLL_CTL_ADD : EPOLL_CTL_MOD, c.fd, &e);
        c.events = ev;
    }

    void open(Conn &c)
    {
        closeConn(c);
        c.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (c.fd < 0) {
            ++m_stats.errors;
            ++m_stats.connsFailed;
            c.state = ConnState::Closed;
            return;
        }
        int one = 1;
        setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        const Endpoint &first = m_proxy ? *m_proxy : m_target;
        const int rc = connect(c.fd, reinterpret_cast<const sockaddr *>(&first.addr), sizeof first.addr);
        if (rc < 0 && errno != EINPROGRESS) {
            fail(c);
            return;
        }
        c.state = ConnState::Connecting;
        c.parser.reset();
        c.in.clear();
        watch(c, EPOLLOUT);
    }

    void closeConn(Conn &c)
    {
        if (c.ssl) {
            SSL_free(c.ssl);
            c.ssl = nullptr;
        }
        if (c.fd >= 0) {
            close(c.fd); // also removes it from the epoll set
            c.fd = -1;
        }
        c.events = 0;
        c.state = ConnState::Idle;
    }

    void fail(Conn &c)
    {
        ++m_stats.errors;
        if (!c.everReady) {
            ++m_stats.connsFailed;
        }
        closeConn(c);
        if (m_hold) {
            c.state = ConnState::Closed;
        }
    }

    void afterConnected(Conn &c)
    {
        int err = 0;
        socklen_t len = sizeof err;
        getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &err, &len);
        if (err != 0) {
            fail(c);
            return;
        }
        switch (m_opt.mode) {
        case Mode::Connect:
            c.out = "CONNECT " + m_target.text + " HTTP/1.1\r\nHost: " + m_target.text + "\r\n\r\n";
            c.outPos = 0;
            c.state = ConnState::ProxySend;
            break;
        case Mode::Socks5:
            // Greeting first; the CONNECT request goes out once the method reply is in (some servers
            // read the greeting with one recv() and drop whatever follows it).
            c.out.assign("\x05\x01\x00", 3);
            c.outPos = 0;
            c.socksStage = 0;
            c.state = ConnState::ProxySend;
            break;
        case Mode::Direct:
        case Mode::Http:
            startSession(c);
            return;
        }
        writeOut(c);
    }

    void startSession(Conn &c)
    {
        if (m_opt.tls) {
            c.ssl = SSL_new(m_ctx);
            SSL_set_fd(c.ssl, c.fd);
            SSL_set_connect_state(c.ssl);
            c.state = ConnState::TlsHandshake;
            tlsHandshake(c);
            return;
        }
        if (!c.everReady) {
            c.everReady = true;
            ++m_stats.connsOk;
        }
        sendRequest(c);
    }

    void tlsHandshake(Conn &c)
    {
        const int rc = SSL_do_handshake(c.ssl);
        if (rc == 1) {
            if (!c.everReady) {
                c.everReady = true;
                ++m_stats.connsOk;
            }
            sendRequest(c);
            return;
        }
        const int e = SSL_get_error(c.ssl, rc);
        if (e == SSL_ERROR_WANT_READ) {
            watch(c, EPOLLIN);
        } else if (e == SSL_ERROR_WANT_WRITE) {
            watch(c, EPOLLOUT);
        } else {
            fail(c);
        }
    }

    void sendRequest(Conn &c)
    {
        if (m_draining || Clock::now() >= m_deadline) {
            c.state = ConnState::Holding; // done: leave it idle until exit
            watch(c, EPOLLIN);
            return;
        }
        c.out = m_request;
        c.outPos = 0;
        c.parser.reset();
        c.state = ConnState::Sending;
        c.sentAt = Clock::now();
        ++m_stats.sent;
        writeOut(c);
    }

    // Writes c.out; for TLS through SSL_write. Moves on when all is written.
    void writeOut(Conn &c)
    {
        while (c.outPos < c.out.size()) {
            if (c.ssl && c.state == ConnState::Sending) {
                const int n =
                    SSL_write(c.ssl, c.out.data() + c.outPos, static_cast<int>(c.out.size() - c.outPos));
                if (n <= 0) {
                    const int e = SSL_get_error(c.ssl, n);
                    if (e == SSL_ERROR_WANT_WRITE) {
                        watch(c, EPOLLOUT);
                        return;
                    }
                    if (e == SSL_ERROR_WANT_READ) {
                        watch(c, EPOLLIN);
                        return;
                    }
                    fail(c);
                    return;
                }
                c.outPos += n;
            } else {
                const ssize_t n = send(c.fd, c.out.data() + c.outPos, c.out.size() - c.outPos, MSG_NOSIGNAL);
                if (n < 0) {
                    if (errno == EAGAIN || errno == EWOULDBLOCK) {
                        watch(c, EPOLLOUT);
                        return;
                    }
                    fail(c);
                    return;
                }
                c.outPos += static_cast<size_t>(n);
            }
        }
        if (c.state == ConnState::ProxySend) {
            c.state = ConnState::ProxyRecv;
        } else if (c.state == ConnState::Sending) {
            c.state = ConnState::Receiving;
        }
        watch(c, EPOLLIN);
    }

    void readProxyReply(Conn &c)
    {
        char buf[1024];
        while (true) {
            const ssize_t n = recv(c.fd, buf, sizeof buf, 0);
            if (n == 0) {
                fail(c);
                return;
            }
            if (n < 0) {
                if (errno == EAGAIN || errno == EWOULDBLOCK) {
                    return;
                }
                fail(c);
                return;
            }
            c.in.append(buf, static_cast<size_t>(n));
            if (m_opt.mode == Mode::Connect) {
                const auto end = c.in.find("\r\n\r\n");
                if (end == std::string::npos) {
                    continue;
                }
                if (c.in.size() < 12 || c.in.compare(0, 5, "HTTP/") != 0 || c.in[9] != '2') {
                    ++m_stats.non2xx;
                    fail(c);
                    return;
                }
                if (c.in.size() > end + 4) {
                    fail(c); // bytes after the 2xx head before we sent anything: protocol error
                    return;
                }
            } else {
                if (c.socksStage == 0) {
                    // Method reply: version 5, method 0 (no authentication).
                    if (c.in.size() < 2) {
                        continue;
                    }
                    if (c.in.size() > 2 || c.in[0] != 5 || c.in[1] != 0) {
                        ++m_stats.non2xx;
                        fail(c);
                        return;
                    }
                    c.in.clear();
                    char req[10] = {5, 1, 0, 1};
                    std::memcpy(req + 4, &m_target.addr.sin_addr, 4);
                    std::memcpy(req + 8, &m_target.addr.sin_port, 2);
                    c.out.assign(req, sizeof req);
                    c.outPos = 0;
                    c.socksStage = 1;
                    c.state = ConnState::ProxySend;
                    writeOut(c);
                    return;
                }
                // CONNECT reply: 5, status, 0, address type, address, port.
                if (c.in.size() < 5) {
                    continue;
                }
                if (c.in[0] != 5 || c.in[1] != 0) {
                    ++m_stats.non2xx;
                    fail(c);
                    return;
                }
                size_t need = 4;
                const auto atyp = static_cast<unsigned char>(c.in[3]);
                if (atyp == 1) {
                    need += 4 + 2;
                } else if (atyp == 4) {
                    need += 16 + 2;
                } else if (atyp == 3) {
                    need += 1 + static_cast<unsigned char>(c.in[4]) + 2;
                } else {
                    fail(c);
                    return;
                }
                if (c.in.size() < need) {
                    continue;
                }
                if (c.in.size() > need) {
                    fail(c);
                    return;
                }
            }
            c.in.clear();
            startSession(c);
            return;
        }
    }

    void onResponseComplete(Conn &c)
    {
        const auto now = Clock::now();
        ++m_stats.completed;
        m_stats.bodyBytes += c.parser.bodyBytes();
        const int status = c.parser.status();
        if (status < 200 || status > 299) {
            ++m_stats.non2xx;
        }
        if (c.sentAt >= m_windowStart && now <= m_deadline) {
            ++m_stats.windowResponses;
            const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now - c.sentAt).count();
            m_stats.latencyNs.push_back(static_cast<uint32_t>(std::min<int64_t>(ns, UINT32_MAX)));
        }
        const bool closeAfter = c.parser.connectionClose();
        if (m_hold) {
            c.state = ConnState::Holding;
            watch(c, EPOLLIN);
            return;
        }
        if (closeAfter) {
            ++m_stats.reconnects;
            closeConn(c);
            if (!m_draining && Clock::now() < m_deadline) {
                open(c);
            }
            return;
        }
        sendRequest(c);
    }

    void readResponse(Conn &c)
    {
        while (c.state == ConnState::Receiving) {
            int n;
            if (c.ssl) {
                n = SSL_read(c.ssl, m_buf, sizeof m_buf);
                if (n <= 0) {
                    const int e = SSL_get_error(c.ssl, n);
                    if (e == SSL_ERROR_WANT_READ) {
                        return;
                    }
                    if (e == SSL_ERROR_WANT_WRITE) {
                        watch(c, EPOLLOUT);
                        return;
                    }
                    n = (e == SSL_ERROR_ZERO_RETURN) ? 0 : -1;
                }
            } else {
                n = static_cast<int>(recv(c.fd, m_buf, sizeof m_buf, 0));
                if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                    return;
                }
            }
            if (n <= 0) {
                if (n == 0 && c.parser.finishAtEof()) {
                    onResponseComplete(c);
                    return;
                }
                if (n == 0 && c.parser.inHead()) {
                    // Server closed an idle keep-alive connection before answering: retry on a new one.
                    --m_stats.sent;
                    ++m_stats.reconnects;
                    closeConn(c);
                    if (!m_draining) {
                        open(c);
                    }
                    return;
                }
                fail(c);
                return;
            }
            size_t used = 0;
            const auto r = c.parser.feed(m_buf, static_cast<size_t>(n), &used);
            if (r == ResponseParser::Result::Error) {
                fail(c);
                return;
            }
            if (r == ResponseParser::Result::Complete) {
                if (used != static_cast<size_t>(n)) {
                    fail(c); // bytes beyond the response we asked for
                    return;
                }
                onResponseComplete(c);
                return;
            }
        }
    }

    void handle(Conn &c, uint32_t ev)
    {
        if (c.fd < 0) {
            return;
        }
        switch (c.state) {
        case ConnState::Connecting:
            if (ev & (EPOLLOUT | EPOLLERR | EPOLLHUP)) {
                afterConnected(c);
            }
            break;
        case ConnState::ProxySend:
            writeOut(c);
            break;
        case ConnState::ProxyRecv:
            readProxyReply(c);
            break;
        case ConnState::TlsHandshake:
            tlsHandshake(c);
            break;
        case ConnState::Sending:
            writeOut(c);
            break;
        case ConnState::Receiving:
            readResponse(c);
            break;
        case ConnState::Holding: {
            // Any byte or close on a held connection is unexpected: count it and drop it.
            char buf[512];
            const ssize_t n = recv(c.fd, buf, sizeof buf, MSG_DONTWAIT);
            if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK)) {
                ++m_stats.errors;
                closeConn(c);
                c.state = ConnState::Closed;
            }
            break;
        }
        case ConnState::Idle:
        case ConnState::Closed:
            break;
        }
    }

    const Options &m_opt;
    const Endpoint &m_target;
    const Endpoint *m_proxy;
    SSL_CTX *m_ctx;
    std::vector<Conn> m_conns;
    int m_epoll = -1;
    std::string m_request;
    Stats m_stats;
    Clock::time_point m_windowStart;
    Clock::time_point m_deadline;
    bool m_draining = false;
    bool m_hold = false;
    char m_buf[64 * 1024];
};

} // namespace tunnel_load
