#include "SampleSandboxLauncher.h"

#include "plan/sample/SampleStepFactory.h"
#include "util/AppPaths.h"
#include "util/Progress.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

QStringList SampleSandboxLauncher::scenarios() const
{
    return {u"happy"_s, u"compile-errors"_s, u"integration-errors"_s, u"production-install-fails"_s,
            u"slow"_s};
}

std::optional<SandboxLauncher::Rehearsal>
SampleSandboxLauncher::start(const QString &scenario, Progress &progress, QString *error)
{
    const QString name = scenario.isEmpty() ? scenarios().first() : scenario;
    if (!scenarios().contains(name)) {
        *error = tr("Unknown sandbox scenario \"%1\". Known: %2.")
                         .arg(name, scenarios().join(u", "_s));
        return std::nullopt;
    }
    progress.setStatus(tr("Preparing the rehearsal…"));
    const QString base = QDir(AppPaths::dataDir()).filePath(u"sandbox"_s);
    QString dir;
    for (int i = 0; dir.isEmpty() || QFileInfo::exists(dir); ++i)
        dir = QDir(base).filePath(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s) +
                                  (i ? u"-%1"_s.arg(i) : QString()));
    const QString sampleDir = QDir(dir).filePath(u"sample"_s);
    if (!AppPaths::ensureDir(sampleDir, error))
        return std::nullopt;

    // The vendor's archive, as the sandbox would offer it.
    const QString archive = QDir(dir).filePath(u"SmrOneCConnector_2.4.0.zip"_s);
    if (!QFile::copy(u":/wizard/sandbox/SmrOneCConnector_2.4.0.zip"_s, archive)) {
        *error = tr("Cannot write the sample package archive to %1.")
                         .arg(QDir::toNativeSeparators(archive));
        return std::nullopt;
    }
    QFile::setPermissions(archive, QFile::ReadOwner | QFile::WriteOwner);

    auto environment = [&](const QString &env, int port) {
        return QJsonObject{
                {u"siteUrl"_s, u"http://127.0.0.1:%1"_s.arg(port)},
                {u"hosting"_s, u"sandbox"_s},
                {u"userName"_s, u"Supervisor"_s},
                {u"database"_s,
                 QJsonObject{{u"kind"_s, u"sqlite"_s},
                             {u"path"_s, QDir(dir).filePath(env + u"-bpmsoft.sqlite"_s)}}},
                {u"onec"_s,
                 QJsonObject{{u"filePath"_s,
                              QDir(dir).filePath(env == u"production"_s ? u"onec/trade"_s
                                                                        : u"onec/trade_test"_s)}}},
        };
    };
    const QJsonObject profile{
            {u"schemaVersion"_s, 1},
            {u"name"_s, tr("Rehearsal (%1)").arg(name)},
            {u"packageArchive"_s, archive},
            {u"workFolder"_s, QDir(dir).filePath(u"runs"_s)},
            {u"environments"_s, QJsonObject{{u"production"_s, environment(u"production"_s, 18080)},
                                            {u"test"_s, environment(u"test"_s, 18081)}}},
    };
    // What the connection checks look at: the production database file and 1C folder.
    QDir().mkpath(QDir(dir).filePath(u"onec/trade"_s));
    QFile db(QDir(dir).filePath(u"production-bpmsoft.sqlite"_s));
    if (!db.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write to %1: %2")
                         .arg(QDir::toNativeSeparators(db.fileName()), db.errorString());
        return std::nullopt;
    }
    db.close();

    const QString profilePath = QDir(dir).filePath(u"profile.json"_s);
    QSaveFile file(profilePath);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(profile).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = tr("Cannot write the rehearsal profile %1: %2")
                         .arg(QDir::toNativeSeparators(profilePath), file.errorString());
        return std::nullopt;
    }

    // The sample plan reads these when the plan is built and while it runs.
    qputenv("BPMSOFT_UPGRADE_SAMPLE_PLAN", QFile::encodeName(sampleDir));
    qputenv("BPMSOFT_UPGRADE_SAMPLE_SLOW_MS",
            QByteArray::number(name == u"slow"_s ? m_stepMs * 4 : m_stepMs));
    QByteArray failures;
    if (name == u"compile-errors"_s)
        failures = "preparation.check:always";
    else if (name == u"integration-errors"_s)
        failures = "test.verify:1";
    else if (name == u"production-install-fails"_s)
        failures = "production.install-package:always";
    if (failures.isEmpty())
        qunsetenv("BPMSOFT_UPGRADE_SAMPLE_FAIL");
    else
        qputenv("BPMSOFT_UPGRADE_SAMPLE_FAIL", failures);

    Rehearsal rehearsal;
    rehearsal.profilePath = profilePath;
    rehearsal.factoryName = sample::SampleStepFactory::factoryName();
    rehearsal.summary = tr("A rehearsal on the sample plan, scenario \"%1\", in %2.")
                                .arg(name, QDir::toNativeSeparators(dir));
    return rehearsal;
}

} // namespace upgrade::wizard
