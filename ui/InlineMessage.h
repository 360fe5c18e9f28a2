#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QWidget;

namespace Veil::InlineMessage {

/** The colour of refusals and failures (a value rejected, a list that failed to load). */
QColor errorColor();
/** A word-wrapped label in the error colour for "why this value is refused"; hidden while empty. */
QLabel *createProblemLabel(QWidget *parent);
/** Shows @p text in @p label, or hides it when @p text is empty (so it takes no space). */
void show(QLabel *label, const QString &text);

} // namespace Veil::InlineMessage
