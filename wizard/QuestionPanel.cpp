#include "QuestionPanel.h"

#include "StageViewModel.h"
#include "StateIcons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

QuestionPanel::QuestionPanel(StageViewModel *model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_details(new QLabel(this))
    , m_showRaw(new QPushButton(this))
    , m_raw(new QPlainTextEdit(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_buttons(new QHBoxLayout)
{
    setObjectName(u"questionPanel"_s);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"#questionPanel { background: #fff6e0; border: 1px solid #e0a800; "
                  "border-radius: 4px; }"_s);
    m_icon->setPixmap(StateIcons::icon(StateIcons::Kind::Warning).pixmap(24, 24));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setObjectName(u"questionText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_raw->setReadOnly(true);
    m_raw->setMaximumHeight(90);
    m_raw->hide();
    m_showRaw->setFlat(true);
    m_showRaw->setCheckable(true);
    m_reason->setObjectName(u"answerReason"_s);
    m_reasonLabel->setBuddy(m_reason);

    auto *textBox = new QVBoxLayout;
    textBox->addWidget(m_text);
    textBox->addWidget(m_details);
    textBox->addWidget(m_showRaw, 0, Qt::AlignLeft);
    textBox->addWidget(m_raw);
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(m_reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    textBox->addLayout(reasonRow);
    m_buttons->addStretch();
    textBox->addLayout(m_buttons);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(textBox, 1);

    connect(m_showRaw, &QPushButton::toggled, m_raw, &QWidget::setVisible);
    connect(m_reason, &QLineEdit::textChanged, this, &QuestionPanel::updateButtons);
    connect(m_model, &StageViewModel::questionChanged, this, &QuestionPanel::rebuild);
    retranslate();
    rebuild();
}

void QuestionPanel::rebuild()
{
    qDeleteAll(m_answerButtons);
    m_answerButtons.clear();
    m_reason->clear();
    const std::optional<Question> &q = m_model->question();
    setVisible(q.has_value());
    if (!q)
        return;
    m_text->setText(q->text);
    m_details->setVisible(!q->details.isEmpty() && q->kind != Question::Kind::Choice);
    m_details->setText(q->details);
    // A failure's details are raw (tool output): behind a button.
    const bool raw = q->kind == Question::Kind::Choice && !q->details.isEmpty();
    m_showRaw->setVisible(raw);
    m_showRaw->setChecked(false);
    m_raw->setPlainText(raw ? q->details : QString());
    const bool needsReason = !q->choicesNeedingReason.isEmpty() || q->kind == Question::Kind::Text;
    m_reasonLabel->setVisible(needsReason);
    m_reason->setVisible(needsReason);
    m_reasonLabel->setText(q->kind == Question::Kind::Text
                                   ? tr("&Answer:")
                                   : tr("&Reason (needed to skip; it is recorded):"));

    auto add = [this](const QString &value, const QString &label) {
        auto *button = new QPushButton(label, this);
        button->setObjectName(u"answer-"_s + value);
        button->setProperty("answer", value);
        m_buttons->addWidget(button);
        m_answerButtons << button;
        connect(button, &QPushButton::clicked, this, [this, value] {
            const std::optional<Question> &current = m_model->question();
            if (!current)
                return;
            if (current->kind == Question::Kind::Text) {
                if (value == u"no"_s)
                    m_model->decline();
                else
                    m_model->answer(m_reason->text().trimmed());
                return;
            }
            m_model->answer(value, current->choicesNeedingReason.contains(value)
                                           ? m_reason->text().trimmed()
                                           : QString());
        });
    };
    switch (q->kind) {
    case Question::Kind::Confirm:
        add(u"yes"_s, tr("&Yes"));
        add(u"no"_s, tr("&No"));
        break;
    case Question::Kind::Choice:
        for (qsizetype i = 0; i < q->choices.size(); ++i)
            add(q->choices.at(i), q->choiceLabels.value(i, q->choices.at(i)));
        break;
    case Question::Kind::Text:
        add(u"answer"_s, tr("&Go on with this reason"));
        add(u"no"_s, tr("&Stop"));
        break;
    }
    updateButtons();
    if (!m_answerButtons.isEmpty())
        m_answerButtons.first()->setFocus();
}

void QuestionPanel::updateButtons()
{
    const std::optional<Question> &q = m_model->question();
    if (!q)
        return;
    const bool hasReason = !m_reason->text().trimmed().isEmpty();
    for (QPushButton *button : std::as_const(m_answerButtons)) {
        const QString value = button->property("answer").toString();
        const bool needs = q->choicesNeedingReason.contains(value) ||
                           (q->kind == Question::Kind::Text && value == u"answer"_s);
        button->setEnabled(!needs || hasReason);
    }
}

void QuestionPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void QuestionPanel::retranslate()
{
    m_showRaw->setText(tr("Show the details"));
    m_raw->setAccessibleName(tr("Details of the failure"));
    m_reason->setAccessibleName(tr("Reason"));
    setAccessibleName(tr("A question"));
}

} // namespace upgrade::wizard
