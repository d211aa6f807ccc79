#include "profile/ProfileValidator.h"
#include "QtPrinters.h"
#include "TestEnvironment.h"
#include "profile/Profile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

QByteArray exampleText()
{
    QFile f(test::TestEnvironment::sourceDir() + u"/resources/profiles/example.json"_s);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << f.fileName().toStdString();
    return f.readAll();
}

QJsonObject example()
{
    return QJsonDocument::fromJson(exampleText()).object();
}

/// Sets a value at a dotted path ("environments.production.database.port"), creating objects.
void setPath(QJsonObject &root, const QString &path, const QJsonValue &value)
{
    const QStringList keys = path.split(u'.');
    std::function<void(QJsonObject &, qsizetype)> set = [&](QJsonObject &o, qsizetype i) {
        if (i == keys.size() - 1) {
            if (value.isUndefined())
                o.remove(keys[i]);
            else
                o.insert(keys[i], value);
            return;
        }
        QJsonObject child = o.value(keys[i]).toObject();
        set(child, i + 1);
        o.insert(keys[i], child);
    };
    set(root, 0);
}

ValidationProblems problemsWith(const QString &path, const QJsonValue &value)
{
    QJsonObject o = example();
    setPath(o, path, value);
    return ProfileValidator::validate(o);
}

bool hasProblemAt(const ValidationProblems &problems, const QString &path)
{
    for (const auto &p : problems)
        if (p.path == path)
            return true;
    return false;
}

std::string dump(const ValidationProblems &problems)
{
    std::string s;
    for (const auto &p : problems)
        s += p.toString().toStdString() + "\n";
    return s;
}

TEST(ProfileValidator, ExampleProfileIsValidAndRoundTrips)
{
    const auto result = Profile::fromJsonText(exampleText());
    ASSERT_TRUE(result.problems.isEmpty()) << dump(result.problems);
    const Profile &p = *result.profile;
    EXPECT_EQ(p.production.hosting, Hosting::IisNetFramework);
    EXPECT_EQ(p.production.database->kind, DatabaseKind::MsSql);
    EXPECT_EQ(p.production.database->port, 1433);
    EXPECT_EQ(p.test.site.redisDb, 5);
    EXPECT_TRUE(p.production.onec.isServer());
    EXPECT_EQ(p.maintenanceWindow.days, (QList<int>{6, 7}));
    EXPECT_EQ(p.maintenanceWindow.from, QTime(20, 0));
    EXPECT_EQ(p.connector.syncHistoryTable, u"SmrSyncHistory"_s);
    // Serialising and validating again gives the same profile.
    const auto again = Profile::fromJsonText(QJsonDocument(p.toJson()).toJson());
    ASSERT_TRUE(again.problems.isEmpty()) << dump(again.problems);
    EXPECT_EQ(again.profile->toJson(), p.toJson());
}

TEST(ProfileValidator, DefaultsForConnectorNames)
{
    QJsonObject o = example();
    o.remove(u"connector"_s);
    ASSERT_TRUE(ProfileValidator::validate(o).isEmpty());
    const Profile p = Profile::fromJson(o);
    EXPECT_EQ(p.connector.syncHistoryTable, u"SmrSyncHistory"_s);
    EXPECT_FALSE(p.connector.integrationProcesses.isEmpty());
}

struct BadText
{
    const char *name;
    QByteArray text;
    const char *expected; ///< a word the message must contain
};

class ProfileBadText : public ::testing::TestWithParam<BadText>
{};

TEST_P(ProfileBadText, IsRefusedWithOneClearMessage)
{
    const auto result = Profile::fromJsonText(GetParam().text);
    EXPECT_FALSE(result.profile.has_value());
    ASSERT_EQ(result.problems.size(), 1) << dump(result.problems);
    EXPECT_TRUE(result.problems.first().message.contains(QString::fromUtf8(GetParam().expected)))
            << result.problems.first().message.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
        Malformed, ProfileBadText,
        ::testing::Values(BadText{"Empty", "", "empty"},
                          BadText{"Truncated", exampleText().left(300), "line"},
                          BadText{"TrailingComma", "{\"schemaVersion\": 1,}", "JSON"},
                          BadText{"Binary", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
                                  "UTF-8"},
                          BadText{"InvalidUtf8", "{\"name\": \"\xff\xfe\"}", "UTF-8"},
                          BadText{"Array", "[1, 2, 3]", "object"},
                          BadText{"Huge", QByteArray(2 * 1024 * 1024, ' '), "too large"}),
        [](const auto &p) { return std::string(p.param.name); });

TEST(ProfileValidator, TruncatedJsonNamesLineAndColumn)
{
    const auto result = Profile::fromJsonText("{\n  \"schemaVersion\": 1,\n  \"name\": \"x");
    ASSERT_EQ(result.problems.size(), 1);
    EXPECT_TRUE(result.problems.first().message.contains(u"line 3"_s))
            << result.problems.first().message.toStdString();
}

TEST(ProfileValidator, UnknownSchemaVersion)
{
    const auto problems = problemsWith(u"schemaVersion"_s, 2);
    ASSERT_EQ(problems.size(), 1) << dump(problems);
    EXPECT_EQ(problems.first().path, u"schemaVersion"_s);
    EXPECT_TRUE(problems.first().message.contains(u"version 2"_s));
}

TEST(ProfileValidator, MissingSchemaVersion)
{
    EXPECT_TRUE(hasProblemAt(problemsWith(u"schemaVersion"_s, QJsonValue::Undefined),
                             u"schemaVersion"_s));
}

struct BadField
{
    const char *name;
    QString path;
    QJsonValue value;
    QString reportedAt;
};

class ProfileBadField : public ::testing::TestWithParam<BadField>
{};

TEST_P(ProfileBadField, IsReportedAtItsPath)
{
    const BadField &b = GetParam();
    const auto problems = problemsWith(b.path, b.value);
    EXPECT_TRUE(hasProblemAt(problems, b.reportedAt)) << dump(problems);
    for (const auto &p : problems)
        EXPECT_FALSE(p.message.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
        WrongValues, ProfileBadField,
        ::testing::Values(BadField{"PortAsString", u"environments.production.database.port"_s,
                                   u"1433"_s, u"environments.production.database.port"_s},
                          BadField{"PortOutOfRange", u"environments.production.database.port"_s,
                                   70000, u"environments.production.database.port"_s},
                          BadField{"PortFraction", u"environments.production.database.port"_s, 14.5,
                                   u"environments.production.database.port"_s},
                          BadField{"UnknownHosting", u"environments.production.hosting"_s,
                                   u"apache"_s, u"environments.production.hosting"_s},
                          BadField{"UnknownDatabaseKind", u"environments.test.database.kind"_s,
                                   u"oracle"_s, u"environments.test.database.kind"_s},
                          BadField{"InvalidUrl", u"environments.production.siteUrl"_s,
                                   u"crm example"_s, u"environments.production.siteUrl"_s},
                          BadField{"FtpUrl", u"environments.production.siteUrl"_s,
                                   u"ftp://crm.example.ru"_s, u"environments.production.siteUrl"_s},
                          BadField{"UrlWithPassword", u"environments.production.siteUrl"_s,
                                   u"https://admin:pw@crm.example.ru"_s,
                                   u"environments.production.siteUrl"_s},
                          BadField{"MissingSiteUrl", u"environments.test.siteUrl"_s,
                                   QJsonValue::Undefined, u"environments.test.siteUrl"_s},
                          BadField{"MissingPackage", u"packageArchive"_s, QJsonValue::Undefined,
                                   u"packageArchive"_s},
                          BadField{"MissingProduction", u"environments.production"_s,
                                   QJsonValue::Undefined, u"environments.production"_s},
                          BadField{"EnvironmentNotObject", u"environments.test"_s, u"test"_s,
                                   u"environments.test"_s},
                          BadField{"NameNotString", u"name"_s, 42, u"name"_s},
                          BadField{"UnknownField", u"environments.production.siteURL"_s,
                                   u"https://x.ru"_s, u"environments.production.siteURL"_s},
                          BadField{"PasswordInFile", u"environments.production.database.password"_s,
                                   u"secret"_s, u"environments.production.database.password"_s},
                          BadField{"PasswordInOnec", u"environments.test.onec.password"_s, u"x"_s,
                                   u"environments.test.onec.password"_s},
                          BadField{"PasswordInsideValue",
                                   u"environments.production.database.odbcDriver"_s,
                                   u"Driver=x;PWD=secret"_s,
                                   u"environments.production.database.odbcDriver"_s},
                          BadField{"BadEntityName", u"connector.syncHistoryTable"_s,
                                   u"SmrSyncHistory; DROP TABLE x"_s,
                                   u"connector.syncHistoryTable"_s},
                          BadField{"BadDay", u"maintenanceWindow.days"_s, QJsonArray{u"saturday"_s},
                                   u"maintenanceWindow.days[0]"_s},
                          BadField{"BadTime", u"maintenanceWindow.from"_s, u"25:00"_s,
                                   u"maintenanceWindow.from"_s},
                          BadField{"BadTimeZone", u"maintenanceWindow.timeZone"_s,
                                   u"Mars/Olympus"_s, u"maintenanceWindow.timeZone"_s},
                          BadField{"BadPin", u"environments.production.tlsCertificateSha256"_s,
                                   u"abc"_s, u"environments.production.tlsCertificateSha256"_s},
                          BadField{"TestSameAsProduction", u"environments.test.siteUrl"_s,
                                   u"https://crm.example.ru/"_s, u"environments.test.siteUrl"_s},
                          BadField{"OnecBothKinds", u"environments.production.onec.filePath"_s,
                                   u"C:/1C/base"_s, u"environments.production.onec"_s}),
        [](const auto &p) { return std::string(p.param.name); });

TEST(ProfileValidator, ReportsEveryProblemAtOnce)
{
    QJsonObject o = example();
    setPath(o, u"environments.production.hosting"_s, u"apache"_s);
    setPath(o, u"environments.test.database.port"_s, u"x"_s);
    setPath(o, u"environments.production.database.password"_s, u"pw"_s);
    setPath(o, u"maintenanceWindow.mode"_s, u"sometimes"_s);
    const auto problems = ProfileValidator::validate(o);
    EXPECT_GE(problems.size(), 4) << dump(problems);
    EXPECT_TRUE(hasProblemAt(problems, u"environments.production.hosting"_s));
    EXPECT_TRUE(hasProblemAt(problems, u"environments.test.database.port"_s));
    EXPECT_TRUE(hasProblemAt(problems, u"environments.production.database.password"_s));
    EXPECT_TRUE(hasProblemAt(problems, u"maintenanceWindow.mode"_s));
}

TEST(ProfileValidator, SecretMessageSaysWhereSecretsGo)
{
    const auto problems = problemsWith(u"environments.production.database.password"_s, u"pw"_s);
    ASSERT_TRUE(hasProblemAt(problems, u"environments.production.database.password"_s));
    const QString message = problems.first().message;
    EXPECT_TRUE(message.contains(u"keychain"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"--secrets-file"_s));
    // The secret itself is never repeated in a message.
    for (const auto &p : problems)
        EXPECT_FALSE(p.message.contains(u"pw\""_s));
}

TEST(ProfileValidator, CloudNeedsNoDatabase)
{
    QJsonObject o = example();
    setPath(o, u"environments.production.hosting"_s, u"cloud"_s);
    setPath(o, u"environments.production.database"_s, QJsonValue::Undefined);
    setPath(o, u"environments.production.site"_s, QJsonValue::Undefined);
    EXPECT_TRUE(ProfileValidator::validate(o).isEmpty()) << dump(ProfileValidator::validate(o));
}

TEST(ProfileValidator, OnPremiseNeedsDatabase)
{
    EXPECT_TRUE(
            hasProblemAt(problemsWith(u"environments.production.database"_s, QJsonValue::Undefined),
                         u"environments.production.database"_s));
}

TEST(Profile, LoadNeverWritesAndReportsMissingFile)
{
    QTemporaryDir dir;
    const auto missing = Profile::load(dir.filePath(u"nope.json"_s));
    ASSERT_EQ(missing.problems.size(), 1);
    EXPECT_TRUE(missing.problems.first().message.contains(u"does not exist"_s));
    EXPECT_TRUE(QDir(dir.path()).isEmpty());
}

TEST(Profile, SaveIsAtomicAndLoadsBack)
{
    QTemporaryDir dir;
    const auto result = Profile::fromJsonText(exampleText());
    ASSERT_TRUE(result.profile);
    QString error;
    const QString path = dir.filePath(u"p.json"_s);
    ASSERT_TRUE(result.profile->save(path, &error)) << error.toStdString();
    const auto loaded = Profile::load(path);
    ASSERT_TRUE(loaded.problems.isEmpty()) << dump(loaded.problems);
    EXPECT_EQ(loaded.profile->filePath, QFileInfo(path).absoluteFilePath());
    EXPECT_EQ(loaded.profile->toJson(), result.profile->toJson());
}

} // namespace
