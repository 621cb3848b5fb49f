#pragma once

#include <QLabel>

/// A QLabel that only ever shows plain text: peer addresses, OS messages and received bytes reach
/// labels, and a peer must not be able to inject markup (QLabel's AutoText would render "<b>").
class PlainLabel : public QLabel {
    Q_OBJECT
public:
    enum Style { Normal = 0, Bold = 1, Selectable = 2 };

    PlainLabel(const QString& objectName, QWidget* parent, int style = Normal);
};
