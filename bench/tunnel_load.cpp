// tunnel_load: a small keep-alive HTTP/1.1 load client for the Veil benchmark (bench/run.sh).
//
// It opens N connections, sets each one up once and then sends GET after GET on it (one request
// in flight per connection, no pipelining) until the time is up:
//
//   direct   TCP to the target (optionally TLS), origin-form request line
//   http     TCP to an HTTP proxy, absolute-form request line (plain HTTP only)
//   connect  TCP to an HTTP proxy, CONNECT target, then (optionally) TLS, origin-form requests
//   socks5   TCP to a SOCKS5 proxy, no-auth CONNECT to an IPv4 target, then (optionally) TLS
//
// Every response is parsed (status line, Content-Length or chunked body) and checked: non-2xx
// responses, errors and reconnects are counted. Latency is measured per request from the first
// byte written to the last body byte read. The last line of output is machine readable:
//
//   RESULT mode=... conns_ok=.. requests=.. rps=.. p50_us=.. p99_us=.. non2xx=.. errors=..
//          sent_total=.. completed_total=.. body_bytes=..
//
// sent_total counts every request written (warm-up included), so the caller can compare it with
// the origin's access log after the run.
//
// --hold turns it into a connection holder for memory measurements: it opens N connections
// (at most --inflight handshakes at a time), sends one request on each, prints
// "READY ok=.. failed=.." and keeps them all open until --duration seconds pass, stdin reaches
// EOF or SIGTERM/SIGINT arrives.
//
// Build: g++ -O2 -std=c++20 -o tunnel_load tunnel_load.cpp -lssl -lcrypto -lpthread

#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

enum class Mode
{
    Direct,
    Http,
    Connect,
    Socks5
};

struct Options
{
    Mode mode = Mode::Direct;
    bool tls = false;
    std::string target = "127.0.0.1:8080";
    std::string proxy;
    std::string path = "/";
    int conns = 1;
    int threads = 1;
    double duration = 5.0;
    double warmup = 1.0;
    bool hold = false;
    int inflight = 32;
};

struct Endpoint
{
    sockaddr_in addr{};
    std::string text;
};

std::atomic<bool> g_stop{false};

[[noreturn]] void die(const std::string &msg)
{
    std::fprintf(stderr, "tunnel_load: %s\n", msg.c_str());
    std::exit(2);
}

Endpoint parseEndpoint(const std::string &spec)
{
    const auto colon = spec.rfind(':');
    if (colon == std::string::npos) {
        die("expected HOST:PORT, got " + spec);
    }
    Endpoint e;
    e.text = spec;
    e.addr.sin_family = AF_INET;
    e.addr.sin_port = htons(static_cast<uint16_t>(std::atoi(spec.substr(colon + 1).c_str())));
    if (inet_pton(AF_INET, spec.substr(0, colon).c_str(), &e.addr.sin_addr) != 1) {
        die("expected an IPv4 address in " + spec);
    }
    return e;
}

// ---------------------------------------------------------------------------------------------
// Response parser: status line + headers, then a Content-Length, chunked or close-delimited body.

class ResponseParser
{
public:
    enum class Result
    {
        NeedMore,
        Complete,
        Error
    };

    void reset()
    {
        m_head.clear();
        m_state = State::Head;
        m_remaining = 0;
        m_line.clear();
        m_status = 0;
        m_bodyBytes = 0;
        m_closeDelimited = false;
        m_connectionClose = false;
    }

    // Consumes data; sets *used to the bytes taken. Complete means one full response was read.
    Result feed(const char *data, size_t len, size_t *used)
    {
        size_t pos = 0;
        while (pos < len) {
            switch (m_state) {
            case State::Head: {
                const size_t before = m_head.size();
                m_head.append(data + pos, len - pos);
                const auto end = m_head.find("\r\n\r\n");
                if (end == std::string::npos) {
                    if (m_head.size() > 64 * 1024) {
                        return Result::Error;
                    }
                    pos = len;
                    break;
                }
                pos += end + 4 - before;
                m_head.resize(end + 4);
                if (!parseHead()) {
                    return Result::Error;
                }
                if (m_state == State::Done) {
                    *used = pos;
                    return Result::Complete;
                }
                break;
            }
            case State::Body: {
                const size_t take = std::min<uint64_t>(m_remaining, len - pos);
                m_remaining -= take;
                m_bodyBytes += take;
                pos += take;
                if (m_remaining == 0) {
                    m_state = State::Done;
                    *used = pos;
                    return Result::Complete;
                }
                break;
            }
            case State::CloseBody:
                m_bodyBytes += len - pos;
                pos = len;
                break;
            case State::ChunkSize:
            case State::ChunkTrailer: {
                const char *nl = static_cast<const char *>(std::memchr(data + pos, '\n', len - pos));
                if (!nl) {
                    m_line.append(data + pos, len - pos);
                    if (m_line.size() > 4096) {
                        return Result::Error;
                    }
                    pos = len;
                    break;
                }
                m_line.append(data + pos, nl - (data + pos));
                pos = nl - data + 1;
                if (!m_line.empty() && m_line.back() == '\r') {
                    m_line.pop_back();
                }
                if (m_state == State::ChunkTrailer) {
                    if (m_line.empty()) {
                        m_state = State::Done;
                        *used = pos;
                        return Result::Complete;
                    }
                } else {
                    char *endp = nullptr;
                    const unsigned long long size = std::strtoull(m_line.c_str(), &endp, 16);
                    if (endp == m_line.c_str()) {
                        return Result::Error;
                    }
                    m_remaining = size;
                    m_state = size == 0 ? State::ChunkTrailer : State::ChunkData;
                }
                m_line.clear();
                break;
            }
            case State::ChunkData: {
                const size_t take = std::min<uint64_t>(m_remaining, len - pos);
                m_remaining -= take;
                m_bodyBytes += take;
                pos += take;
                if (m_remaining == 0) {
                    m_state = State::ChunkCrlf;
                    m_remaining = 2;
                }
                break;
            }
            case State::ChunkCrlf: {
                const size_t take = std::min<uint64_t>(m_remaining, len - pos);
                m_remaining -= take;
                pos += take;
                if (m_remaining == 0) {
                    m_state = State::ChunkSize;
                }
                break;
            }
            case State::Done:
                *used = pos;
                return Result::Complete;
            }
        }
        *used = pos;
        return Result::NeedMore;
    }

    // Called at EOF: a close-delimited body ends here.
    bool finishAtEof()
    {
        if (m_state == State::CloseBody) {
            m_state = State::Done;
            return true;
        }
        return false;
    }

    bool inHead() const { return m_state == State::Head && m_head.empty(); }
    int status() const { return m_status; }
    uint64_t bodyBytes() const { return m_bodyBytes; }
    bool connectionClose() const { return m_connectionClose || m_closeDelimited; }

private:
    enum class State
    {
        Head,
        Body,
        CloseBody,
        ChunkSize,
        ChunkData,
        ChunkCrlf,
        ChunkTrailer,
        Done
    };

    static bool ieq(std::string_view a, std::string_view b)
    {
        return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
                   return std::tolower(static_cast<unsigned char>(x)) ==
                          std::tolower(static_cast<unsigned char>(y));
               });
    }

    bool parseHead()
    {
        std::string_view head(m_head);
        if (head.size() < 12 || head.substr(0, 5) != "HTTP/") {
            return false;
        }
        m_status = std::atoi(std::string(head.substr(9, 3)).c_str());
        if (m_status < 100 || m_status > 599) {
            return false;
        }
        bool haveLength = false;
        bool chunked = false;
        uint64_t length = 0;
        size_t lineStart = head.find("\r\n") + 2;
        while (lineStart < head.size()) {
            const size_t lineEnd = head.find("\r\n", lineStart);
            if (lineEnd == std::string_view::npos || lineEnd == lineStart) {
                break;
            }
            const std::string_view line = head.substr(lineStart, lineEnd - lineStart);
            const size_t colon = line.find(':');
            if (colon != std::string_view::npos) {
                const std::string_view name = line.substr(0, colon);
                std::string_view value = line.substr(colon + 1);
                while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) {
                    value.remove_prefix(1);
                }
                if (ieq(name, "content-length")) {
                    haveLength = true;
                    length = std::strtoull(std::string(value).c_str(), nullptr, 10);
                } else if (ieq(name, "transfer-encoding")) {
                    chunked = std::string(value).find("chunked") != std::string::npos;
                } else if (ieq(name, "connection")) {
                    m_connectionClose = ieq(value, "close");
                }
            }
            lineStart = lineEnd + 2;
        }
        if (m_status == 204 || m_status == 304 || (m_status >= 100 && m_status < 200)) {
            m_state = State::Done;
        } else if (chunked) {
            m_state = State::ChunkSize;
        } else if (haveLength) {
            m_remaining = length;
            m_state = length == 0 ? State::Done : State::Body;
        } else {
            m_closeDelimited = true;
            m_state = State::CloseBody;
        }
        return true;
    }

    std::string m_head;
    std::string m_line;
    State m_state = State::Head;
    uint64_t m_remaining = 0;
    uint64_t m_bodyBytes = 0;
    int m_status = 0;
    bool m_closeDelimited = false;
    bool m_connectionClose = false;
};

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

void usage()
{
    std::fprintf(
        stderr,
        "usage: tunnel_load --mode direct|http|connect|socks5 [--tls] --target IP:PORT [--proxy IP:PORT]\n"
        "                   [--path /p] [--conns N] [--threads T] [--duration S] [--warmup S]\n"
        "                   [--hold] [--inflight N]\n");
    std::exit(2);
}

} // namespace

int main(int argc, char **argv)
{
    Options opt;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc) {
                usage();
            }
            return argv[++i];
        };
        if (a == "--mode") {
            const std::string m = value();
            if (m == "direct") {
                opt.mode = Mode::Direct;
            } else if (m == "http") {
                opt.mode = Mode::Http;
            } else if (m == "connect") {
                opt.mode = Mode::Connect;
            } else if (m == "socks5") {
                opt.mode = Mode::Socks5;
            } else {
                usage();
            }
        } else if (a == "--tls") {
            opt.tls = true;
        } else if (a == "--target") {
            opt.target = value();
        } else if (a == "--proxy") {
            opt.proxy = value();
        } else if (a == "--path") {
            opt.path = value();
        } else if (a == "--conns") {
            opt.conns = std::max(1, std::atoi(value().c_str()));
        } else if (a == "--threads") {
            opt.threads = std::max(1, std::atoi(value().c_str()));
        } else if (a == "--duration") {
            opt.duration = std::atof(value().c_str());
        } else if (a == "--warmup") {
            opt.warmup = std::atof(value().c_str());
        } else if (a == "--hold") {
            opt.hold = true;
        } else if (a == "--inflight") {
            opt.inflight = std::max(1, std::atoi(value().c_str()));
        } else {
            usage();
        }
    }
    if (opt.mode != Mode::Direct && opt.proxy.empty()) {
        die("this mode needs --proxy");
    }
    if (opt.mode == Mode::Http && opt.tls) {
        die("--tls is for direct, connect and socks5");
    }
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGTERM, [](int) { g_stop.store(true); });
    std::signal(SIGINT, [](int) { g_stop.store(true); });

    rlimit rl{};
    getrlimit(RLIMIT_NOFILE, &rl);
    rl.rlim_cur = rl.rlim_max;
    setrlimit(RLIMIT_NOFILE, &rl);

    const Endpoint target = parseEndpoint(opt.target);
    Endpoint proxy;
    if (!opt.proxy.empty()) {
        proxy = parseEndpoint(opt.proxy);
    }

    SSL_CTX *ctx = nullptr;
    if (opt.tls) {
        ctx = SSL_CTX_new(TLS_client_method());
        SSL_CTX_set_verify(ctx, SSL_VERIFY_NONE, nullptr); // self-signed origin made by run.sh
        SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    }

    const Endpoint *proxyPtr = opt.proxy.empty() ? nullptr : &proxy;
    if (opt.hold) {
        Worker w(opt, target, proxyPtr, opt.conns, ctx);
        w.runHold(opt.duration);
        const Stats &s = w.stats();
        std::printf("RESULT mode=hold conns_ok=%llu conns_failed=%llu errors=%llu sent_total=%llu "
                    "completed_total=%llu non2xx=%llu\n",
                    static_cast<unsigned long long>(s.connsOk),
                    static_cast<unsigned long long>(s.connsFailed), static_cast<unsigned long long>(s.errors),
                    static_cast<unsigned long long>(s.sent), static_cast<unsigned long long>(s.completed),
                    static_cast<unsigned long long>(s.non2xx));
        return 0;
    }

    const int threads = std::min(opt.threads, opt.conns);
    std::vector<std::unique_ptr<Worker>> workers;
    for (int t = 0; t < threads; ++t) {
        const int n = opt.conns / threads + (t < opt.conns % threads ? 1 : 0);
        workers.push_back(std::make_unique<Worker>(opt, target, proxyPtr, n, ctx));
    }
    const auto start = Clock::now();
    const auto windowStart =
        start + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(opt.warmup));
    const auto deadline = windowStart + std::chrono::duration_cast<Clock::duration>(
                                            std::chrono::duration<double>(opt.duration));
    std::vector<std::thread> pool;
    for (auto &w : workers) {
        pool.emplace_back([&w, start, windowStart, deadline] { w->runLoad(start, windowStart, deadline); });
    }
    for (auto &t : pool) {
        t.join();
    }

    Stats total;
    for (auto &w : workers) {
        Stats &s = w->stats();
        total.latencyNs.insert(total.latencyNs.end(), s.latencyNs.begin(), s.latencyNs.end());
        total.windowResponses += s.windowResponses;
        total.non2xx += s.non2xx;
        total.errors += s.errors;
        total.reconnects += s.reconnects;
        total.sent += s.sent;
        total.completed += s.completed;
        total.bodyBytes += s.bodyBytes;
        total.connsOk += s.connsOk;
        total.connsFailed += s.connsFailed;
    }
    auto pct = [&total](double p) -> double {
        if (total.latencyNs.empty()) {
            return 0.0;
        }
        const size_t idx =
            std::min(total.latencyNs.size() - 1,
                     static_cast<size_t>(p / 100.0 * static_cast<double>(total.latencyNs.size())));
        std::nth_element(total.latencyNs.begin(), total.latencyNs.begin() + static_cast<long>(idx),
                         total.latencyNs.end());
        return total.latencyNs[idx] / 1000.0;
    };
    const double p50 = pct(50);
    const double p99 = pct(99);
    const double p999 = pct(99.9);
    const char *modeName = opt.mode == Mode::Direct    ? "direct"
                           : opt.mode == Mode::Http    ? "http"
                           : opt.mode == Mode::Connect ? "connect"
                                                       : "socks5";
    std::printf("RESULT mode=%s tls=%d conns=%d conns_ok=%llu conns_failed=%llu requests=%llu duration=%.3f "
                "rps=%.1f p50_us=%.1f p99_us=%.1f p999_us=%.1f non2xx=%llu errors=%llu reconnects=%llu "
                "sent_total=%llu completed_total=%llu body_bytes=%llu\n",
                modeName, opt.tls ? 1 : 0, opt.conns, static_cast<unsigned long long>(total.connsOk),
                static_cast<unsigned long long>(total.connsFailed),
                static_cast<unsigned long long>(total.windowResponses), opt.duration,
                static_cast<double>(total.windowResponses) / opt.duration, p50, p99, p999,
                static_cast<unsigned long long>(total.non2xx), static_cast<unsigned long long>(total.errors),
                static_cast<unsigned long long>(total.reconnects),
                static_cast<unsigned long long>(total.sent), static_cast<unsigned long long>(total.completed),
                static_cast<unsigned long long>(total.bodyBytes));
    if (ctx) {
        SSL_CTX_free(ctx);
    }
    return 0;
}
