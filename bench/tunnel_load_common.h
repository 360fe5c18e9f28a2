// tunnel_load: options, endpoints and helpers shared by its parts (see tunnel_load.cpp).
#pragma once

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

namespace tunnel_load {

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

inline std::atomic<bool> g_stop{false};

[[noreturn]] inline void die(const std::string &msg)
{
    std::fprintf(stderr, "tunnel_load: %s\n", msg.c_str());
    std::exit(2);
}

inline Endpoint parseEndpoint(const std::string &spec)
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

} // namespace tunnel_load
