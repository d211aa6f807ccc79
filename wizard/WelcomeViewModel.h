#pragma once

#include <QObject>
#include <QString>

namespace upgrade::wizard {

/// State behind the Welcome page: how the upgrade will be done and in which language.
/// Lives in the UI thread; the page binds to its properties and signals.
class WelcomeViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
public:
    enum Mode { OnPremise, Cloud, Sandbox };
    Q_ENUM(Mode)

    explicit WelcomeViewModel(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QString language() const { return m_language; }
    /// Switches the program's language ("ru" or "en") at once; every page re-translates.
    void setLanguage(const QString &language);

signals:
    void modeChanged(upgrade::wizard::WelcomeViewModel::Mode mode);
    void languageChanged(const QString &language);

private:
    Mode m_mode = OnPremise;
    QString m_language;
};

} // namespace upgrade::wizard
