#include "LeftToRightTextDelegate.h"

#include <QStyle>

namespace Veil {

void LeftToRightTextDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (option->direction == Qt::RightToLeft && !option->text.isRightToLeft()) {
        // Keep the mirrored position (the leading edge is on the right), lay the text out LTR.
        option->displayAlignment =
            QStyle::visualAlignment(Qt::RightToLeft, option->displayAlignment) | Qt::AlignAbsolute;
        option->direction = Qt::LeftToRight;
    }
}

} // namespace Veil
