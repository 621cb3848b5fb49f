#include "ui/plain_label.h"

PlainLabel::PlainLabel(const QString& objectName, QWidget* parent, int style) : QLabel(parent) {
    setObjectName(objectName);
    setTextFormat(Qt::PlainText);
    if (style & Selectable) setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (style & Bold) {
        QFont bold = font();
        bold.setBold(true);
        setFont(bold);
    }
}
