#pragma once

#include "rules/Rule.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Veil {

/**
 * Adds or edits one blocklist: its name (what `list` rules and the log call it), its source (a
 * local file for now; a subscription URL will be a second kind of source), whether it blocks by
 * itself or only serves rules, and how "$third-party" filters treat requests whose party is
 * unknown. Validates as the user types; OK stays disabled until the file can be read.
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

private:
    void validate();
    void browse();

    QStringList m_taken;
    BlocklistConfig m_list;
    bool m_valid = false;
    bool m_nameEdited = false;
    QLineEdit *m_name;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QCheckBox *m_block;
    QCheckBox *m_thirdParty;
    QCheckBox *m_enabled;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace Veil
