#include "TrafficPage.h"

#include "LeftToRightTextDelegate.h"
#include "TrafficDetailsPane.h"
#include "TrafficFilterModel.h"
#include "TrafficModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Veil {

TrafficPage::TrafficPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new TrafficModel(TrafficModel::DefaultCapacity, this))
    , m_filter(new TrafficFilterModel(m_model, this))
    , m_table(new QTableView(this))
    , m_details(new TrafficDetailsPane(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_closeAction(new QAction(tr("Close connection"), this))
    , m_search(new QLineEdit(this))
    , m_decision(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_follow(new QCheckBox(tr("Follow"), this))
    , m_pause(new QCheckBox(tr("Pause"), this))
    , m_counts(new QLabel(this))
{
    m_search->setPlaceholderText(tr("Filter by host, path, method, exit or error"));
    m_search->setClearButtonEnabled(true);
    m_decision->addItem(tr("Any decision"), -1);
    m_decision->addItem(tr("Direct"), int(TrafficDecision::Direct));
    m_decision->addItem(tr("Exit"), int(TrafficDecision::Exit));
    m_decision->addItem(tr("Blocked"), int(TrafficDecision::Block));
    m_decision->addItem(tr("Refused"), int(TrafficDecision::Refused));
    m_decision->addItem(tr("Local"), int(TrafficDecision::Local));
    m_status->addItem(tr("Any status"), 0);
    m_status->addItem(tr("Failed"), 1);
    m_status->addItem(tr("2xx"), 2);
    m_status->addItem(tr("3xx"), 3);
    m_status->addItem(tr("4xx"), 4);
    m_status->addItem(tr("5xx"), 5);
    m_follow->setChecked(true);
    m_follow->setToolTip(tr("Keep the newest request in view"));
    m_pause->setToolTip(
        tr("Stop updating the table; requests are still recorded and appear when you resume"));
    auto *exportButton = new QPushButton(tr("Export…"), this);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_decision);
    bar->addWidget(m_status);
    bar->addWidget(m_follow);
    bar->addWidget(m_pause);
    bar->addWidget(exportButton);

    m_table->setModel(m_filter);
    m_table->setItemDelegate(new LeftToRightTextDelegate(m_table)); // right-to-left languages
    m_table->setSortingEnabled(false); // the table is in arrival order; sorting 100k live rows stalls
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights and no ResizeToContents on live columns (STYLE.md).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(TrafficModel::Path, QHeaderView::Stretch);
    // Widths from sample texts in the table's font, so nothing common is cut off.
    const QFontMetrics metrics = m_table->fontMetrics();
    const QFontMetrics headerMetrics = m_table->horizontalHeader()->fontMetrics();
    const auto fit = [this, &metrics, &headerMetrics](int column, const QString &sample) {
        // Translated headers can be longer than the sample ("Entscheidung", "Длительность").
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_table->setColumnWidth(
            column, qMax(metrics.horizontalAdvance(sample), headerMetrics.horizontalAdvance(header)) + 16);
    };
    fit(TrafficModel::Time, QStringLiteral("00:00:00.000"));
    fit(TrafficModel::Client, QStringLiteral("127.0.0.1:65535"));
    fit(TrafficModel::Method, QStringLiteral("CONNECT"));
    fit(TrafficModel::Host, QStringLiteral("www.example.com:443"));
    fit(TrafficModel::Status, tr("Status"));
    fit(TrafficModel::Decision, TrafficModel::tr("blocked"));
    fit(TrafficModel::Exit, QStringLiteral("us-exit-1"));
    fit(TrafficModel::Cache, TrafficModel::tr("revalidated"));
    fit(TrafficModel::Down, TrafficModel::tr("%1 KiB").arg(QStringLiteral("000.0")));
    fit(TrafficModel::Up, TrafficModel::tr("%1 KiB").arg(QStringLiteral("000.0")));
    fit(TrafficModel::Duration, TrafficModel::tr("%1 ms").arg(QStringLiteral("000.0")));

    // Delete on the table, and the table's context menu; enabled for rows in flight only.
    m_closeAction->setShortcut(QKeySequence::Delete);
    m_closeAction->setShortcutContext(Qt::WidgetShortcut);
    m_closeAction->setEnabled(false);
    m_table->addAction(m_closeAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_closeAction, &QAction::triggered, this, &TrafficPage::closeSelected);
    connect(m_details, &TrafficDetailsPane::closeRequested, this, &TrafficPage::closeConnectionRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrafficPage::updateDetails);

    // The pane costs nothing until a row is selected: hidden, and filled only for that row.
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(true);
    m_details->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_counts);

    connect(m_search, &QLineEdit::textChanged, m_filter, &TrafficFilterModel::setText);
    connect(m_decision, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setDecision(m_decision->currentData().toInt()); });
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatusClass(m_status->currentData().toInt()); });
    connect(m_pause, &QCheckBox::toggled, this, [this](bool paused) {
        if (!paused) {
            addEvents(std::exchange(m_held, {}));
        }
        updateCounts();
    });
    connect(exportButton, &QPushButton::clicked, this, &TrafficPage::exportWithDialog);
    // Scrolling up means "let me read": stop following; back at the bottom, follow again.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_table->verticalScrollBar()->isSliderDown()) {
            m_follow->setChecked(value == m_table->verticalScrollBar()->maximum());
        }
    });
    updateCounts();
}

void TrafficPage::addEvents(const QList<TrafficEvent> &events)
{
    if (events.isEmpty()) {
        return;
    }
    if (m_pause->isChecked()) {
        const qsizetype room = MaxHeldEvents - m_held.size();
        m_held.append(events.mid(0, qMax<qsizetype>(0, room)));
        m_droppedWhilePaused += qMax<qsizetype>(0, events.size() - room);
        updateCounts();
        return;
    }
    m_model->addEvents(events);
    if (m_follow->isChecked()) {
        m_table->scrollToBottom();
    }
    if (!m_details->isHidden() && m_details->isInFlight()) {
        updateDetails(); // the selected row may have settled
    }
    updateCounts();
}

int TrafficPage::selectedSourceRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return -1;
    }
    // With several rows selected, the one the user clicked last (the current one) if among them.
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const QModelIndex pick =
        current.isValid() && m_table->selectionModel()->isRowSelected(current.row()) ? current : rows.last();
    return m_filter->mapToSource(pick).row();
}

void TrafficPage::updateDetails()
{
    const int row = selectedSourceRow();
    if (row < 0) {
        m_details->hide();
        m_closeAction->setEnabled(false);
        return;
    }
    m_details->display(m_model->eventAt(row), m_model->detailsDropped(row));
    m_details->show();
    m_closeAction->setEnabled(m_details->isInFlight());
}

void TrafficPage::closeSelected()
{
    const int row = selectedSourceRow();
    if (row < 0 || !m_model->index(row, 0).data(TrafficModel::InFlightRole).toBool()) {
        return;
    }
    Q_EMIT closeConnectionRequested(m_model->index(row, 0).data(TrafficModel::IdRole).toULongLong());
}

void TrafficPage::connectionCloseAnswered(quint64 id, bool closed)
{
    if (closed) {
        return; // its End record settles the row, with "closed by user"
    }
    m_lastExport = tr("Connection #%1 had already ended").arg(id);
    updateCounts();
}

void TrafficPage::updateCounts()
{
    QString text = tr("%n row(s) shown", nullptr, m_filter->rowCount()) + QStringLiteral(" · ") +
                   tr("%n in the table", nullptr, m_model->rowCount());
    if (m_model->evictedRows() > 0) {
        text += QStringLiteral(" · ") +
                tr("%n older row(s) dropped", nullptr, int(qMin<qint64>(m_model->evictedRows(), INT_MAX)));
    }
    if (m_pause->isChecked()) {
        text += QStringLiteral(" · ") + tr("paused, %n event(s) waiting", nullptr, int(m_held.size()));
    }
    if (m_droppedWhilePaused > 0) {
        text += QStringLiteral(" · ") + tr("%n event(s) dropped while paused", nullptr,
                                           int(qMin<qint64>(m_droppedWhilePaused, INT_MAX)));
    }
    if (!m_lastExport.isEmpty()) {
        text += QStringLiteral(" · ") + m_lastExport;
    }
    m_counts->setText(text);
}

QString TrafficPage::countsText() const
{
    return m_counts->text();
}

QList<int> TrafficPage::visibleSourceRows() const
{
    QList<int> rows;
    rows.reserve(m_filter->rowCount());
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        rows.append(m_filter->mapToSource(m_filter->index(r, 0)).row());
    }
    return rows;
}

bool TrafficPage::exportTo(const QString &path)
{
    const QList<int> rows = visibleSourceRows();
    const bool har = path.endsWith(QStringLiteral(".har"), Qt::CaseInsensitive);
    int skipped = 0;
    const QByteArray bytes = har ? m_model->toHar(rows, &skipped) : m_model->toCsv(rows);
    QSaveFile file(path);
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    const QString name = QFileInfo(path).fileName();
    m_lastExport = ok ? exportedText(name, har, int(rows.size()), skipped)
                      : tr("Could not write %1: %2").arg(name, file.errorString());
    updateCounts();
    return ok;
}

QString TrafficPage::exportedText(const QString &name, bool har, int rows, int skipped) const
{
    if (!har) {
        return tr("Exported %n row(s) as CSV to %1", nullptr, rows).arg(name);
    }
    // Tunnels have no request to describe: say how many were left out, never drop them silently.
    QString text = tr("Exported %n request(s) as HAR to %1", nullptr, rows - skipped).arg(name);
    if (skipped > 0) {
        text += QStringLiteral(" · ") +
                tr("%n tunnel row(s) left out (HAR describes plain HTTP only)", nullptr, skipped);
    }
    return text;
}

void TrafficPage::exportWithDialog()
{
    const QString csvFilter = tr("CSV files (*.csv)");
    const QString harFilter = tr("HAR files (*.har)");
    QString selected = csvFilter;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export traffic"), QStringLiteral("veil-traffic.csv"),
                                     csvFilter + QStringLiteral(";;") + harFilter, &selected);
    if (path.isEmpty()) {
        return;
    }
    // The name decides the format; a name without either suffix takes the chosen filter's.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QStringLiteral("csv") && suffix != QStringLiteral("har")) {
        path += selected == harFilter ? QStringLiteral(".har") : QStringLiteral(".csv");
    }
    if (!exportTo(path)) {
        QMessageBox::warning(this, tr("Export traffic"), m_lastExport);
    }
}

} // namespace Veil
