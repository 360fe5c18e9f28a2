#include "InlineMessage.h"

#include <QLabel>

namespace Veil::InlineMessage {

QColor errorColor()
{
    return {0xc6, 0x28, 0x28};
}

QLabel *createProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(errorColor().name()));
    label->hide();
    return label;
}

void show(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace Veil::InlineMessage
