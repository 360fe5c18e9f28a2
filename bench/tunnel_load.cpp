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
// One translation unit: the options, the response parser and the worker live in the
// tunnel_load_*.h headers next to this file.

#include "tunnel_load_worker.h"

using namespace tunnel_load;

namespace {

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
