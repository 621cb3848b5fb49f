#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QLabel;
class QPushButton;

// Tools ▸ Settings: the user's preferences, stored in QSettings. Today the language only.
// Widgets take their translated text when they are built, so a new language applies at the next
// start; the dialog says so and offers to restart SockLab at once.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    // running: the language this process shows (LanguageChoice::installed()); systemLanguages:
    // QLocale::system().uiLanguages(), to name what "System default" means here.
    SettingsDialog(const QString& running, const QStringList& systemLanguages, QWidget* parent = nullptr);

    // The language chosen in the combo: a LanguageChoice code, or "" for the system's.
    [[nodiscard]] QString chosenLanguage() const;

    // The arguments a restart passes on: this run's, minus --language (it would override the
    // language just chosen) and the program name.
    [[nodiscard]] static QStringList argumentsForRestart(const QStringList& arguments);

signals:
    // Saved, and the user asked for a restart now: the window closes as Quit does and starts again.
    void restartRequested();

private:
    void updateRestartNote();
    void save();

    QString m_running;
    QStringList m_systemLanguages;
    QComboBox* m_language = nullptr;
    QLabel* m_restartNote = nullptr;
    QPushButton* m_restartButton = nullptr;
};
