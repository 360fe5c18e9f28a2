// UI benchmark (issue 6): one case per run, driven by bench/ui_bench.sh, which starts the origin,
// interleaves the cases (headless, window, headless, window, …) and prints the table.
//
//   ui_bench --case headless|window --origin-port PORT [--seconds 10] [--connections 50]
//            [--wrk-threads 2] [--engine-threads 2] [--wrk-script bench/wrk_proxy.lua]
//            [--no-details] [--other-page]   (window diagnostics: TrafficDetails off; Overview shown)
//
// Both cases run the same in-process Engine with the same settings. "headless" drains the
// EventHub like `veil --headless --log-format none` (TrafficLogWriter, format none); "window" is
// the real MainWindow, shown, on the Traffic page with Follow on, taking every event (the window
// turns TrafficDetails on). wrk runs as a child process through the proxy while a 10 ms timer on
// the GUI thread records how late it fires. One line on stdout:
//   UIBENCH case=... rps=... requests=... errors=... stall_max_ms=... stall_p99_ms=... ...

#include "engine/Engine.h"
#include "traffic/EventHub.h"
#include "traffic/TrafficLogWriter.h"

#include "MainWindow.h"
#include "TrafficModel.h"
#include "TrafficPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

struct Options
{
    QString kase;
    quint16 originPort = 0;
    int seconds = 10;
    int connections = 50;
    int wrkThreads = 2;
    int engineThreads = 2;
    QString wrkScript = QStringLiteral("bench/wrk_proxy.lua");
    bool noDetails = false; ///< window without TrafficDetails: what the details cost (diagnostic)
    bool otherPage = false; ///< window on the Overview page: what painting the table costs (diagnostic)
};

bool parseOptions(const QStringList &args, Options *o)
{
    for (int i = 1; i < args.size(); i += 2) {
        const QString &key = args.at(i);
        if (key == QLatin1String("--no-details") || key == QLatin1String("--other-page")) {
            (key == QLatin1String("--no-details") ? o->noDetails : o->otherPage) = true;
            --i; // a flag: no value
            continue;
        }
        if (i + 1 >= args.size()) {
            return false;
        }
        const QString &value = args.at(i + 1);
        if (key == QLatin1String("--case")) {
            o->kase = value;
        } else if (key == QLatin1String("--origin-port")) {
            o->originPort = quint16(value.toUInt());
        } else if (key == QLatin1String("--seconds")) {
            o->seconds = value.toInt();
        } else if (key == QLatin1String("--connections")) {
            o->connections = value.toInt();
        } else if (key == QLatin1String("--wrk-threads")) {
            o->wrkThreads = value.toInt();
        } else if (key == QLatin1String("--engine-threads")) {
            o->engineThreads = value.toInt();
        } else if (key == QLatin1String("--wrk-script")) {
            o->wrkScript = value;
        } else {
            return false;
        }
    }
    return (o->kase == QLatin1String("headless") || o->kase == QLatin1String("window")) &&
           o->originPort != 0 && o->seconds > 0;
}

/** How late a 10 ms timer on the GUI thread fires: the GUI thread's stalls. */
class StallProbe final : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(IntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_recording) {
                m_lateUs.push_back(std::max<qint64>(0, (now - m_last) / 1000 - IntervalMs * 1000));
            }
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void setRecording(bool on) { m_recording = on; }
    qsizetype ticks() const { return qsizetype(m_lateUs.size()); }
    double maxMs() const
    {
        return m_lateUs.empty() ? 0 : double(*std::max_element(m_lateUs.begin(), m_lateUs.end())) / 1000.0;
    }
    double percentileMs(double p) const
    {
        if (m_lateUs.empty()) {
            return 0;
        }
        std::vector<qint64> sorted = m_lateUs;
        std::sort(sorted.begin(), sorted.end());
        const size_t at = std::min(sorted.size() - 1, size_t(p * double(sorted.size())));
        return double(sorted[at]) / 1000.0;
    }
    qsizetype countOver(qint64 ms) const
    {
        return qsizetype(
            std::count_if(m_lateUs.begin(), m_lateUs.end(), [ms](qint64 us) { return us > ms * 1000; }));
    }

private:
    static constexpr int IntervalMs = 10;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    bool m_recording = false;
    std::vector<qint64> m_lateUs;
};

struct WrkResult
{
    qint64 requests = -1;
    qint64 durationUs = 0;
    qint64 errors = 0;
    qint64 p50Us = 0;
    qint64 p99Us = 0;
};

WrkResult parseWrk(const QByteArray &out)
{
    WrkResult r;
    const QString text = QString::fromUtf8(out);
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("RESULT requests=(\\d+) duration_us=(\\d+) bytes=\\d+ "
                                          "connect_errors=(\\d+) read_errors=(\\d+) write_errors=(\\d+) "
                                          "status_errors=(\\d+) timeouts=(\\d+) p50_us=(\\d+) p99_us=(\\d+)"))
            .match(text);
    if (m.hasMatch()) {
        r.requests = m.captured(1).toLongLong();
        r.durationUs = m.captured(2).toLongLong();
        for (int i = 3; i <= 7; ++i) {
            r.errors += m.captured(i).toLongLong();
        }
        r.p50Us = m.captured(8).toLongLong();
        r.p99Us = m.captured(9).toLongLong();
    }
    return r;
}

qint64 rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        }
    }
    return -1;
}

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

/** Runs wrk through the proxy for @p seconds with the event loop running; returns its result. */
WrkResult runWrk(const Options &o, quint16 proxyPort, int seconds)
{
    QProcess wrk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString origin = QStringLiteral("127.0.0.1:") + QString::number(o.originPort);
    env.insert(QStringLiteral("BENCH_TARGET"), QStringLiteral("http://") + origin + QStringLiteral("/100b"));
    env.insert(QStringLiteral("BENCH_HOST"), origin);
    wrk.setProcessEnvironment(env);
    wrk.setProcessChannelMode(QProcess::MergedChannels);
    QEventLoop loop;
    QObject::connect(&wrk, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&wrk, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    wrk.start(QStringLiteral("wrk"),
              {QStringLiteral("-t%1").arg(o.wrkThreads), QStringLiteral("-c%1").arg(o.connections),
               QStringLiteral("-d%1s").arg(seconds), QStringLiteral("-s"), o.wrkScript,
               QStringLiteral("http://127.0.0.1:%1").arg(proxyPort)});
    loop.exec();
    const QByteArray out = wrk.readAll();
    const WrkResult r = parseWrk(out);
    if (r.requests < 0) {
        std::fprintf(stderr, "ui_bench: wrk failed: %s\n", out.constData());
    }
    return r;
}

/** Lets the event loop run for @p ms (the window drains every 100 ms). */
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args.append(QString::fromLocal8Bit(argv[i]));
    }
    Options o;
    if (!parseOptions(args, &o)) {
        std::fprintf(stderr, "usage: ui_bench --case headless|window --origin-port PORT [--seconds N] "
                             "[--connections N] [--wrk-threads N] [--engine-threads N] [--wrk-script FILE] "
                             "[--no-details] [--other-page]\n");
        return 2;
    }
    const bool window = o.kase == QLatin1String("window");
    // Like app/main.cpp: engine threads on Qt's own poll dispatcher.
    qputenv("QT_NO_THREADED_GLIB", "1");
    std::unique_ptr<QCoreApplication> app;
    if (window) {
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }

    Veil::Settings settings;
    settings.listenHost = QStringLiteral("127.0.0.1");
    settings.listenPort = 0;
    settings.threads = o.engineThreads;
    settings.logFormat = Veil::LogFormat::None;
    settings.cache.enabled = false; // forwarding, as in bench/peers/veil.json

    std::unique_ptr<Veil::Engine> headlessEngine;
    std::unique_ptr<Veil::TrafficLogWriter> log;
    std::unique_ptr<Veil::MainWindow> mainWindow;
    Veil::Engine *engine = nullptr;
    if (window) {
        mainWindow = std::make_unique<Veil::MainWindow>();
        if (!mainWindow->startEngine(settings)) {
            std::fprintf(stderr, "ui_bench: %s\n", qPrintable(mainWindow->engineError()));
            return 1;
        }
        mainWindow->show();
        if (auto *tabs = mainWindow->findChild<QTabWidget *>(); tabs && !o.otherPage) {
            tabs->setCurrentWidget(mainWindow->trafficPage());
        }
        if (o.noDetails) {
            mainWindow->engine()->eventHub()->setDetailsWanted(false);
        }
        for (QCheckBox *box : mainWindow->trafficPage()->findChildren<QCheckBox *>()) {
            if (box->text().remove(QLatin1Char('&')) == QLatin1String("Follow")) {
                box->setChecked(true);
            }
        }
        engine = mainWindow->engine();
    } else {
        headlessEngine = std::make_unique<Veil::Engine>();
        if (!headlessEngine->start(settings)) {
            std::fprintf(stderr, "ui_bench: %s\n", qPrintable(headlessEngine->errorString()));
            return 1;
        }
        log = std::make_unique<Veil::TrafficLogWriter>(headlessEngine->eventHub(), Veil::LogFormat::None,
                                                       stdout);
        engine = headlessEngine.get();
    }
    Veil::EventHub *hub = engine->eventHub();

    StallProbe probe;
    probe.start();
    settle(500);
    runWrk(o, engine->port(), 1); // warm-up: connections, origin pool, first layouts
    settle(300);

    const quint64 published0 = hub->published();
    const quint64 dropped0 = hub->dropped();
    const double cpu0 = cpuSeconds();
    probe.setRecording(true);
    const WrkResult r = runWrk(o, engine->port(), o.seconds);
    probe.setRecording(false);
    const double cpu = cpuSeconds() - cpu0;
    settle(400);                                             // the last drain
    const quint64 published = hub->published() - published0; // taken off the queue (drops not counted)
    const quint64 dropped = hub->dropped() - dropped0;
    const double seconds = r.durationUs > 0 ? double(r.durationUs) / 1e6 : double(o.seconds);

    qint64 rows = -1;
    qint64 evicted = -1;
    if (mainWindow) {
        rows = mainWindow->trafficPage()->model()->rowCount();
        evicted = mainWindow->trafficPage()->model()->evictedRows();
    }
    QString kase = o.kase;
    kase += QLatin1String(o.noDetails ? "-nodetails" : "") + QLatin1String(o.otherPage ? "-otherpage" : "");
    std::printf(
        "UIBENCH case=%s rps=%.0f requests=%lld errors=%lld wrk_p50_ms=%.2f wrk_p99_ms=%.2f "
        "stall_max_ms=%.1f "
        "stall_p99_ms=%.1f stalls_over_50ms=%lld ticks=%lld events=%llu events_per_s=%.0f dropped=%llu "
        "rows=%lld evicted=%lld rss_mib=%.1f cpu_s=%.2f\n",
        qPrintable(kase), double(std::max<qint64>(0, r.requests)) / seconds, r.requests, r.errors,
        double(r.p50Us) / 1000.0, double(r.p99Us) / 1000.0, probe.maxMs(), probe.percentileMs(0.99),
        static_cast<long long>(probe.countOver(50)), static_cast<long long>(probe.ticks()),
        static_cast<unsigned long long>(published), double(published) / seconds,
        static_cast<unsigned long long>(dropped), rows, evicted, double(rssKiB()) / 1024.0, cpu);
    std::fflush(stdout);
    engine->stopNow();
    return r.requests > 0 ? 0 : 1;
}
