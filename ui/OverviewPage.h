#pragma once

#include "config/Settings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Veil {

class Engine;
class ThroughputGraph;

/**
 * The Overview page: the protection switch, mode and region, the region's exits with health,
 * delay, public address and country, live throughput, counters and warnings. Like the tray it
 * only requests changes (settingsChangeRequested); the window applies them.
 */
class OverviewPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    void setSettings(const Settings &settings);
    /** Once a second: samples the engine's counters and refreshes the exits list. */
    void refresh(const Engine &engine);

    QPushButton *protectionButton() const { return m_protection; }
    QComboBox *regionBox() const { return m_region; }
    QTreeWidget *exitsView() const { return m_exits; }
    ThroughputGraph *graph() const { return m_graph; }
    QString warningText() const;

Q_SIGNALS:
    void settingsChangeRequested(const Veil::Settings &settings);

private:
    void request(const Settings &settings);
    void updateSwitch();

    Settings m_settings;
    RoutingMode m_lastProtectedMode = RoutingMode::Exit;
    bool m_updating = false;
    QPushButton *m_protection;
    QComboBox *m_mode;
    QComboBox *m_region;
    QLabel *m_summary;
    QLabel *m_warning;
    QTreeWidget *m_exits;
    ThroughputGraph *m_graph;
    QLabel *m_counters;
    qint64 m_lastUp = -1;
    qint64 m_lastDown = -1;
};

} // namespace Veil
