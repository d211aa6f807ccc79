#include "EnvironmentForm.h"

#include "ConnectionChecksViewModel.h"
#include "FieldBinder.h"
#include "ProfileViewModel.h"
#include "StateIcons.h"

#include "profile/SecretKeys.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

namespace {

constexpr int SecretBase = 1000; // row keys of secrets: "secret:<kind>"

QString secretRowKey(int kind)
{
    return u"secret:%1"_s.arg(kind);
}

} // namespace

EnvironmentForm::EnvironmentForm(EnvironmentKind environment, ProfileViewModel *profile,
                                 ConnectionChecksViewModel *checks, FieldBinder *binder,
                                 QWidget *parent)
    : QWidget(parent)
    , m_environment(environment)
    , m_profile(profile)
    , m_checks(checks)
    , m_binder(binder)
    , m_siteGroup(new QGroupBox(this))
    , m_databaseGroup(new QGroupBox(this))
    , m_onecGroup(new QGroupBox(this))
    , m_siteForm(new QFormLayout)
    , m_databaseForm(new QFormLayout)
    , m_onecForm(new QFormLayout)
    , m_hosting(new QComboBox)
    , m_databaseKind(new QComboBox)
    , m_tool(new QComboBox)
{
    setObjectName(u"environmentForm-"_s + toString(environment));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_binder->sectionErrors(prefix(), this));
    for (auto [group, form, section] : {std::tuple{m_siteGroup, m_siteForm, QString()},
                                        std::tuple{m_databaseGroup, m_databaseForm, u"database"_s},
                                        std::tuple{m_onecGroup, m_onecForm, u"onec"_s}}) {
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        auto *box = new QVBoxLayout(group);
        if (!section.isEmpty())
            box->addWidget(m_binder->sectionErrors(prefix() + u'.' + section, group));
        else
            box->addWidget(m_binder->sectionErrors(prefix() + u".site"_s, group));
        box->addLayout(form);
        layout->addWidget(group);
    }
    layout->addStretch();

    // The BPMSoft site.
    for (const char16_t *value : {u"iis-netframework", u"netcore-linux", u"cloud", u"sandbox"})
        m_hosting->addItem({}, QString::fromUtf16(value));
    addRow(m_siteForm, u"siteUrl"_s, new QLineEdit);
    addRow(m_siteForm, u"hosting"_s, m_hosting);
    addRow(m_siteForm, u"userName"_s, new QLineEdit);
    addSecretRow(m_siteForm, SecretKeys::Site);
    addRow(m_siteForm, u"site.folder"_s, new QLineEdit);
    addRow(m_siteForm, u"site.iisSiteName"_s, new QLineEdit);
    addRow(m_siteForm, u"site.appPoolName"_s, new QLineEdit);
    addRow(m_siteForm, u"site.hostName"_s, new QLineEdit);
    addRow(m_siteForm, u"site.port"_s, new QLineEdit);
    addRow(m_siteForm, u"site.serviceName"_s, new QLineEdit);
    addRow(m_siteForm, u"site.redisDb"_s, new QLineEdit);
    addRow(m_siteForm, u"tlsCertificateSha256"_s, new QLineEdit);
    addCheck(m_siteGroup, m_siteForm, ConnectionChecker::Part::Site);

    // The database.
    for (const char16_t *value : {u"mssql", u"postgresql", u"sqlite"})
        m_databaseKind->addItem({}, QString::fromUtf16(value));
    addRow(m_databaseForm, u"database.kind"_s, m_databaseKind);
    addRow(m_databaseForm, u"database.host"_s, new QLineEdit);
    addRow(m_databaseForm, u"database.port"_s, new QLineEdit);
    addRow(m_databaseForm, u"database.name"_s, new QLineEdit);
    addRow(m_databaseForm, u"database.user"_s, new QLineEdit);
    addSecretRow(m_databaseForm, SecretKeys::Database);
    addRow(m_databaseForm, u"database.odbcDriver"_s, new QLineEdit);
    addRow(m_databaseForm, u"database.path"_s, new QLineEdit);
    addRow(m_databaseForm, u"database.backupFolder"_s, new QLineEdit);
    addCheck(m_databaseGroup, m_databaseForm, ConnectionChecker::Part::Database);

    // The 1C infobase.
    m_tool->addItem({}, QString());
    m_tool->addItem({}, u"ibcmd"_s);
    addRow(m_onecForm, u"onec.filePath"_s, new QLineEdit);
    addRow(m_onecForm, u"onec.server"_s, new QLineEdit);
    addRow(m_onecForm, u"onec.infobaseName"_s, new QLineEdit);
    addRow(m_onecForm, u"onec.tool"_s, m_tool);
    addRow(m_onecForm, u"onec.executable"_s, new QLineEdit);
    addRow(m_onecForm, u"onec.user"_s, new QLineEdit);
    addSecretRow(m_onecForm, SecretKeys::OneC);
    addRow(m_onecForm, u"onec.odataUrl"_s, new QLineEdit);
    addRow(m_onecForm, u"onec.odataUser"_s, new QLineEdit);
    addSecretRow(m_onecForm, SecretKeys::OData);
    addRow(m_onecForm, u"onec.rasAddress"_s, new QLineEdit);
    addRow(m_onecForm, u"onec.clusterUser"_s, new QLineEdit);
    addSecretRow(m_onecForm, SecretKeys::Cluster);
    addCheck(m_onecGroup, m_onecForm, ConnectionChecker::Part::OneC);

    connect(m_profile, &ProfileViewModel::valueChanged, this, [this](const QString &path) {
        if (path.startsWith(prefix()) &&
            (path.endsWith(u".hosting"_s) || path.endsWith(u".database.kind"_s)))
            updateVisibility();
    });
    connect(m_profile, &ProfileViewModel::documentReset, this, &EnvironmentForm::updateVisibility);
    connect(m_checks, &ConnectionChecksViewModel::stateChanged, this,
            [this](EnvironmentKind env, ConnectionChecker::Part part) {
                if (env == m_environment)
                    updateCheck(part);
            });
    retranslate();
    updateVisibility();
}

QString EnvironmentForm::prefix() const
{
    return u"environments."_s + toString(m_environment);
}

QWidget *EnvironmentForm::withBrowse(QLineEdit *edit, bool folder)
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(edit, 1);
    auto *browse = new QPushButton(box);
    browse->setProperty("folder", folder);
    m_browseButtons << browse;
    row->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, folder] {
        const QString chosen =
                folder ? QFileDialog::getExistingDirectory(this, tr("Choose a folder"),
                                                           edit->text())
                       : QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text());
        if (chosen.isEmpty())
            return;
        edit->setText(QDir::toNativeSeparators(chosen));
        emit edit->textEdited(edit->text());
    });
    return box;
}

EnvironmentForm::Row EnvironmentForm::addRow(QFormLayout *form, const QString &key, QWidget *editor)
{
    const QString path = prefix() + u'.' + key;
    QWidget *field = nullptr;
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        const bool folder = key == u"site.folder"_s || key == u"onec.filePath"_s ||
                            key == u"database.backupFolder"_s;
        const bool file = key == u"database.path"_s || key == u"onec.executable"_s;
        field = m_binder->text(path, edit);
        if (folder || file) {
            // The browse button sits beside the edit; the error label stays below both.
            auto *layout = static_cast<QVBoxLayout *>(field->layout());
            layout->removeWidget(edit);
            layout->insertWidget(0, withBrowse(edit, folder));
        }
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        field = m_binder->choice(path, combo);
    }
    auto *label = new QLabel;
    label->setBuddy(editor);
    form->addRow(label, field);
    const Row row{label, field};
    m_rows.insert(key, row);
    return row;
}

EnvironmentForm::Row EnvironmentForm::addSecretRow(QFormLayout *form, int secretKind)
{
    auto *edit = new QLineEdit;
    QWidget *field =
            m_binder->secret(SecretKeys::key(m_environment, SecretKeys::Kind(secretKind)), edit);
    auto *label = new QLabel;
    label->setBuddy(edit);
    form->addRow(label, field);
    const Row row{label, field};
    m_rows.insert(secretRowKey(SecretBase + secretKind), row);
    return row;
}

void EnvironmentForm::addCheck(QGroupBox *group, QFormLayout *form, ConnectionChecker::Part part)
{
    auto *button = new QPushButton(group);
    button->setObjectName(u"check-%1-%2"_s.arg(toString(m_environment)).arg(int(part)));
    auto *icon = new QLabel(group);
    icon->setFixedSize(18, 18);
    auto *result = new QLabel(group);
    result->setWordWrap(true);
    result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout;
    row->addWidget(button, 0, Qt::AlignTop);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(result, 1);
    form->addRow(row);
    button->setEnabled(m_checks->isAvailable());
    connect(button, &QPushButton::clicked, this,
            [this, part] { m_checks->check(m_environment, part); });
    m_checkWidgets.append({part, button, icon, result});
    updateCheck(part);
}

void EnvironmentForm::updateCheck(ConnectionChecker::Part part)
{
    using Status = ConnectionChecksViewModel::Status;
    for (const Check &c : std::as_const(m_checkWidgets)) {
        if (c.part != part)
            continue;
        const ConnectionChecksViewModel::CheckState s = m_checks->state(m_environment, part);
        StateIcons::Kind kind = StateIcons::Kind::Pending;
        QString text = s.message;
        switch (s.status) {
        case Status::NotChecked:
            text = m_checks->isAvailable() ? QString() : tr("Checking is not available.");
            break;
        case Status::Checking:
            kind = StateIcons::Kind::Running;
            text = tr("Checking…");
            break;
        case Status::Ok:
            kind = StateIcons::Kind::Done;
            break;
        case Status::Warning:
            kind = StateIcons::Kind::Warning;
            break;
        case Status::Failed:
            kind = StateIcons::Kind::Failed;
            break;
        }
        c.icon->setPixmap(s.status == Status::NotChecked ? QPixmap()
                                                         : StateIcons::icon(kind).pixmap(16, 16));
        c.result->setText(text);
        c.result->setToolTip(s.details);
        c.button->setEnabled(m_checks->isAvailable() && s.status != Status::Checking);
        c.button->setAccessibleDescription(text);
    }
}

void EnvironmentForm::updateVisibility()
{
    const QString hosting = m_profile->text(prefix() + u".hosting"_s);
    const QString kind = m_profile->text(prefix() + u".database.kind"_s);
    const bool iis = hosting == u"iis-netframework"_s;
    const bool netcore = hosting == u"netcore-linux"_s;
    const bool cloud = hosting == u"cloud"_s;
    const bool server = kind == u"postgresql"_s || kind == u"mssql"_s;
    auto show = [this](const QString &key, bool visible) {
        const Row row = m_rows.value(key);
        if (!row.label)
            return;
        for (QFormLayout *form : {m_siteForm, m_databaseForm, m_onecForm})
            if (form->indexOf(row.field) >= 0)
                form->setRowVisible(row.field, visible);
    };
    show(u"site.folder"_s, iis || netcore);
    show(u"site.iisSiteName"_s, iis);
    show(u"site.appPoolName"_s, iis);
    show(u"site.hostName"_s, iis);
    show(u"site.port"_s, iis || netcore);
    show(u"site.serviceName"_s, netcore);
    show(u"site.redisDb"_s, iis || netcore);
    m_databaseGroup->setVisible(!cloud);
    show(u"database.host"_s, server);
    show(u"database.port"_s, server);
    show(u"database.name"_s, server);
    show(u"database.user"_s, server);
    show(secretRowKey(SecretBase + SecretKeys::Database), server);
    show(u"database.odbcDriver"_s, kind == u"mssql"_s);
    show(u"database.path"_s, kind == u"sqlite"_s);
}

void EnvironmentForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EnvironmentForm::retranslate()
{
    const bool production = m_environment == EnvironmentKind::Production;
    m_siteGroup->setTitle(production ? tr("Production BPMSoft site")
                                     : tr("Test BPMSoft site (made from the copy)"));
    m_databaseGroup->setTitle(production ? tr("Production database")
                                         : tr("Test database (restored from the backup)"));
    m_onecGroup->setTitle(production
                                  ? tr("Production 1C infobase")
                                  : tr("Test 1C infobase (the copy the test site exchanges with)"));
    const QHash<QString, QString> labels{
            {u"siteUrl"_s, tr("Site &address:")},
            {u"hosting"_s, tr("&Hosting:")},
            {u"userName"_s, tr("BPMSoft &user:")},
            {secretRowKey(SecretBase + SecretKeys::Site), tr("User's pass&word:")},
            {u"site.folder"_s, tr("Site &folder:")},
            {u"site.iisSiteName"_s, tr("IIS site &name:")},
            {u"site.appPoolName"_s, tr("IIS application &pool:")},
            {u"site.hostName"_s, tr("Binding host na&me:")},
            {u"site.port"_s, tr("P&ort:")},
            {u"site.serviceName"_s, tr("systemd &service:")},
            {u"site.redisDb"_s, tr("&Redis database number:")},
            {u"tlsCertificateSha256"_s, tr("Trusted certificate (SHA-256):")},
            {u"database.kind"_s, tr("&DBMS:")},
            {u"database.host"_s, tr("&Server:")},
            {u"database.port"_s, tr("Po&rt:")},
            {u"database.name"_s, tr("Data&base:")},
            {u"database.user"_s, tr("&Login:")},
            {secretRowKey(SecretBase + SecretKeys::Database), tr("Pass&word:")},
            {u"database.odbcDriver"_s, tr("&ODBC driver:")},
            {u"database.path"_s, tr("Database &file:")},
            {u"database.backupFolder"_s, tr("&Backup folder:")},
            {u"onec.filePath"_s, tr("&File infobase folder:")},
            {u"onec.server"_s, tr("or 1C &cluster (host:port):")},
            {u"onec.infobaseName"_s, tr("&Infobase name:")},
            {u"onec.tool"_s, tr("Backup &tool:")},
            {u"onec.executable"_s, tr("1C &program:")},
            {u"onec.user"_s, tr("1C &user:")},
            {secretRowKey(SecretBase + SecretKeys::OneC), tr("1C pass&word:")},
            {u"onec.odataUrl"_s, tr("&OData address:")},
            {u"onec.odataUser"_s, tr("OData us&er:")},
            {secretRowKey(SecretBase + SecretKeys::OData), tr("OData passwor&d:")},
            {u"onec.rasAddress"_s, tr("&RAS (host:1545):")},
            {u"onec.clusterUser"_s, tr("Cluster ad&ministrator:")},
            {secretRowKey(SecretBase + SecretKeys::Cluster), tr("Administrator's passwo&rd:")},
    };
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        const Row row = m_rows.value(it.key());
        if (!row.label)
            continue;
        row.label->setText(it.value());
        if (QWidget *buddy = row.label->buddy()) {
            QString plain = it.value();
            plain.remove(u'&');
            if (plain.endsWith(u':'))
                plain.chop(1);
            buddy->setAccessibleName(plain);
        }
    }
    m_hosting->setItemText(0, tr("IIS, .NET Framework"));
    m_hosting->setItemText(1, tr(".NET 8 on Linux"));
    m_hosting->setItemText(2, tr("Cloud (the provider hosts it)"));
    m_hosting->setItemText(3, tr("Sandbox (a rehearsal)"));
    m_databaseKind->setItemText(0, tr("Microsoft SQL Server"));
    m_databaseKind->setItemText(1, tr("PostgreSQL"));
    m_databaseKind->setItemText(2, tr("SQLite (sandbox)"));
    m_tool->setItemText(0, tr("1cv8 DESIGNER (default)"));
    m_tool->setItemText(1, tr("ibcmd"));
    const QString keychain = tr("kept in the system keychain, not in the profile");
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it)
        if (it.key().startsWith(u"secret:"_s))
            if (auto *edit = qobject_cast<QLineEdit *>(it.value().field))
                edit->setPlaceholderText(keychain);
    for (QPushButton *browse : std::as_const(m_browseButtons)) {
        browse->setText(tr("Browse…"));
        browse->setAccessibleName(browse->property("folder").toBool() ? tr("Choose a folder")
                                                                      : tr("Choose a file"));
    }
    for (const Check &c : std::as_const(m_checkWidgets)) {
        switch (c.part) {
        case ConnectionChecker::Part::Site:
            c.button->setText(tr("Check the site"));
            break;
        case ConnectionChecker::Part::Database:
            c.button->setText(tr("Check the database"));
            break;
        case ConnectionChecker::Part::OneC:
            c.button->setText(tr("Check 1C"));
            break;
        }
        updateCheck(c.part);
    }
}

} // namespace upgrade::wizard
