// SystemProxyController's safety rules, over the KDE backend and an in-memory kioslaverc:
// save before change, exact restore, crash recovery, "changed by someone else" and rollback.

#include "RecordingRunner.h"
#include "platform/KdeSystemProxy.h"
#include "platform/SystemProxyController.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Veil;
using Veil::Test::FakeKConfig;
using Veil::Test::RecordingRunner;

namespace {

const QMap<QString, QString> UserSettings{
    {QStringLiteral("ProxyType"), QStringLiteral("1")},
    {QStringLiteral("httpProxy"), QStringLiteral("http://proxy.corp 3128")},
    {QStringLiteral("NoProxyFor"), QStringLiteral("corp.example")},
    {QStringLiteral("ReversedException"), QStringLiteral("true")}};

} // namespace

class TestSystemProxyController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void enableSavesFirstAndDisableRestoresExactly();
    void pacMode();
    void changedBySomeoneElse();
    void recoverLeftover();
    void recoverLeftoverThatWasVeils();
    void enableTakesOverItsLeftoverWithoutAGap();
    void enableWithALeftoverForAnotherPort();
    void recoverLeftoverChangedSince();
    void recoverRefusesAnotherBackend();
    void stateFileFailureChangesNothing();
    void writeFailureRollsBack();
    void destructorRestores();

private:
    std::unique_ptr<SystemProxyController> makeController();
    /**
     * A Veil that set the system proxy and was killed (-9): its settings and its mark stay. The
     * object is destroyed normally (which restores), so the mark and values are put back after.
     */
    bool leaveCrashLeftover();

    QTemporaryDir m_dir;
    QString m_statePath;
    FakeKConfig m_config;
    std::shared_ptr<RecordingRunner> m_runner;
};

void TestSystemProxyController::init()
{
    QVERIFY(m_dir.isValid());
    m_statePath = m_dir.filePath(QStringLiteral("state/system-proxy-state.json"));
    QFile::remove(m_statePath);
    m_config = {};
    m_config.values = UserSettings;
    m_runner = std::make_shared<RecordingRunner>(std::ref(m_config));
}

std::unique_ptr<SystemProxyController> TestSystemProxyController::makeController()
{
    return std::make_unique<SystemProxyController>(std::make_unique<KdeSystemProxy>(m_runner, 6),
                                                   m_statePath);
}

bool TestSystemProxyController::leaveCrashLeftover()
{
    auto crashed = makeController();
    if (!crashed->enable(SystemProxyTarget{}) ||
        !QFile::copy(m_statePath, m_statePath + QStringLiteral(".keep"))) {
        return false;
    }
    const QMap<QString, QString> veils = m_config.values;
    crashed.reset();
    m_config.values = veils;
    return QFile::rename(m_statePath + QStringLiteral(".keep"), m_statePath);
}

void TestSystemProxyController::enableSavesFirstAndDisableRestoresExactly()
{
    auto controller = makeController();
    QSignalSpy states(controller.get(), &SystemProxyController::stateChanged);
    SystemProxyTarget target;
    target.port = 18765;

    // The state file must exist before the first write: check from inside the runner.
    bool markedBeforeWrite = false;
    bool sawWrite = false;
    m_runner->setHandler([&](const QString &program, const QStringList &args) {
        if (program == QLatin1String("kwriteconfig6") && !sawWrite) {
            sawWrite = true;
            markedBeforeWrite = QFile::exists(m_statePath);
        }
        return m_config(program, args);
    });
    QVERIFY2(controller->enable(target), qPrintable(controller->errorString()));
    QVERIFY(sawWrite);
    QVERIFY(markedBeforeWrite);
    QCOMPARE(controller->state(), SystemProxyController::State::Active);
    QCOMPARE(states.size(), 1);
    QCOMPARE(m_config.values.value(QStringLiteral("ProxyType")), QStringLiteral("1"));
    QCOMPARE(m_config.values.value(QStringLiteral("httpProxy")), QStringLiteral("http://127.0.0.1 18765"));
    QCOMPARE(m_config.values.value(QStringLiteral("socksProxy")), QStringLiteral("socks://127.0.0.1 18765"));
    QCOMPARE(m_config.values.value(QStringLiteral("ReversedException")), QStringLiteral("false"));

    // The state file holds the user's values and the mark.
    QFile file(m_statePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(root.value(QStringLiteral("active")).toBool());
    const QJsonObject saved =
        root.value(QStringLiteral("saved")).toObject().value(QStringLiteral("kioslaverc")).toObject();
    QCOMPARE(saved.value(QStringLiteral("httpProxy")).toString(), QStringLiteral("http://proxy.corp 3128"));
    QCOMPARE(saved.value(QStringLiteral("socksProxy")).toString(), KdeSystemProxy::unsetValue());

    // A watcher pass sees nothing unusual.
    controller->checkNow();
    QCOMPARE(controller->state(), SystemProxyController::State::Active);

    QVERIFY2(controller->disable(), qPrintable(controller->errorString()));
    QCOMPARE(m_config.values, UserSettings); // exactly: socksProxy is gone again, not ""
    QVERIFY(!QFile::exists(m_statePath));
    QCOMPARE(controller->state(), SystemProxyController::State::Off);
    QCOMPARE(states.size(), 2);
}

void TestSystemProxyController::pacMode()
{
    auto controller = makeController();
    SystemProxyTarget target;
    target.mode = SystemProxyTarget::Mode::Pac;
    QVERIFY2(controller->enable(target), qPrintable(controller->errorString()));
    QCOMPARE(m_config.values.value(QStringLiteral("ProxyType")), QStringLiteral("2"));
    QCOMPARE(m_config.values.value(QStringLiteral("Proxy Config Script")),
             QStringLiteral("http://127.0.0.1:8765/proxy.pac"));
    // Switching to fixed mode restores first, then sets again: the saved state stays the user's.
    target.mode = SystemProxyTarget::Mode::Fixed;
    QVERIFY2(controller->enable(target), qPrintable(controller->errorString()));
    QCOMPARE(m_config.values.value(QStringLiteral("ProxyType")), QStringLiteral("1"));
    QVERIFY(!m_config.values.contains(QStringLiteral("Proxy Config Script")));
    QVERIFY(controller->disable());
    QCOMPARE(m_config.values, UserSettings);
}

void TestSystemProxyController::changedBySomeoneElse()
{
    auto controller = makeController();
    controller->setPollInterval(20);
    QSignalSpy changed(controller.get(), &SystemProxyController::changedExternally);
    QVERIFY(controller->enable(SystemProxyTarget{}));
    // Another program points the system elsewhere.
    m_config.values.insert(QStringLiteral("httpProxy"), QStringLiteral("http://other.vpn 8080"));
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.constFirst().constFirst().toStringList(), QStringList{QStringLiteral("kioslaverc")});
    QCOMPARE(controller->state(), SystemProxyController::State::ChangedExternally);
    // Veil does not fight back: nothing written after the change.
    const qsizetype writes = m_config.writes;
    QTest::qWait(100); // several poll intervals: prove the watcher stopped and wrote nothing
    QCOMPARE(m_config.writes, writes);
    QCOMPARE(changed.size(), 1);

    QVERIFY(controller->disable());
    QCOMPARE(controller->leftAloneScopes(), QStringList{QStringLiteral("kioslaverc")});
    QCOMPARE(m_config.values.value(QStringLiteral("httpProxy")), QStringLiteral("http://other.vpn 8080"));
    QCOMPARE(m_config.values.value(QStringLiteral("ProxyType")), QStringLiteral("1"));
    QCOMPARE(m_config.writes, writes);
    QVERIFY(!QFile::exists(m_statePath));
}

void TestSystemProxyController::recoverLeftover()
{
    QVERIFY(leaveCrashLeftover());
    auto controller = makeController();
    QCOMPARE(controller->recoverLeftover(), SystemProxyController::Recovery::Restored);
    QCOMPARE(m_config.values, UserSettings);
    QVERIFY(!QFile::exists(m_statePath));
    QCOMPARE(controller->recoverLeftover(), SystemProxyController::Recovery::NothingToDo);
}

void TestSystemProxyController::enableTakesOverItsLeftoverWithoutAGap()
{
    QVERIFY(leaveCrashLeftover());
    const QMap<QString, QString> veils = m_config.values;
    // "Set the system proxy on start" after a crash: the system already points at this listener.
    // Nothing may be written (a restore followed by a new change would let traffic out direct).
    int writes = 0;
    m_runner->setHandler([&](const QString &program, const QStringList &args) {
        writes += program.startsWith(QLatin1String("kwriteconfig")) ? 1 : 0;
        return m_config(program, args);
    });
    auto controller = makeController();
    QVERIFY2(controller->enable(SystemProxyTarget{}), qPrintable(controller->errorString()));
    QCOMPARE(writes, 0);
    QCOMPARE(controller->state(), SystemProxyController::State::Active);
    QCOMPARE(m_config.values, veils);
    QVERIFY(QFile::exists(m_statePath));
    // The user's own settings, saved by the Veil that crashed, come back on disable.
    QVERIFY2(controller->disable(), qPrintable(controller->errorString()));
    QCOMPARE(m_config.values, UserSettings);
    QVERIFY(!QFile::exists(m_statePath));
}

void TestSystemProxyController::enableWithALeftoverForAnotherPort()
{
    QVERIFY(leaveCrashLeftover());
    SystemProxyTarget other;
    other.port = 19999;
    auto controller = makeController();
    QVERIFY2(controller->enable(other), qPrintable(controller->errorString()));
    QCOMPARE(m_config.values.value(QStringLiteral("httpProxy")), QStringLiteral("http://127.0.0.1 19999"));
    QVERIFY2(controller->disable(), qPrintable(controller->errorString()));
    QCOMPARE(m_config.values, UserSettings); // not the leftover's Veil values
}

void TestSystemProxyController::recoverLeftoverThatWasVeils()
{
    // The "user's" settings were themselves Veil's (an older leftover): clear, do not restore them.
    m_config.values = {{QStringLiteral("ProxyType"), QStringLiteral("1")},
                       {QStringLiteral("httpProxy"), QStringLiteral("http://127.0.0.1 8765")}};
    auto first = makeController();
    QVERIFY(first->enable(SystemProxyTarget{}));
    QVERIFY(QFile::copy(m_statePath, m_statePath + QStringLiteral(".keep")));
    const QMap<QString, QString> veils = m_config.values;
    first.reset();
    QVERIFY(QFile::rename(m_statePath + QStringLiteral(".keep"), m_statePath));
    m_config.values = veils;

    auto controller = makeController();
    QCOMPARE(controller->recoverLeftover(), SystemProxyController::Recovery::Restored);
    QCOMPARE(m_config.values.value(QStringLiteral("ProxyType")), QStringLiteral("0"));
    QVERIFY(!QFile::exists(m_statePath));
}

void TestSystemProxyController::recoverLeftoverChangedSince()
{
    auto first = makeController();
    QVERIFY(first->enable(SystemProxyTarget{}));
    QVERIFY(QFile::copy(m_statePath, m_statePath + QStringLiteral(".keep")));
    first.reset();
    QVERIFY(QFile::rename(m_statePath + QStringLiteral(".keep"), m_statePath));
    // After the crash the user set up something else.
    m_config.values = {{QStringLiteral("ProxyType"), QStringLiteral("2")},
                       {QStringLiteral("Proxy Config Script"), QStringLiteral("http://wpad.corp/wpad.dat")}};
    const QMap<QString, QString> theirs = m_config.values;
    const int writes = m_config.writes;

    auto controller = makeController();
    QCOMPARE(controller->recoverLeftover(), SystemProxyController::Recovery::LeftAlone);
    QCOMPARE(m_config.values, theirs);
    QCOMPARE(m_config.writes, writes);
    QVERIFY(!QFile::exists(m_statePath));
}

void TestSystemProxyController::recoverRefusesAnotherBackend()
{
    SystemProxyState state;
    state.backend = QStringLiteral("gnome");
    state.saved.scopes.insert(QStringLiteral("gnome"), {{QStringLiteral("mode"), QStringLiteral("'none'")}});
    state.written.scopes.insert(QStringLiteral("gnome"),
                                {{QStringLiteral("mode"), QStringLiteral("'manual'")}});
    SystemProxyStateFile file(m_statePath);
    QVERIFY(file.save(state));
    auto controller = makeController();
    QCOMPARE(controller->recoverLeftover(), SystemProxyController::Recovery::Failed);
    QVERIFY2(controller->errorString().contains(QLatin1String("gnome")),
             qPrintable(controller->errorString()));
    QVERIFY(QFile::exists(m_statePath)); // kept for the right backend
    // enable() will not stack a second change on top of an unrecovered one.
    QVERIFY(!controller->enable(SystemProxyTarget{}));
    QCOMPARE(m_config.values, UserSettings);
}

void TestSystemProxyController::stateFileFailureChangesNothing()
{
    // A regular file where the folder should be: the state cannot be written.
    QFile blocker(m_dir.filePath(QStringLiteral("blocked")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SystemProxyController controller(std::make_unique<KdeSystemProxy>(m_runner, 6),
                                     m_dir.filePath(QStringLiteral("blocked/state.json")));
    QVERIFY(!controller.enable(SystemProxyTarget{}));
    QVERIFY(!controller.errorString().isEmpty());
    QCOMPARE(m_config.writes, 0);
    QCOMPARE(m_config.values, UserSettings);
    QCOMPARE(controller.state(), SystemProxyController::State::Off);
}

void TestSystemProxyController::writeFailureRollsBack()
{
    auto controller = makeController();
    m_config.failWritesAfter = 2; // the third write fails; the rollback's writes fail from then on too
    QVERIFY(!controller->enable(SystemProxyTarget{}));
    QVERIFY2(controller->errorString().contains(QLatin1String("restore-system-proxy")),
             qPrintable(controller->errorString()));
    QVERIFY(QFile::exists(m_statePath)); // the mark stays, so a later start can still restore

    // Half of Veil's values are in place; the next start puts the user's back.
    QCOMPARE(m_config.values.value(QStringLiteral("httpProxy")), QStringLiteral("http://127.0.0.1 8765"));
    m_config.failWritesAfter = -1;
    auto later = makeController();
    QCOMPARE(later->recoverLeftover(), SystemProxyController::Recovery::Restored);
    QCOMPARE(m_config.values, UserSettings);

    // A failure whose rollback works leaves the user's settings and no mark.
    init();
    auto again = makeController();
    m_config.failWritesAfter = 2;
    int failures = 0;
    m_runner->setHandler([&](const QString &program, const QStringList &args) {
        CommandResult r = m_config(program, args);
        if (!r.ok() && ++failures == 1) {
            m_config.failWritesAfter = -1; // only the one write fails
        }
        return r;
    });
    QVERIFY(!again->enable(SystemProxyTarget{}));
    QCOMPARE(m_config.values.value(QStringLiteral("httpProxy")), QStringLiteral("http://proxy.corp 3128"));
    QCOMPARE(m_config.values.value(QStringLiteral("NoProxyFor")), QStringLiteral("corp.example"));
    QVERIFY(!QFile::exists(m_statePath));
}

void TestSystemProxyController::destructorRestores()
{
    {
        auto controller = makeController();
        QVERIFY(controller->enable(SystemProxyTarget{}));
        QVERIFY(m_config.values != UserSettings);
    }
    QCOMPARE(m_config.values, UserSettings);
    QVERIFY(!QFile::exists(m_statePath));
}

QTEST_GUILESS_MAIN(TestSystemProxyController)
#include "tst_systemproxycontroller.moc"
