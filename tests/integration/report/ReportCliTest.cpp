// bpmsoft-upgrade report / bundle / cloud-requests as processes. Journals come from real runs of
// the sample plan (BPMSOFT_UPGRADE_SAMPLE_PLAN); the PDF is checked with poppler's pdftotext and
// rendered to PNG with pdftoppm; the bundle is unzipped and every entry searched for a secret
// that the test leaked into a log and the journal.
#include "PackageArchiveBuilder.h"
#include "QtPrinters.h"
#include "TestEnvironment.h"

#include "plan/Journal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using upgrade::PackageArchiveBuilder;
using upgrade::test::TestEnvironment;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    f.write(data);
}

Result runProcess(const QString &program, const QStringList &args,
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice());
    p.start(program, args);
    EXPECT_TRUE(p.waitForFinished(60000)) << program.toStdString();
    Result r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// One isolated world: a home, a sample folder, a profile, a package archive and a run folder.
class World
{
public:
    QTemporaryDir root;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QString home() const { return root.filePath(u"home"_s); }
    QString profile() const { return root.filePath(u"profile.json"_s); }
    QString journal() const { return root.filePath(u"run"_s); }
    QString file(const QString &name) const { return root.filePath(name); }

    World()
    {
        QDir().mkpath(home());
        QDir().mkpath(root.filePath(u"sample"_s));
        writeFile(root.filePath(u"package.zip"_s), "the connector, version 2");
        QByteArray profileText =
                readFile(TestEnvironment::sourceDir() + u"/resources/profiles/example.json"_s);
        profileText.replace("C:/Upgrade/SmrConnector_2.4.0.zip", "package.zip");
        profileText.replace("\"workFolder\": \"D:/BpmSoftUpgrade\",", "");
        writeFile(profile(), profileText);
        env.insert(u"BPMSOFT_UPGRADE_HOME"_s, home());
        env.insert(u"BPMSOFT_UPGRADE_SAMPLE_PLAN"_s, root.filePath(u"sample"_s));
        for (const QString &name : env.keys())
            if (name.startsWith(u"BPMSOFT_UPGRADE_SAMPLE_"_s) &&
                name != u"BPMSOFT_UPGRADE_SAMPLE_PLAN"_s)
                env.remove(name);
        for (const QString &name : env.keys())
            if (name.startsWith(u"BPMSOFT_UPGRADE_SECRET_"_s))
                env.remove(name);
    }

    Result cli(const QStringList &args, const QHash<QString, QString> &extra = {}) const
    {
        QProcessEnvironment e = env;
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            e.insert(it.key(), it.value());
        return runProcess(TestEnvironment::executable(u"bpmsoft-upgrade"_s), args, e);
    }
    Result run(const QString &stage, const QHash<QString, QString> &extra = {}) const
    {
        return cli({u"run"_s, u"--profile"_s, profile(), u"--stage"_s, stage, u"--journal"_s,
                    journal(), u"--yes"_s},
                   extra);
    }
    QJsonObject jsonReport() const
    {
        const Result r = cli({u"report"_s, u"--journal"_s, journal(), u"--format"_s, u"json"_s,
                              u"--output"_s, u"-"_s});
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
};

QByteArray sha256(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256);
}

/// pdftotext of a PDF, or a null string when poppler is not installed.
QString pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty())
        return {};
    const Result r = runProcess(tool, {u"-layout"_s, pdf, u"-"_s});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    QString text = r.out;
    return text.replace(QChar(0xFB01), u"fi"_s).replace(QChar(0xFB02), u"fl"_s); // ligatures
}

QMap<QString, QByteArray> unzip(const QString &path)
{
    QMap<QString, QByteArray> entries;
    QuaZip zip(path);
    EXPECT_TRUE(zip.open(QuaZip::mdUnzip)) << path.toStdString();
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        entries.insert(zip.getCurrentFileName(), file.readAll());
    }
    return entries;
}

} // namespace

TEST(ReportCli, RolledBackRunInEveryFormat)
{
    World world;
    ASSERT_EQ(world.run(u"test"_s).exitCode, 0);
    const Result production = world.run(
            u"production"_s, {{u"BPMSOFT_UPGRADE_SAMPLE_FAIL"_s, u"production.verify:always"_s}});
    ASSERT_EQ(production.exitCode, 1) << production.err.toStdString();
    const QByteArray journalBefore = sha256(upgrade::Journal::filePath(world.journal()));

    // JSON, on standard output and to a file.
    const QJsonObject json = world.jsonReport();
    EXPECT_EQ(json.value(u"result"_s).toString(), u"rolled-back"_s);
    EXPECT_TRUE(json.value(u"integrations"_s).isArray());
    const QJsonArray stages = json.value(u"stages"_s).toArray();
    ASSERT_EQ(stages.size(), 3);
    EXPECT_EQ(stages[2].toObject().value(u"state"_s).toString(), u"rolled-back"_s);
    const QJsonArray rollback = stages[2].toObject().value(u"rollbackSteps"_s).toArray();
    ASSERT_EQ(rollback.size(), 1);
    EXPECT_EQ(rollback[0].toObject().value(u"state"_s).toString(), u"succeeded"_s);
    EXPECT_EQ(json.value(u"artifacts"_s).toArray().size(), 2); // two backups, with checksums
    for (const QJsonValue &a : json.value(u"artifacts"_s).toArray()) {
        EXPECT_EQ(a.toObject().value(u"sha256"_s).toString().size(), 64);
        EXPECT_GT(a.toObject().value(u"size"_s).toInteger(), 0);
    }
    EXPECT_TRUE(json.value(u"resultMessage"_s).toString().contains(u"Verify production"_s));
    const Result toFile = world.cli({u"report"_s, u"--journal"_s, world.journal(), u"--output"_s,
                                     world.file(u"out/r.json"_s)});
    ASSERT_EQ(toFile.exitCode, 0) << toFile.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(readFile(world.file(u"out/r.json"_s)))
                      .object()
                      .value(u"result"_s)
                      .toString(),
              u"rolled-back"_s);

    // HTML in Russian, default file name in the run folder.
    const Result html = world.cli({u"--lang"_s, u"ru"_s, u"report"_s, u"--journal"_s,
                                   world.journal(), u"--format"_s, u"html"_s});
    ASSERT_EQ(html.exitCode, 0) << html.err.toStdString();
    const QString page = QString::fromUtf8(readFile(world.journal() + u"/report.html"_s));
    EXPECT_TRUE(page.contains(u"<html lang=\"ru\">"_s));
    EXPECT_TRUE(page.contains(u"Обновление откачено"_s));
    EXPECT_TRUE(page.contains(u"production.rollback-database"_s));
    EXPECT_TRUE(html.out.contains(u"Отчёт записан"_s));

    // PDF through Qt's writer, read back by poppler.
    const QString pdf = world.file(u"report.pdf"_s);
    const Result pdfRun = world.cli({u"report"_s, u"--journal"_s, world.journal(), u"--format"_s,
                                     u"pdf"_s, u"--output"_s, pdf});
    ASSERT_EQ(pdfRun.exitCode, 0) << pdfRun.err.toStdString();
    EXPECT_TRUE(readFile(pdf).startsWith("%PDF-"));
    const QString text = pdfText(pdf);
    if (text.isNull())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    EXPECT_TRUE(text.contains(u"Upgrade rolled back"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"confirm.production-start"_s));
    EXPECT_TRUE(text.contains(u"Safety checks"_s));
    EXPECT_TRUE(text.contains(u"Timeline"_s));
    const QString pdfRu = world.file(u"report-ru.pdf"_s);
    ASSERT_EQ(world.cli({u"--lang"_s, u"ru"_s, u"report"_s, u"--journal"_s, world.journal(),
                         u"--output"_s, pdfRu})
                      .exitCode,
              0);
    const QString textRu = pdfText(pdfRu);
    EXPECT_TRUE(textRu.contains(u"Отчёт об обновлении"_s)) << textRu.toStdString();
    EXPECT_TRUE(textRu.contains(u"Резервные копии и файлы"_s));

    // Rendered to images, the first page shows text (not an empty page).
    const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
    ASSERT_FALSE(pdftoppm.isEmpty());
    const Result png =
            runProcess(pdftoppm, {u"-r"_s, u"50"_s, u"-png"_s, pdfRu, world.file(u"page"_s)});
    ASSERT_EQ(png.exitCode, 0) << png.err.toStdString();
    const QStringList pages =
            QDir(world.root.path()).entryList({u"page-*.png"_s}, QDir::Files, QDir::Name);
    ASSERT_GE(pages.size(), 2);
    QImage first(world.file(pages.first()));
    ASSERT_FALSE(first.isNull());
    EXPECT_LT(first.width(), first.height()); // portrait A4
    int dark = 0;
    for (int y = 0; y < first.height(); ++y)
        for (int x = 0; x < first.width(); ++x)
            dark += qGray(first.pixel(x, y)) < 128 ? 1 : 0;
    EXPECT_GT(dark, first.width() * first.height() / 100);

    // Reports read the journal only.
    EXPECT_EQ(sha256(upgrade::Journal::filePath(world.journal())), journalBefore);
}

TEST(ReportCli, HappyRunSucceeded)
{
    World world;
    ASSERT_EQ(world.run(u"test"_s).exitCode, 0);
    EXPECT_EQ(world.jsonReport().value(u"result"_s).toString(), u"in-progress"_s);
    ASSERT_EQ(world.run(u"production"_s).exitCode, 0);
    const QJsonObject json = world.jsonReport();
    EXPECT_EQ(json.value(u"result"_s).toString(), u"succeeded"_s);
    EXPECT_EQ(json.value(u"answers"_s).toArray()[0].toObject().value(u"question"_s).toString(),
              u"confirm.production-start"_s);
}

TEST(ReportCli, BadJournalsAndArguments)
{
    World world;
    EXPECT_EQ(world.cli({u"report"_s}).exitCode, 2);
    EXPECT_EQ(world.cli({u"report"_s, u"--journal"_s, world.file(u"none"_s)}).exitCode, 2);
    ASSERT_EQ(world.run(u"test"_s).exitCode, 0);
    EXPECT_EQ(world.cli({u"report"_s, u"--journal"_s, world.journal(), u"--format"_s, u"docx"_s})
                      .exitCode,
              2);
    EXPECT_EQ(world.cli({u"report"_s, u"--journal"_s, world.journal(), u"--format"_s, u"pdf"_s,
                         u"--output"_s, u"-"_s})
                      .exitCode,
              2);
    // A truncated journal: refused with a message, exit 2, file untouched, nothing written.
    const QString path = upgrade::Journal::filePath(world.journal());
    QByteArray bytes = readFile(path);
    ASSERT_GT(bytes.size(), 4096);
    bytes.truncate(bytes.size() / 2 + 1);
    writeFile(path, bytes);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    for (const QString &format : {u"json"_s, u"html"_s, u"pdf"_s}) {
        const QString out = world.file(u"bad."_s + format);
        const Result r = world.cli({u"report"_s, u"--journal"_s, world.journal(), u"--format"_s,
                                    format, u"--output"_s, out});
        EXPECT_EQ(r.exitCode, 2) << format.toStdString();
        EXPECT_FALSE(r.err.trimmed().isEmpty());
        EXPECT_FALSE(QFile::exists(out));
    }
    EXPECT_EQ(readFile(path), bytes);
    const Result bundle = world.cli(
            {u"bundle"_s, u"--journal"_s, world.journal(), u"--output"_s, world.file(u"b.zip"_s)});
    EXPECT_EQ(bundle.exitCode, 2);
    EXPECT_FALSE(QFile::exists(world.file(u"b.zip"_s)));
    EXPECT_EQ(readFile(path), bytes);
}

TEST(BundleCli, NoSecretInAnyEntry)
{
    World world;
    const QString secret = u"S4ndb0x-P@ss;word"_s;
    ASSERT_EQ(world.run(u"test"_s).exitCode, 0);
    // The test leaks the secret where an older or buggy program might have: a journal value
    // and message (this process does not know it is a secret), a program log line, a step's
    // log in the run folder.
    {
        QString error;
        auto journal =
                upgrade::Journal::open(world.journal(), upgrade::Journal::Mode::ReadWrite, &error);
        ASSERT_TRUE(journal) << error.toStdString();
        ASSERT_TRUE(journal->setValue(u"leak"_s, u"the password is "_s + secret));
        ASSERT_TRUE(journal->setStepState(u"test.verify"_s, upgrade::StepState::Succeeded,
                                          u"connected as Supervisor/"_s + secret));
    }
    const QStringList logs =
            QDir(world.home() + u"/logs"_s).entryList({u"*.log"_s}, QDir::Files, QDir::Time);
    ASSERT_FALSE(logs.isEmpty());
    {
        QFile log(world.home() + u"/logs/"_s + logs.first());
        ASSERT_TRUE(log.open(QIODevice::Append));
        log.write("2024-06-01 20:00:00.000 [info] login with " + secret.toUtf8() + "\n");
    }
    writeFile(world.journal() + u"/steps/install.log"_s, "installing, password " + secret.toUtf8());
    ASSERT_TRUE(readFile(upgrade::Journal::filePath(world.journal()))
                        .append(readFile(upgrade::Journal::filePath(world.journal()) + u"-wal"_s))
                        .contains(secret.toUtf8()));

    const QString secrets = world.file(u"secrets.txt"_s);
    writeFile(secrets, "production.database=" + secret.toUtf8() + "\n");
    QFile::setPermissions(secrets, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString zip = world.file(u"bundle.zip"_s);
    const Result r = world.cli({u"bundle"_s, u"--journal"_s, world.journal(), u"--output"_s, zip,
                                u"--secrets-file"_s, secrets});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QMap<QString, QByteArray> entries = unzip(zip);
    const QStringList names = entries.keys();
    for (const QString &expected :
         {u"report.json"_s, u"report.html"_s, u"profile.json"_s, u"journal.sqlite"_s,
          u"manifest.json"_s, u"run/steps/install.log"_s})
        EXPECT_TRUE(names.contains(expected)) << expected.toStdString();
    EXPECT_GE(names.filter(u"logs/"_s).size(), 1) << names.join(u" "_s).toStdString();
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        EXPECT_FALSE(it.value().contains(secret.toUtf8())) << it.key().toStdString();
        EXPECT_FALSE(it.value().contains(QUrl::toPercentEncoding(secret)))
                << it.key().toStdString();
    }
    EXPECT_TRUE(entries.value(names.filter(u"logs/"_s).constFirst()).contains("step"))
            << "the run's own log lines are there";

    // The secret from the environment is masked as well (no secrets file).
    const QString zip2 = world.file(u"bundle2.zip"_s);
    ASSERT_EQ(world.cli({u"bundle"_s, u"--journal"_s, world.journal(), u"--output"_s, zip2},
                        {{u"BPMSOFT_UPGRADE_SECRET_TEST_SITE"_s, secret}})
                      .exitCode,
              0);
    for (const QByteArray &bytes : unzip(zip2))
        EXPECT_FALSE(bytes.contains(secret.toUtf8()));
    // A secrets file readable by others is refused.
    QFile::setPermissions(secrets, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadOther);
    EXPECT_EQ(
            world.cli({u"bundle"_s, u"--journal"_s, world.journal(), u"--secrets-file"_s, secrets})
                    .exitCode,
            2);
}

TEST(CloudRequestsCli, WritesBothRequests)
{
    World world;
    PackageArchiveBuilder builder;
    builder.addPackage(PackageArchiveBuilder::Descriptor(u"SmrConnector"_s, u"2.4.0"_s))
            .addPackage(PackageArchiveBuilder::Descriptor(u"SmrConnectorBase"_s, u"1.7.3"_s));
    ASSERT_TRUE(
            PackageArchiveBuilder::write(world.file(u"SmrConnector_2.4.0.zip"_s), builder.toZip()));
    QJsonObject profile = QJsonDocument::fromJson(readFile(world.profile())).object();
    profile.insert(u"packageArchive"_s, u"SmrConnector_2.4.0.zip"_s);
    QJsonObject environments = profile.value(u"environments"_s).toObject();
    for (const QString &name : {u"production"_s, u"test"_s}) {
        QJsonObject e = environments.value(name).toObject();
        e.insert(u"hosting"_s, u"cloud"_s);
        e.remove(u"database"_s);
        e.remove(u"site"_s);
        e.insert(u"siteUrl"_s, name == u"production"_s ? u"https://acme.bpmsoft.cloud"_s
                                                       : u"https://acme-test.bpmsoft.cloud"_s);
        environments.insert(name, e);
    }
    profile.insert(u"environments"_s, environments);
    const QString cloudProfile = world.file(u"cloud.json"_s);
    writeFile(cloudProfile, QJsonDocument(profile).toJson());

    const QString secret = u"Cl0ud-Secr3t"_s;
    const QHash<QString, QString> env{{u"BPMSOFT_UPGRADE_SECRET_PRODUCTION_SITE"_s, secret}};
    const QString out = world.file(u"requests"_s);
    const Result r = world.cli({u"--lang"_s, u"ru"_s, u"cloud-requests"_s, u"--profile"_s,
                                cloudProfile, u"--output"_s, out, u"--contact"_s, u"Петров П.П."_s},
                               env);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList files = QDir(out).entryList(QDir::Files, QDir::Name);
    ASSERT_EQ(files, (QStringList{u"request-1-test-environment.txt"_s,
                                  u"request-2-production-plan.txt"_s}));
    for (const QString &name : files) {
        const QString text = QString::fromUtf8(readFile(out + u'/' + name));
        EXPECT_TRUE(text.contains(u"https://acme.bpmsoft.cloud"_s)) << name.toStdString();
        EXPECT_TRUE(text.contains(u"SmrConnector, версия 2.4.0"_s)) << text.toStdString();
        EXPECT_TRUE(text.contains(u"SmrConnectorBase, версия 1.7.3"_s));
        EXPECT_TRUE(text.contains(u"с 20:00 до 06:00 следующего дня (Europe/Moscow)"_s));
        EXPECT_TRUE(text.contains(u"ближайшее: суббота, "_s));
        EXPECT_TRUE(text.contains(u"Петров П.П."_s));
        EXPECT_TRUE(text.contains(u"ТП Ланит"_s));
        EXPECT_FALSE(text.contains(secret));
    }
    EXPECT_TRUE(QString::fromUtf8(readFile(out + u"/request-2-production-plan.txt"_s))
                        .contains(u"7. Установите обновленный пакет продукта на продуктивную "
                                  "версию."_s));

    const Result json =
            world.cli({u"cloud-requests"_s, u"--profile"_s, cloudProfile, u"--json"_s}, env);
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    const QJsonArray requests =
            QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"requests"_s).toArray();
    ASSERT_EQ(requests.size(), 2);
    EXPECT_EQ(requests[1].toObject().value(u"id"_s).toString(), u"production-plan"_s);
    EXPECT_TRUE(requests[0].toObject().value(u"body"_s).toString().contains(u"version 2.4.0"_s));
    EXPECT_FALSE(json.out.contains(secret));

    // Not a cloud site, or no usable archive: refused.
    EXPECT_EQ(world.cli({u"cloud-requests"_s, u"--profile"_s, world.profile()}).exitCode, 2);
    QFile::remove(world.file(u"SmrConnector_2.4.0.zip"_s));
    const Result noArchive = world.cli({u"cloud-requests"_s, u"--profile"_s, cloudProfile});
    EXPECT_EQ(noArchive.exitCode, 2);
    EXPECT_TRUE(noArchive.err.contains(u"SmrConnector_2.4.0.zip"_s));
}
