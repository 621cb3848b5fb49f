#include "ui/settings_dialog.h"

#include "ui/language_choice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SettingsDialog::SettingsDialog(const QString& running, const QStringList& systemLanguages, QWidget* parent)
    : QDialog(parent), m_running(running), m_systemLanguages(systemLanguages) {
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageCombo"_s);
    // "System default" says which language that is on this machine, so choosing it is not a guess.
    m_language->addItem(tr("System default (%1)")
                            .arg(LanguageChoice::nativeName(LanguageChoice::forSystem(m_systemLanguages))),
                        QString());
    // Each language in its own words, untranslated: a reader of that language must find it in any UI.
    for (const auto& language : LanguageChoice::languages())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(LanguageChoice::saved())));

    m_restartNote = new QLabel(tr("SockLab will use this language after a restart."), this);
    m_restartNote->setObjectName(u"restartNote"_s);
    m_restartNote->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_restartButton = buttons->addButton(tr("&Restart Now"), QDialogButtonBox::AcceptRole);
    m_restartButton->setObjectName(u"restartButton"_s);
    m_restartButton->setToolTip(tr("Save, close SockLab as Quit does and start it again"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Not through accepted(): which button was clicked matters.
    connect(m_restartButton, &QPushButton::clicked, this, [this] {
        LanguageChoice::save(chosenLanguage());
        accept();
        emit restartRequested();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartNote);
    layout->addStretch();
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRestartNote);
    updateRestartNote();
}

QString SettingsDialog::chosenLanguage() const {
    return m_language->currentData().toString();
}

QStringList SettingsDialog::argumentsForRestart(const QStringList& arguments) {
    QStringList kept;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == u"--language"_s || argument == u"-language"_s) {
            ++i; // and its value
            continue;
        }
        if (argument.startsWith(u"--language="_s) || argument.startsWith(u"-language="_s)) continue;
        kept << argument;
    }
    return kept;
}

void SettingsDialog::updateRestartNote() {
    // Only a change of the language shown needs a restart; choosing what is already shown does not.
    const bool changes = LanguageChoice::resolve(chosenLanguage(), m_systemLanguages) != m_running;
    m_restartNote->setVisible(changes);
    m_restartButton->setEnabled(changes);
}

void SettingsDialog::save() {
    LanguageChoice::save(chosenLanguage());
    accept();
}
