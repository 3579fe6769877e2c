#include "SnippetDelegate.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHeaderView>
#include <QPainter>
#include <QTextDocument>
#include <QTreeView>

namespace abri::ui {

namespace {

constexpr int Margin = 3;

void prepare(QTextDocument& document, const QStyleOptionViewItem& option, const QString& html, int width)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(Margin);
    document.setHtml(html);
    document.setTextWidth(width);
}

} // namespace

void SnippetDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString html = index.data(HtmlRole).toString();
    if (html.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The background, selection and focus as for any cell, then the rich text over it.
    opt.text.clear();
    const QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument document;
    prepare(document, opt, html, opt.rect.width());
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = (opt.state & QStyle::State_Selected) != 0;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString html = index.data(HtmlRole).toString();
    if (html.isEmpty()) {
        return QStyledItemDelegate::sizeHint(option, index);
    }
    QTextDocument document;
    // Wrapped to the column: tree views do not pass its width in the option.
    int width = option.rect.width();
    if (const auto* tree = qobject_cast<const QTreeView*>(option.widget)) {
        width = tree->header()->sectionSize(index.column());
    }
    width = width > 40 ? width : 480;
    prepare(document, option, html, width);
    return {width, static_cast<int>(document.size().height())};
}

} // namespace abri::ui
