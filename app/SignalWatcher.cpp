#include "SignalWatcher.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#else
#include <QTimer>
#include <atomic>
#include <windows.h>
#endif

namespace Veil {

#ifdef Q_OS_UNIX
namespace {
int g_pipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_pipe[0], &byte, 1);
}
} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0) {
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onActivated);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    ::signal(SIGPIPE, SIG_IGN);
}

SignalWatcher::~SignalWatcher()
{
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
}

void SignalWatcher::onActivated()
{
    char buffer[16];
    const ssize_t n = ::read(g_pipe[1], buffer, sizeof buffer);
    for (ssize_t i = 0; i < n; ++i) {
        Q_EMIT terminationRequested(++m_count);
    }
}
#else
namespace {
std::atomic<int> g_requests{0};

BOOL WINAPI onConsoleEvent(DWORD)
{
    g_requests.fetch_add(1);
    return TRUE;
}
} // namespace

SignalWatcher::SignalWatcher(QObject *parent)
    : QObject(parent)
{
    SetConsoleCtrlHandler(onConsoleEvent, TRUE);
    // Console events arrive on a system thread; poll the counter from the main thread.
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &SignalWatcher::onActivated);
    timer->start(100);
}

SignalWatcher::~SignalWatcher()
{
    SetConsoleCtrlHandler(onConsoleEvent, FALSE);
}

void SignalWatcher::onActivated()
{
    while (m_count < g_requests.load()) {
        Q_EMIT terminationRequested(++m_count);
    }
}
#endif

} // namespace Veil
