#pragma once

#include <QStyledItemDelegate>

namespace abri::ui {

// Draws a cell's HtmlRole text as rich text (a search snippet with its matched words in bold), wrapped to the
// column. The HTML comes from PeoplePage::snippetToHtml, which escapes everything else.
class SnippetDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int HtmlRole = Qt::UserRole + 20;

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace abri::ui
