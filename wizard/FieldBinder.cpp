#include "FieldBinder.h"

#include "ProfileViewModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

FieldBinder::FieldBinder(ProfileViewModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
    connect(m_model, &ProfileViewModel::documentReset, this, [this] {
        refreshValues();
        refreshProblems();
    });
    connect(m_model, &ProfileViewModel::problemsChanged, this, &FieldBinder::refreshProblems);
    connect(m_model, &ProfileViewModel::valueChanged, this, [this](const QString &path) {
        // Another field may have changed this one (hosting puts sections aside).
        if (path.endsWith(u".hosting"_s))
            refreshValues();
    });
}

QLabel *FieldBinder::errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"fieldError"_s);
    label->setWordWrap(true);
    label->setStyleSheet(u"color: #b01e1e;"_s);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

QWidget *FieldBinder::wrap(QWidget *editor, QLabel *error)
{
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(error);
    error->setParent(box);
    return box;
}

QWidget *FieldBinder::text(const QString &path, QLineEdit *edit)
{
    edit->setObjectName(path);
    QLabel *error = errorLabel(edit);
    m_bindings.append({path, edit, nullptr, error});
    m_paths << path;
    edit->setText(m_model->text(path));
    connect(edit, &QLineEdit::textEdited, this, [this, path](const QString &value) {
        m_updating = true;
        m_model->setText(path, value);
        m_updating = false;
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, path] { m_model->touch(path); });
    return wrap(edit, error);
}

QWidget *FieldBinder::choice(const QString &path, QComboBox *combo)
{
    combo->setObjectName(path);
    QLabel *error = errorLabel(combo);
    m_bindings.append({path, nullptr, combo, error});
    m_paths << path;
    combo->setCurrentIndex(std::max(0, combo->findData(m_model->text(path))));
    connect(combo, &QComboBox::activated, this, [this, path, combo](int index) {
        m_updating = true;
        m_model->setText(path, combo->itemData(index).toString());
        m_updating = false;
    });
    return wrap(combo, error);
}

QWidget *FieldBinder::secret(const QString &key, QLineEdit *edit)
{
    edit->setObjectName(u"secret:"_s + key);
    edit->setEchoMode(QLineEdit::Password);
    edit->setText(m_model->typedSecret(key));
    connect(edit, &QLineEdit::textEdited, this,
            [this, key](const QString &value) { m_model->setSecret(key, value); });
    return edit;
}

QWidget *FieldBinder::custom(const QString &path, QWidget *editor)
{
    QLabel *error = errorLabel(editor);
    m_bindings.append({path, nullptr, nullptr, error});
    m_paths << path;
    return wrap(editor, error);
}

QLabel *FieldBinder::sectionErrors(const QString &path, QWidget *parent)
{
    QLabel *error = errorLabel(parent);
    m_bindings.append({path, nullptr, nullptr, error});
    m_paths << path;
    return error;
}

int FieldBinder::visibleProblemCount(const QString &prefix) const
{
    int n = 0;
    for (const Binding &b : m_bindings)
        if (b.path.startsWith(prefix))
            n += int(m_model->visibleMessagesAt(b.path).size());
    return n;
}

QWidget *FieldBinder::firstProblemWidget() const
{
    for (const Binding &b : m_bindings) {
        if (m_model->visibleMessagesAt(b.path).isEmpty())
            continue;
        if (b.edit)
            return b.edit;
        if (b.combo)
            return b.combo;
        return b.error;
    }
    return nullptr;
}

void FieldBinder::refreshValues()
{
    if (m_updating)
        return;
    for (const Binding &b : std::as_const(m_bindings)) {
        if (b.edit && b.edit->text() != m_model->text(b.path))
            b.edit->setText(m_model->text(b.path));
        if (b.combo)
            b.combo->setCurrentIndex(std::max(0, b.combo->findData(m_model->text(b.path))));
    }
}

void FieldBinder::refreshProblems()
{
    for (const Binding &b : std::as_const(m_bindings)) {
        const QStringList messages = m_model->visibleMessagesAt(b.path);
        b.error->setText(messages.join(u'\n'));
        b.error->setVisible(!messages.isEmpty());
        QWidget *editor = b.edit ? static_cast<QWidget *>(b.edit) : b.combo;
        if (editor) {
            editor->setAccessibleDescription(messages.join(u' '));
            editor->setToolTip(messages.join(u'\n'));
        }
    }
}

} // namespace upgrade::wizard
