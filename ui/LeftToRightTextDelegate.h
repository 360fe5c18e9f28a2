#pragma once

#include <QStyledItemDelegate>

namespace Veil {

/**
 * Shows cells whose text reads left to right (hosts, paths, URLs, addresses, sizes, exit ids) in
 * left-to-right order when the window is laid out right to left (Persian), still at the cell's
 * leading edge. Without it "/index.html" reads "index.html/" and "us-1" reads "1-us": Qt gives
 * every cell the view's direction as its paragraph direction.
 */
class LeftToRightTextDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LeftToRightTextDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Veil
