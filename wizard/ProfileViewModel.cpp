#include "ProfileViewModel.h"

#include "BackgroundTask.h"
#include "RecentProfiles.h"

#include "profile/ProfileValidator.h"
#include "util/AppPaths.h"
#include "util/Log.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

namespace {

QJsonValue valueAt(const QJsonObject &root, const QString &path)
{
    const QStringList keys = path.split(u'.');
    QJsonValue v = root;
    for (const QString &key : keys) {
        if (!v.isObject())
            return {};
        v = v.toObject().value(key);
    }
    return v;
}

/// Sets (or, for Undefined, removes) the value at `keys`; objects left empty are removed.
QJsonObject setAt(QJsonObject object, QStringList keys, const QJsonValue &value)
{
    const QString key = keys.takeFirst();
    if (keys.isEmpty()) {
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return object;
    }
    const QJsonObject child = setAt(object.value(key).toObject(), keys, value);
    if (child.isEmpty())
        object.remove(key);
    else
        object.insert(key, child);
    return object;
}

bool isNumberField(const QString &path)
{
    return path.endsWith(u".port"_s) || path.endsWith(u".redisDb"_s);
}

bool covers(const QString &placed, const QString &problemPath)
{
    return problemPath == placed || problemPath.startsWith(placed + u'[');
}

} // namespace

ProfileViewModel::ProfileViewModel(WizardServices services, QObject *parent)
    : QObject(parent)
    , m_services(std::move(services))
{}

QJsonObject ProfileViewModel::blankDocument()
{
    const QJsonObject env{{u"hosting"_s, u"iis-netframework"_s},
                          {u"userName"_s, u"Supervisor"_s},
                          {u"database"_s, QJsonObject{{u"kind"_s, u"mssql"_s}}}};
    return {{u"schemaVersion"_s, Profile::SchemaVersion},
            {u"environments"_s, QJsonObject{{u"production"_s, env}, {u"test"_s, env}}}};
}

void ProfileViewModel::setDocument(const QJsonObject &document, const QString &filePath)
{
    m_document = document;
    m_filePath = QFileInfo(filePath).absoluteFilePath();
    m_dirty = false;
    m_showAll = true;
    m_touched.clear();
    m_stash.clear();
    m_problems = ProfileValidator::validate(m_document);
    emit documentReset();
    emit problemsChanged();
}

void ProfileViewModel::newDocument(const QString &filePath)
{
    setDocument(blankDocument(), filePath);
    m_showAll = false;
    m_dirty = true;
    emit problemsChanged();
}

QString ProfileViewModel::text(const QString &path) const
{
    const QJsonValue v = valueAt(m_document, path);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return {};
}

QStringList ProfileViewModel::list(const QString &path) const
{
    QStringList out;
    for (const QJsonValue &v : valueAt(m_document, path).toArray())
        out << v.toString();
    return out;
}

void ProfileViewModel::setText(const QString &path, const QString &text)
{
    const QString trimmed = text.trimmed();
    QJsonValue value;
    if (trimmed.isEmpty()) {
        value = QJsonValue(QJsonValue::Undefined);
    } else if (isNumberField(path) &&
               QRegularExpression(u"^\\d{1,9}$"_s).match(trimmed).hasMatch()) {
        value = trimmed.toInt();
    } else {
        value = trimmed;
    }
    if (valueAt(m_document, path) == value)
        return;

    // Cloud hosting has no database or host access: put those sections aside, and back.
    if (path.endsWith(u".hosting"_s)) {
        const QString env = path.section(u'.', 0, 1);
        const bool cloud = trimmed == u"cloud"_s;
        for (const QString &section : {u"database"_s, u"site"_s}) {
            const QString sectionPath = env + u'.' + section;
            if (cloud) {
                const QJsonValue current = valueAt(m_document, sectionPath);
                if (current.isObject()) {
                    m_stash.insert(sectionPath, current.toObject());
                    m_document = setAt(m_document, sectionPath.split(u'.'),
                                       QJsonValue(QJsonValue::Undefined));
                }
            } else if (!valueAt(m_document, sectionPath).isObject()) {
                QJsonObject restored = m_stash.take(sectionPath);
                if (restored.isEmpty() && section == u"database"_s)
                    restored = {{u"kind"_s, u"mssql"_s}};
                if (!restored.isEmpty())
                    m_document = setAt(m_document, sectionPath.split(u'.'), restored);
            }
        }
    }
    setValue(path, value);
}

void ProfileViewModel::setList(const QString &path, const QStringList &values)
{
    QJsonArray array;
    for (const QString &v : values)
        array.append(v);
    const QJsonValue value = array.isEmpty() ? QJsonValue(QJsonValue::Undefined) : array;
    if (valueAt(m_document, path) == value)
        return;
    setValue(path, value);
}

void ProfileViewModel::setValue(const QString &path, const QJsonValue &value)
{
    m_document = setAt(m_document, path.split(u'.'), value);
    // A maintenance window with nothing in it is no window (its times would be required).
    if (path.startsWith(u"maintenanceWindow."_s)) {
        const QJsonObject window = m_document.value(u"maintenanceWindow"_s).toObject();
        if (!window.contains(u"from"_s) && !window.contains(u"to"_s) &&
            !window.contains(u"days"_s) && !window.contains(u"timeZone"_s))
            m_document.remove(u"maintenanceWindow"_s);
    }
    m_touched.insert(path);
    changed(path);
}

void ProfileViewModel::changed(const QString &path)
{
    m_dirty = true;
    m_problems = ProfileValidator::validate(m_document);
    emit valueChanged(path);
    emit problemsChanged();
}

QStringList ProfileViewModel::messagesAt(const QString &path) const
{
    QStringList out;
    for (const ValidationProblem &p : m_problems)
        if (covers(path, p.path))
            out << p.message;
    return out;
}

QStringList ProfileViewModel::visibleMessagesAt(const QString &path) const
{
    if (m_showAll || m_touched.contains(path))
        return messagesAt(path);
    for (const QString &t : m_touched)
        if (t.startsWith(path + u'.'))
            return messagesAt(path);
    return {};
}

ValidationProblems ProfileViewModel::problemsOutside(const QStringList &placed) const
{
    ValidationProblems out;
    for (const ValidationProblem &p : m_problems) {
        bool found = false;
        for (const QString &path : placed)
            found = found || covers(path, p.path);
        if (!found)
            out << p;
    }
    return out;
}

void ProfileViewModel::touch(const QString &path)
{
    if (m_touched.contains(path))
        return;
    m_touched.insert(path);
    emit problemsChanged();
}

void ProfileViewModel::setShowAllProblems(bool show)
{
    if (m_showAll == show)
        return;
    m_showAll = show;
    emit problemsChanged();
}

void ProfileViewModel::revalidate()
{
    m_problems = ProfileValidator::validate(m_document);
    emit problemsChanged();
}

std::optional<Profile> ProfileViewModel::profile() const
{
    if (!isValid() || m_filePath.isEmpty())
        return std::nullopt;
    return currentProfile();
}

Profile ProfileViewModel::currentProfile() const
{
    Profile p = Profile::fromJson(m_document);
    p.filePath = m_filePath;
    return p;
}

QString ProfileViewModel::resolvedArchivePath() const
{
    const QString archive = text(u"packageArchive"_s);
    if (archive.isEmpty())
        return {};
    if (QFileInfo(archive).isAbsolute() || m_filePath.isEmpty())
        return QDir::cleanPath(archive);
    return QFileInfo(m_filePath).dir().absoluteFilePath(archive);
}

void ProfileViewModel::setSecret(const QString &key, const QString &value)
{
    if (value.isEmpty()) {
        m_secrets.remove(key);
        m_unsavedSecrets.remove(key);
        return;
    }
    if (m_secrets.value(key) == value)
        return;
    m_secrets.insert(key, value);
    m_unsavedSecrets.insert(key);
}

void ProfileViewModel::save()
{
    if (m_saving || m_filePath.isEmpty())
        return;
    m_saving = true;
    const Profile profile = currentProfile();
    const QString path = m_filePath;
    QHash<QString, QString> secrets;
    for (const QString &key : std::as_const(m_unsavedSecrets))
        secrets.insert(key, m_secrets.value(key));
    const bool writeFile = m_dirty;
    auto writer = m_services.secretWriter;
    struct Result
    {
        bool ok = true;
        QString message;
        QStringList savedSecrets;
    };
    runInBackground(
            this,
            [profile, path, secrets, writeFile, writer] {
                Result r;
                if (writeFile) {
                    QString error;
                    if (!AppPaths::ensureDir(QFileInfo(path).absolutePath(), &error) ||
                        !profile.save(path, &error)) {
                        r.ok = false;
                        r.message = error;
                        return r;
                    }
                }
                if (!secrets.isEmpty() && writer) {
                    std::unique_ptr<SecretStore> store = writer(profile);
                    QStringList failures;
                    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
                        QString error;
                        // Tried once: a password the keychain refused stays in memory only.
                        r.savedSecrets << it.key();
                        if (!store || !store->write(it.key(), it.value(), &error))
                            failures << error;
                    }
                    if (!failures.isEmpty())
                        r.message = tr("A password could not be saved (%1); it is used in this "
                                       "session only. %2")
                                            .arg(store ? store->describe() : QString(),
                                                 failures.join(u' '));
                }
                RecentProfiles::add(path);
                return r;
            },
            [this](Result r) {
                m_saving = false;
                if (r.ok)
                    m_dirty = false;
                for (const QString &key : std::as_const(r.savedSecrets))
                    m_unsavedSecrets.remove(key);
                if (!r.message.isEmpty())
                    logWarning(r.message);
                emit saveFinished(r.ok, r.message);
            });
}

} // namespace upgrade::wizard
