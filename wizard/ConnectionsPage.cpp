#include "ConnectionsPage.h"

#include "ConnectionChecksViewModel.h"
#include "EnvironmentForm.h"
#include "FieldBinder.h"
#include "PackageArchiveViewModel.h"
#include "PageIds.h"
#include "ProfileViewModel.h"
#include "RunViewModel.h"
#include "StateIcons.h"
#include "WelcomeViewModel.h"
#include "WizardSession.h"

#include "package/PackageArchiveReader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

namespace {

QScrollArea *scrolled(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

const char *const DayKeys[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

} // namespace

ConnectionsPage::ConnectionsPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_binder(new FieldBinder(session->profile(), this))
    , m_fileLabel(new QLabel(this))
    , m_outsideProblems(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_saveStatus(new QLabel(this))
{
    setObjectName(u"connectionsPage"_s);
    m_fileLabel->setWordWrap(true);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_outsideProblems->setWordWrap(true);
    m_outsideProblems->setStyleSheet(u"color: #b01e1e;"_s);
    m_outsideProblems->setObjectName(u"profileProblems"_s);
    m_saveStatus->setWordWrap(true);
    m_saveStatus->setObjectName(u"saveStatus"_s);
    m_tabs->setObjectName(u"connectionTabs"_s);

    m_production = new EnvironmentForm(EnvironmentKind::Production, session->profile(),
                                       session->checks(), m_binder);
    m_test = new EnvironmentForm(EnvironmentKind::Test, session->profile(), session->checks(),
                                 m_binder);
    m_tabs->addTab(scrolled(m_production), {});
    m_tabs->addTab(scrolled(m_test), {});
    m_tabs->addTab(makePackageTab(), {});
    m_tabs->addTab(scrolled(makeGeneralTab()), {});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_outsideProblems);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_saveStatus);

    ProfileViewModel *profile = session->profile();
    connect(profile, &ProfileViewModel::problemsChanged, this, [this] {
        updateTabs();
        updateOutsideProblems();
        emit completeChanged();
    });
    connect(profile, &ProfileViewModel::documentReset, this, [this] {
        m_binder->refreshValues();
        retranslate();
    });
    connect(profile, &ProfileViewModel::valueChanged, this, [this] { m_saved = false; });
    connect(profile, &ProfileViewModel::saveFinished, this,
            [this](bool ok, const QString &message) {
                m_saveStatus->setText(ok ? message
                                         : tr("The profile is not saved: %1").arg(message));
                if (ok)
                    m_saved = true;
                emit completeChanged();
                if (ok && m_advanceAfterSave) {
                    m_advanceAfterSave = false;
                    wizard()->next();
                }
                m_advanceAfterSave = false;
            });
    connect(session->packages(), &PackageArchiveViewModel::changed, this,
            &ConnectionsPage::updatePackages);
    retranslate();
    updatePackages();
}

QWidget *ConnectionsPage::makePackageTab()
{
    auto *tab = new QWidget;
    m_archiveLabel = new QLabel(tab);
    m_archive = new QLineEdit(tab);
    m_archiveBrowse = new QPushButton(tab);
    m_archiveStatus = new QLabel(tab);
    m_archiveStatus->setObjectName(u"archiveStatus"_s);
    m_archiveStatus->setWordWrap(true);
    m_archiveStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_packages = new QTableWidget(0, 5, tab);
    m_packages->setObjectName(u"packagesTable"_s);
    m_packages->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_packages->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_packages->verticalHeader()->hide();
    m_packages->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_packages->horizontalHeader()->setStretchLastSection(true);
    m_readInstalled = new QPushButton(tab);
    m_readInstalled->setObjectName(u"readInstalled"_s);
    m_readInstalled->setVisible(m_session->packages()->canReadInstalled());
    m_archiveLabel->setBuddy(m_archive);

    QWidget *field = m_binder->text(u"packageArchive"_s, m_archive);
    auto *pathBox = new QWidget(field);
    auto *pathRow = new QHBoxLayout(pathBox);
    pathRow->setContentsMargins(0, 0, 0, 0);
    static_cast<QVBoxLayout *>(field->layout())->insertWidget(0, pathBox);
    pathRow->addWidget(m_archive, 1);
    pathRow->addWidget(m_archiveBrowse);

    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(m_archiveLabel);
    layout->addWidget(field);
    layout->addWidget(m_archiveStatus);
    layout->addWidget(m_packages, 1);
    layout->addWidget(m_readInstalled, 0, Qt::AlignLeft);

    connect(m_archiveBrowse, &QPushButton::clicked, this, [this] {
        const QString chosen =
                QFileDialog::getOpenFileName(this, tr("The package archive"), m_archive->text(),
                                             tr("Package archives (*.zip *.gz);;All files (*)"));
        if (chosen.isEmpty())
            return;
        m_archive->setText(QDir::toNativeSeparators(chosen));
        emit m_archive->textEdited(m_archive->text());
    });
    connect(m_readInstalled, &QPushButton::clicked, this, [this] {
        m_session->packages()->readInstalled(m_session->profile()->currentProfile(),
                                             m_session->profile()->typedSecrets(),
                                             m_session->welcome()->secretsFile());
    });
    return tab;
}

QWidget *ConnectionsPage::makeGeneralTab()
{
    auto *tab = new QWidget;
    m_nameLabel = new QLabel(tab);
    m_name = new QLineEdit(tab);
    m_workFolderLabel = new QLabel(tab);
    m_workFolder = new QLineEdit(tab);
    m_workFolderBrowse = new QPushButton(tab);
    m_windowTitle = new QLabel(tab);
    m_windowHelp = new QLabel(tab);
    m_windowHelp->setWordWrap(true);
    m_fromLabel = new QLabel(tab);
    m_from = new QLineEdit(tab);
    m_toLabel = new QLabel(tab);
    m_to = new QLineEdit(tab);
    m_daysLabel = new QLabel(tab);
    m_zoneLabel = new QLabel(tab);
    m_zone = new QLineEdit(tab);
    m_modeLabel = new QLabel(tab);
    m_mode = new QComboBox(tab);
    m_mode->addItem({}, QString());
    m_mode->addItem({}, u"block"_s);
    for (QLineEdit *time : {m_from, m_to}) {
        time->setPlaceholderText(u"20:00"_s);
        time->setMaximumWidth(120);
    }
    m_zone->setPlaceholderText(u"Europe/Moscow"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_nameLabel, m_binder->text(u"name"_s, m_name));
    auto *folderRow = new QHBoxLayout;
    folderRow->setContentsMargins(0, 0, 0, 0);
    auto *folderBox = new QWidget(tab);
    folderBox->setLayout(folderRow);
    QWidget *folderField = m_binder->text(u"workFolder"_s, m_workFolder);
    static_cast<QVBoxLayout *>(folderField->layout())->insertWidget(0, folderBox);
    folderRow->addWidget(m_workFolder, 1);
    folderRow->addWidget(m_workFolderBrowse);
    form->addRow(m_workFolderLabel, folderField);
    m_nameLabel->setBuddy(m_name);
    m_workFolderLabel->setBuddy(m_workFolder);

    auto *windowForm = new QFormLayout;
    windowForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    windowForm->addRow(m_fromLabel, m_binder->text(u"maintenanceWindow.from"_s, m_from));
    windowForm->addRow(m_toLabel, m_binder->text(u"maintenanceWindow.to"_s, m_to));
    auto *daysBox = new QWidget(tab);
    auto *daysRow = new QHBoxLayout(daysBox);
    daysRow->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 7; ++i) {
        auto *day = new QCheckBox(daysBox);
        day->setObjectName(u"day-"_s + QLatin1String(DayKeys[i]));
        daysRow->addWidget(day);
        m_days << day;
        connect(day, &QCheckBox::toggled, this, [this] {
            QStringList days;
            for (int d = 0; d < 7; ++d)
                if (m_days.at(d)->isChecked())
                    days << QLatin1String(DayKeys[d]);
            m_session->profile()->setList(u"maintenanceWindow.days"_s, days);
        });
    }
    daysRow->addStretch();
    windowForm->addRow(m_daysLabel, m_binder->custom(u"maintenanceWindow.days"_s, daysBox));
    windowForm->addRow(m_zoneLabel, m_binder->text(u"maintenanceWindow.timeZone"_s, m_zone));
    windowForm->addRow(m_modeLabel, m_binder->choice(u"maintenanceWindow.mode"_s, m_mode));
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    m_zoneLabel->setBuddy(m_zone);
    m_modeLabel->setBuddy(m_mode);
    m_daysLabel->setBuddy(m_days.first());

    auto *layout = new QVBoxLayout(tab);
    layout->addLayout(form);
    layout->addSpacing(12);
    layout->addWidget(m_windowTitle);
    layout->addWidget(m_windowHelp);
    layout->addWidget(m_binder->sectionErrors(u"maintenanceWindow"_s, tab));
    layout->addLayout(windowForm);
    layout->addStretch();

    auto syncDays = [this] {
        const QStringList days = m_session->profile()->list(u"maintenanceWindow.days"_s);
        for (int i = 0; i < 7; ++i) {
            const QSignalBlocker block(m_days.at(i));
            m_days.at(i)->setChecked(days.contains(QLatin1String(DayKeys[i])));
        }
    };
    connect(m_session->profile(), &ProfileViewModel::documentReset, this, syncDays);
    syncDays();
    connect(m_workFolderBrowse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Choose a folder"),
                                                                 m_workFolder->text());
        if (chosen.isEmpty())
            return;
        m_workFolder->setText(QDir::toNativeSeparators(chosen));
        emit m_workFolder->textEdited(m_workFolder->text());
    });
    return tab;
}

void ConnectionsPage::initializePage()
{
    m_saved = !m_session->profile()->isDirty() && !m_session->profile()->hasUnsavedSecrets();
    m_saveStatus->clear();
    m_binder->refreshValues();
    m_binder->refreshProblems();
    updateTabs();
    updateOutsideProblems();
    retranslate();
}

bool ConnectionsPage::isComplete() const
{
    return !m_session->profile()->isSaving();
}

bool ConnectionsPage::validatePage()
{
    ProfileViewModel *profile = m_session->profile();
    profile->setShowAllProblems(true);
    if (!profile->isValid()) {
        revealFirstProblem();
        m_saveStatus->setText(tr("The profile has %n problem(s); each is shown at its field.",
                                 nullptr, int(profile->problems().size())));
        return false;
    }
    if (!m_saved || profile->isDirty() || profile->hasUnsavedSecrets()) {
        m_advanceAfterSave = true;
        m_saveStatus->setText(tr("Saving the profile…"));
        profile->save();
        emit completeChanged();
        return false;
    }
    QString error;
    if (!m_session->configureRun(&error)) {
        m_saveStatus->setText(error);
        return false;
    }
    return true;
}

int ConnectionsPage::nextId() const
{
    return m_session->welcome()->mode() == WelcomeViewModel::Cloud ? SupportRequestsPageId
                                                                   : PreflightPageId;
}

void ConnectionsPage::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

bool ConnectionsPage::revealFirstProblem()
{
    QWidget *field = m_binder->firstProblemWidget();
    if (!field)
        return false;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (!m_tabs->widget(i)->isAncestorOf(field))
            continue;
        m_tabs->setCurrentIndex(i);
        if (auto *area = qobject_cast<QScrollArea *>(m_tabs->widget(i)))
            area->ensureWidgetVisible(field, 50, 80);
        field->setFocus(Qt::OtherFocusReason);
        return true;
    }
    return false;
}

void ConnectionsPage::updateTabs()
{
    const QStringList prefixes{u"environments.production"_s, u"environments.test"_s,
                               u"packageArchive"_s};
    for (int i = 0; i < prefixes.size(); ++i)
        m_tabs->setTabIcon(i, m_binder->visibleProblemCount(prefixes.at(i)) > 0
                                      ? StateIcons::icon(StateIcons::Kind::Warning)
                                      : QIcon());
    const int general = m_binder->visibleProblemCount(u"name"_s) +
                        m_binder->visibleProblemCount(u"workFolder"_s) +
                        m_binder->visibleProblemCount(u"maintenanceWindow"_s);
    m_tabs->setTabIcon(3, general > 0 ? StateIcons::icon(StateIcons::Kind::Warning) : QIcon());
}

void ConnectionsPage::updateOutsideProblems()
{
    ProfileViewModel *profile = m_session->profile();
    QStringList lines;
    if (profile->showsAllProblems())
        for (const ValidationProblem &p : profile->problemsOutside(m_binder->paths()))
            lines << p.toString();
    m_outsideProblems->setText(lines.join(u'\n'));
    m_outsideProblems->setVisible(!lines.isEmpty());
}

void ConnectionsPage::updatePackages()
{
    PackageArchiveViewModel *vm = m_session->packages();
    using State = PackageArchiveViewModel::State;
    switch (vm->state()) {
    case State::Empty:
        m_archiveStatus->setText(tr("Choose the vendor's archive: a .zip of package .gz files, "
                                    "or one .gz package."));
        break;
    case State::Reading:
        m_archiveStatus->setText(tr("Reading and checking the archive…"));
        break;
    case State::Ready: {
        const PackageArchive &a = *vm->archive();
        m_archiveStatus->setText(
                tr("The archive is valid: %n package(s), %1, SHA-256 %2.", nullptr,
                   int(a.packages.size()))
                        .arg(PackageArchiveReader::formatSize(a.size), a.sha256.left(16) + u'…'));
        break;
    }
    case State::Failed:
        m_archiveStatus->setText(tr("The archive cannot be used: %1").arg(vm->errorMessage()));
        break;
    }
    m_archiveStatus->setStyleSheet(vm->state() == State::Failed ? u"color: #b01e1e;"_s : QString());
    m_archiveStatus->setToolTip(vm->errorDetails());

    const QList<PackageChange> changes = vm->changes();
    m_packages->setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const PackageChange &c = changes.at(row);
        QString installed = vm->hasInstalled()
                                    ? (c.installed ? c.installed->version : tr("not installed"))
                                    : (vm->canReadInstalled() ? tr("not read yet") : u"—"_s);
        const QStringList cells{c.package.name, c.package.version, c.package.maintainer, installed,
                                vm->hasInstalled() ? PackageComparison::describe(c.kind)
                                                   : QString()};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if (col == 4 && (c.kind == PackageChangeKind::Downgrade || c.uidDiffers))
                item->setIcon(StateIcons::icon(StateIcons::Kind::Warning));
            m_packages->setItem(row, col, item);
        }
    }
    m_readInstalled->setEnabled(!vm->isReadingInstalled());
    if (!vm->installedError().isEmpty())
        m_archiveStatus->setText(m_archiveStatus->text() + u'\n' + vm->installedError());
}

void ConnectionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_session->profile()->revalidate();
    }
    QWizardPage::changeEvent(event);
}

void ConnectionsPage::retranslate()
{
    setTitle(tr("Connections"));
    setSubTitle(tr("Where production and the test copy are, how to reach them, and the package "
                   "to install. Passwords go to the system keychain, never into the profile."));
    const QString path = m_session->profile()->filePath();
    m_fileLabel->setText(path.isEmpty() ? QString()
                                        : tr("Profile: %1").arg(QDir::toNativeSeparators(path)));
    m_tabs->setTabText(0, tr("&Production"));
    m_tabs->setTabText(1, tr("&Test copy"));
    m_tabs->setTabText(2, tr("P&ackage"));
    m_tabs->setTabText(3, tr("&General"));
    m_archiveLabel->setText(tr("Package &archive from the vendor:"));
    m_archive->setAccessibleName(tr("Package archive"));
    m_archiveBrowse->setText(tr("Browse…"));
    m_archiveBrowse->setAccessibleName(tr("Choose the package archive"));
    m_packages->setHorizontalHeaderLabels(
            {tr("Package"), tr("Version"), tr("Maintainer"), tr("Installed"), tr("Change")});
    m_packages->setAccessibleName(tr("Packages in the archive"));
    m_readInstalled->setText(tr("Read the versions installed on production"));
    m_nameLabel->setText(tr("Profile &name:"));
    m_workFolderLabel->setText(tr("&Work folder:"));
    m_workFolder->setPlaceholderText(tr("default: the program's data folder"));
    m_workFolderBrowse->setText(tr("Browse…"));
    m_workFolderBrowse->setAccessibleName(tr("Choose the work folder"));
    m_windowTitle->setText(tr("<b>Maintenance window for production</b>"));
    m_windowHelp->setText(tr("When production may be upgraded: outside business hours. Leave "
                             "empty if there is none."));
    m_fromLabel->setText(tr("&From (HH:MM):"));
    m_toLabel->setText(tr("T&o (HH:MM):"));
    m_daysLabel->setText(tr("&Days:"));
    const QLocale locale;
    for (int i = 0; i < 7; ++i) {
        m_days.at(i)->setText(locale.dayName(i + 1, QLocale::ShortFormat));
        m_days.at(i)->setAccessibleName(locale.dayName(i + 1, QLocale::LongFormat));
    }
    m_zoneLabel->setText(tr("Time &zone:"));
    m_modeLabel->setText(tr("Outside the &window:"));
    m_mode->setItemText(0, tr("warn"));
    m_mode->setItemText(1, tr("refuse to upgrade production"));
    for (auto [label, edit] : {std::pair{m_nameLabel, m_name}, std::pair{m_fromLabel, m_from},
                               std::pair{m_toLabel, m_to}, std::pair{m_zoneLabel, m_zone},
                               std::pair{m_workFolderLabel, m_workFolder}}) {
        QString plain = label->text();
        plain.remove(u'&');
        plain.remove(u':');
        edit->setAccessibleName(plain.trimmed());
    }
    updatePackages();
}

} // namespace upgrade::wizard
