#pragma once

#include "exits/Exit.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Veil {

/**
 * Adds or edits one exit: URL (http://, https:// or socks5://, with an optional user), name,
 * region, enabled, and the password, which goes to the keychain, never to the config file. The
 * OK button stays disabled while the input is invalid, and a line under the fields says why.
 */
class ExitDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExitDialog)

public:
    /** @p takenIds: ids of the other exits (an edited exit keeps its own id). */
    explicit ExitDialog(const QStringList &takenIds, QWidget *parent = nullptr);

    void setExit(const Exit &exit);
    /** The exit as entered (valid only when isValid()). */
    Exit exit() const { return m_exit; }
    /** Empty: leave the stored password as it is. */
    QString password() const;
    bool isValid() const { return m_valid; }
    QString problem() const;

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *regionEdit() const { return m_region; }
    QLineEdit *passwordEdit() const { return m_password; }

private:
    void validate();

    QStringList m_taken;
    QString m_keptId; ///< the id of the exit being edited
    Exit m_exit;
    bool m_valid = false;
    QLineEdit *m_url;
    QLineEdit *m_name;
    QLineEdit *m_region;
    QLineEdit *m_password;
    QCheckBox *m_enabled;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Veil
