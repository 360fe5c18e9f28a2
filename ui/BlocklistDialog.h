#pragma once

#include "rules/Rule.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Veil {

/**
 * Adds or edits one blocklist: its name (what `list` rules and the log call it), its source (a
 * local file, or the http(s) address of a subscription with its refresh interval), whether it
 * blocks by itself or only serves rules, and how "$third-party" filters treat requests whose party
 * is unknown. Validates as the user types; OK stays disabled until the file can be read or the
 * address is usable.
 */
class BlocklistDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BlocklistDialog)

public:
    /** @p takenNames: names of the other lists. */
    explicit BlocklistDialog(const QStringList &takenNames, QWidget *parent = nullptr);

    void setList(const BlocklistConfig &list);
    BlocklistConfig list() const { return m_list; }
    bool isValid() const { return m_valid; }
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *pathEdit() const { return m_path; }
    QCheckBox *blockBox() const { return m_block; }
    QSpinBox *refreshBox() const { return m_refresh; }

private:
    void validate();
    void browse();
    static bool isUrl(const QString &source);

    QStringList m_taken;
    BlocklistConfig m_list;
    BlocklistConfig m_original; ///< the list being edited (empty when adding)
    bool m_valid = false;
    bool m_nameEdited = false;
    QLineEdit *m_name;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QSpinBox *m_refresh;
    QCheckBox *m_block;
    QCheckBox *m_thirdParty;
    QCheckBox *m_enabled;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Veil
