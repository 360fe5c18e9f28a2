#pragma once

#include "privacy/PrivacySettings.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Veil {

/**
 * The "Privacy filters" group of the Settings page: Referer policy, Sec-GPC, DNT, tracking
 * parameters, User-Agent override and the sites left alone. Toggles and the combo apply at once;
 * text fields validate as the user types and apply when editing finishes (as the bypass list).
 */
class PrivacySettingsBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrivacySettingsBox)

public:
    explicit PrivacySettingsBox(QWidget *parent = nullptr);
    ~PrivacySettingsBox() override;

    void setSettings(const PrivacySettings &settings);

    QComboBox *refererBox() const { return m_referer; }
    QCheckBox *gpcBox() const { return m_gpc; }
    QCheckBox *dntBox() const { return m_dnt; }
    QCheckBox *stripParamsBox() const { return m_stripParams; }
    QLineEdit *paramsEdit() const { return m_params; }
    QLineEdit *userAgentEdit() const { return m_userAgent; }
    QLineEdit *exceptionsEdit() const { return m_exceptions; }
    QString paramsProblem() const;
    QString userAgentProblem() const;
    QString exceptionsProblem() const;

Q_SIGNALS:
    void changeRequested(const Veil::PrivacySettings &settings);

private:
    void request(const PrivacySettings &next);
    void validateTexts();
    void applyTexts();

    PrivacySettings m_settings;
    bool m_updating = false;
    QComboBox *m_referer;
    QCheckBox *m_gpc;
    QCheckBox *m_dnt;
    QCheckBox *m_stripParams;
    QLineEdit *m_params;
    QLabel *m_paramsProblem;
    QLineEdit *m_userAgent;
    QLabel *m_userAgentProblem;
    QLineEdit *m_exceptions;
    QLabel *m_exceptionsProblem;
};

} // namespace Veil
