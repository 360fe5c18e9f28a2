#pragma once

#include "traffic/TrafficEvent.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace Veil {

class TrafficDetailsPane;
class TrafficFilterModel;
class TrafficModel;

/**
 * The Traffic page: the live table (TrafficModel behind a TrafficFilterModel), a filter box, a
 * decision and a status filter, "follow" (keep the newest row in view; off while the user scrolls
 * back), pause (events still arrive and are counted, the table stops changing) and CSV or HAR
 * export of the rows the filter shows. Under the table, the details pane shows the selected row;
 * "Close connection" (button, context menu, Delete) asks the engine to end a row in flight.
 */
class TrafficPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrafficPage)

public:
    explicit TrafficPage(QWidget *parent = nullptr);

    /** Called with each drained batch (at most 10 times a second). */
    void addEvents(const QList<TrafficEvent> &events);
    TrafficModel *model() const { return m_model; }
    TrafficFilterModel *filterModel() const { return m_filter; }

    /**
     * Writes the rows the filter shows to @p path, atomically: HAR when the name ends in ".har",
     * CSV otherwise. The counts line then says how many rows were written and how many tunnel
     * rows a HAR left out (or why the export failed); returns false on failure.
     */
    bool exportTo(const QString &path);
    /** The counts line under the table. */
    QString countsText() const;

    TrafficDetailsPane *detailsPane() const { return m_details; }
    QTableView *table() const { return m_table; }
    /** "Close connection": enabled while the selected row is in flight. */
    QAction *closeConnectionAction() const { return m_closeAction; }
    /** The engine's answer to closeConnectionRequested() (Engine::connectionCloseAnswered). */
    void connectionCloseAnswered(quint64 id, bool closed);

Q_SIGNALS:
    /** The user asked to end live connection @p id (wire to Engine::closeConnection). */
    void closeConnectionRequested(quint64 id);

private:
    void exportWithDialog();
    QList<int> visibleSourceRows() const;
    QString exportedText(const QString &name, bool har, int rows, int skipped) const;
    void updateCounts();
    /** Shows the selected row in the details pane (hidden while nothing is selected). */
    void updateDetails();
    void closeSelected();
    /** Source row of the selected row, or -1. */
    int selectedSourceRow() const;

    TrafficModel *m_model;
    TrafficFilterModel *m_filter;
    QTableView *m_table;
    TrafficDetailsPane *m_details;
    QSplitter *m_splitter;
    QAction *m_closeAction;
    QLineEdit *m_search;
    QComboBox *m_decision;
    QComboBox *m_status;
    QCheckBox *m_follow;
    QCheckBox *m_pause;
    QLabel *m_counts;
    QList<TrafficEvent> m_held; ///< batches received while paused
    static constexpr int MaxHeldEvents = 200000;
    qint64 m_droppedWhilePaused = 0;
    QString m_lastExport; ///< outcome of the last export or close, kept in the counts line
};

} // namespace Veil
