#include "ui/reply_mode_editor.h"

#include "ui/open_spec_parser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Mode = ReplySpec::Mode;

bool takesText(Mode mode) {
    return mode == Mode::Text || mode == Mode::Hex;
}

std::size_t typedSlot(Mode mode) {
    return mode == Mode::Hex ? 1 : 0;
}

} // namespace

ReplyModeEditor::ReplyModeEditor(QWidget* parent) : QWidget(parent) {
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"replyMode"_s);
    m_mode->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_mode->addItem(tr("None"), static_cast<int>(Mode::None));
    m_mode->setItemData(0, tr("Receive only: the server never answers"), Qt::ToolTipRole);
    m_mode->addItem(tr("Echo"), static_cast<int>(Mode::Echo));
    m_mode->setItemData(1, tr("Every chunk is sent back as it came"), Qt::ToolTipRole);
    m_mode->addItem(tr("Upper-case"), static_cast<int>(Mode::Upper));
    m_mode->setItemData(2, tr("Every chunk is sent back upper-cased (ASCII), like the tutorial's server"),
                        Qt::ToolTipRole);
    m_mode->addItem(tr("Fixed text"), static_cast<int>(Mode::Text));
    m_mode->setItemData(3, tr("Every chunk is answered with the same text"), Qt::ToolTipRole);
    m_mode->addItem(tr("Fixed hex"), static_cast<int>(Mode::Hex));
    m_mode->setItemData(4, tr("Every chunk is answered with the same bytes"), Qt::ToolTipRole);
    m_mode->addItem(tr("Chat room"), static_cast<int>(Mode::ChatRoom));
    m_mode->setItemData(5,
                        tr("Every line a client sends goes to all the other clients, prefixed by its sender"),
                        Qt::ToolTipRole);
    m_mode->addItem(tr("Demo commands"), static_cast<int>(Mode::Demo));
    m_mode->setItemData(6,
                        tr("The framing lab: answers help, date, echo, big N, ls, whoami with canned output "
                           "(nothing runs) in two unframed sends, so big replies arrive split and glued"),
                        Qt::ToolTipRole);
    m_mode->addItem(tr("Demo commands, length-prefixed"), static_cast<int>(Mode::DemoFramed));
    m_mode->setItemData(
        7, tr("The same commands, each message framed with struct.pack('>I', len): nothing sticks"),
        Qt::ToolTipRole);

    m_text = new QLineEdit(this);
    m_text->setObjectName(u"replyText"_s);
    m_text->setClearButtonEnabled(true);

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"replyProblem"_s);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    QFont bold = m_problemLabel->font();
    bold.setBold(true);
    m_problemLabel->setFont(bold);
    m_problemLabel->setVisible(false);

    auto* label = new QLabel(tr("&Reply:"), this);
    label->setBuddy(m_mode);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_mode);
    row->addWidget(m_text, 1);
    // Takes the width while the text field is hidden, so the combo keeps its own size.
    row->addStretch(0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_problemLabel);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &ReplyModeEditor::modeChanged);
    connect(m_text, &QLineEdit::textChanged, this, &ReplyModeEditor::textEdited);
    modeChanged();
}

ReplyModeEditor::~ReplyModeEditor() = default;

ReplySpec::Mode ReplyModeEditor::currentMode() const {
    return static_cast<Mode>(m_mode->currentData().toInt());
}

void ReplyModeEditor::setReply(const ReplySpec& reply) {
    if (takesText(reply.mode)) m_typed[typedSlot(reply.mode)] = reply.typed;
    {
        const QSignalBlocker blocker(m_mode);
        m_mode->setCurrentIndex(m_mode->findData(static_cast<int>(reply.mode)));
    }
    modeChanged();
}

void ReplyModeEditor::modeChanged() {
    const Mode mode = currentMode();
    m_text->setEnabled(takesText(mode));
    m_text->setVisible(takesText(mode));
    {
        const QSignalBlocker blocker(m_text);
        m_text->setText(takesText(mode) ? m_typed[typedSlot(mode)] : QString());
    }
    if (mode == Mode::Hex) {
        m_text->setPlaceholderText(tr("Bytes in hex: de ad be ef, de:ad, 0xde"));
        m_text->setToolTip(tr("The reply as hex bytes; spaces and colons between bytes are allowed"));
    } else {
        m_text->setPlaceholderText(tr("Text; escapes allowed: \\n \\r \\t \\x41"));
        m_text->setToolTip(tr("The reply as UTF-8 text; \\n, \\r, \\t, \\\\ and \\xHH are escapes"));
    }
    check();
}

void ReplyModeEditor::textEdited() {
    const Mode mode = currentMode();
    if (takesText(mode)) m_typed[typedSlot(mode)] = m_text->text();
    check();
}

void ReplyModeEditor::check() {
    // The same words `--open ... reply=...` takes, so both paths agree on what is valid.
    const Mode mode = currentMode();
    QString text;
    switch (mode) {
    case Mode::None:
        text = u"none"_s;
        break;
    case Mode::Echo:
        text = u"echo"_s;
        break;
    case Mode::Upper:
        text = u"upper"_s;
        break;
    case Mode::Text:
        text = u"text:"_s + m_text->text();
        break;
    case Mode::Hex:
        text = u"hex:"_s + m_text->text();
        break;
    case Mode::ChatRoom:
        text = u"chat"_s;
        break;
    case Mode::Demo:
        text = u"demo"_s;
        break;
    case Mode::DemoFramed:
        text = u"demo-framed"_s;
        break;
    }
    auto parsed = OpenSpecParser::parseReply(text);
    QString why;
    if (!parsed)
        why = parsed.error().message; // "hex: column 3: ..." names the column
    else if (takesText(mode) && parsed->bytes.isEmpty())
        why = mode == Mode::Hex ? tr("enter the bytes to answer with") : tr("enter the text to answer with");
    m_problem = why.isEmpty() ? QString() : tr("Not applied, the server answers as before: %1").arg(why);
    const bool applied = m_problem.isEmpty() && *parsed != m_applied;
    if (applied) m_applied = *parsed;
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    if (applied) emit replyChanged(m_applied);
}

void ReplyModeEditor::setStreamModesAvailable(bool available) {
    // Datagram servers have no connections to relay between or to frame commands on: they hide
    // these modes (added in the constructor, in this order, after the stateless ones).
    for (const Mode mode : {Mode::ChatRoom, Mode::Demo, Mode::DemoFramed}) {
        const int index = m_mode->findData(static_cast<int>(mode));
        if (available || index < 0) continue;
        if (m_mode->currentIndex() == index) m_mode->setCurrentIndex(0);
        m_mode->removeItem(index);
    }
}
