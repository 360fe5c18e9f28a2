#pragma once

#include "config/Settings.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;

namespace Veil {

class Engine;
class SecretStore;

/**
 * The Exits page: regions (with flags) and their selection policy, the exits of the selected
 * region with health, delay, public address and country, and add / edit / remove / enable,
 * import from a file, and "test all". Structural changes are requested with the whole new
 * Settings (the window applies and saves them); passwords go to the keychain (key exit/<id>)
 * before the change is requested, so the engine finds them.
 */
class ExitsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExitsPage)

public:
    explicit ExitsPage(QWidget *parent = nullptr);
    ~ExitsPage() override;

    void setSettings(const Settings &settings);
    /** Once a second: health, delay and addresses from the engine. */
    void refresh(const Engine &engine);

    /** Adds @p exit (and stores @p password when not empty); what the Add dialog does. */
    void addExit(const Exit &exit, const QString &password);
    /** Replaces the exit with @p exit's id. */
    void updateExit(const Exit &exit, const QString &password);
    void removeExit(const QString &id);
    void setPolicy(const QString &region, SelectionPolicy policy);
    /** Adds the exits of a URL list file; returns the report text shown to the user. */
    QString importFile(const QString &path);

    QListWidget *regionList() const { return m_regions; }
    QTableWidget *exitTable() const { return m_table; }
    QString message() const;

Q_SIGNALS:
    void settingsChangeRequested(const Veil::Settings &settings);
    /** "Test all": probe every exit and check its address now. */
    void testRequested();

private:
    void request(Settings settings);
    void storePassword(const QString &id, const QString &password, const Settings &after);
    void showRegion();
    QString selectedRegion() const;
    QString selectedExitId() const;
    void editSelected();

    Settings m_settings;
    QListWidget *m_regions;
    QComboBox *m_policy;
    QTableWidget *m_table;
    QLabel *m_message;
    SecretStore *m_secrets;
    bool m_updating = false;
};

} // namespace Veil
