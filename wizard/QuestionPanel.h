#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace upgrade::wizard {

class StageViewModel;

/// The question a stage waits on, in place (no modal dialog): its text, what each answer
/// does, the raw details one click away, and a button per answer — Retry / Skip / Abort when
/// a test step failed, Retry / Roll back on production, Yes / No for a confirmation — with a
/// reason field where the answer needs one (Skip). Buttons are named "answer-<value>".
/// Hidden while nothing is asked. A view of StageViewModel.
class QuestionPanel : public QFrame
{
    Q_OBJECT
public:
    explicit QuestionPanel(StageViewModel *model, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void updateButtons();
    void retranslate();

    StageViewModel *m_model;
    QLabel *m_icon;
    QLabel *m_text;
    QLabel *m_details;
    QPushButton *m_showRaw;
    QPlainTextEdit *m_raw;
    QLabel *m_reasonLabel;
    QLineEdit *m_reason;
    QHBoxLayout *m_buttons;
    QList<QPushButton *> m_answerButtons;
};

} // namespace upgrade::wizard
