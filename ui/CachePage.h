#pragma once

#include "config/Settings.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace Veil {

class Engine;

/**
 * The Cache page: how full the HTTP cache is and how well it works (entries, bytes of the budget,
 * hit ratio, revalidations, bytes saved), and its controls: on/off, budget, clear on exit, the
 * sites it never caches, clear one site, clear everything. Setting changes are requested with the
 * whole new Settings (the window applies and saves them); clearing acts on the engine directly.
 */
class CachePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachePage)

public:
    explicit CachePage(QWidget *parent = nullptr);
    ~CachePage() override;

    void setSettings(const Settings &settings);
    void setEngine(Engine *engine) { m_engine = engine; }
    /** Once a second: the store's and the engine's numbers. */
    void refresh();

    /** Adds a host to the bypass list; false (with message()) when it is not a host name. */
    bool addBypassHost(const QString &host);
    void removeBypassHost(const QString &host);
    /** Deletes the cached responses of @p host and its subdomains; returns how many. */
    int clearSite(const QString &host);
    void clearAll();
    QString message() const;

    QCheckBox *enabledBox() const { return m_enabled; }
    QSpinBox *budgetBox() const { return m_budget; }
    QListWidget *bypassList() const { return m_bypass; }
    QLabel *statsLabel() const { return m_stats; }

Q_SIGNALS:
    void settingsChangeRequested(const Veil::Settings &settings);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void request(const Settings &settings);
    void showMessage(const QString &text, bool error);

    Engine *m_engine = nullptr;
    Settings m_settings;
    QCheckBox *m_enabled;
    QSpinBox *m_budget;
    QCheckBox *m_clearOnExit;
    QLabel *m_directory;
    QProgressBar *m_fill;
    QLabel *m_stats;
    QListWidget *m_bypass;
    QLineEdit *m_bypassInput;
    QLineEdit *m_siteInput;
    QLabel *m_message;
};

} // namespace Veil
