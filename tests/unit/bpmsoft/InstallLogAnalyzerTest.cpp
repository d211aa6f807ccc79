// How InstallPackage's outcome is judged from the response AND the log.
#include "bpmsoft/InstallLogAnalyzer.h"
#include "QtPrinters.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

const QString CleanLog = u"2024-09-16 16:22:35,728 Loading file: X.gz 100%\n"
                         "2024-09-16 16:22:36,478 Starting package installation\n"
                         "2024-09-16 16:22:40,000 Package installation finished\n"
                         "2024-09-16 16:22:40,100 Application installed successfully\n"_s;

InstallLogAnalyzer::Input input(const char *response, const QString &log, bool logAvailable = true)
{
    InstallLogAnalyzer::Input in;
    if (response)
        in.response = QJsonDocument::fromJson(response).object();
    in.log = log;
    in.logAvailable = logAvailable;
    return in;
}

} // namespace

TEST(InstallLogAnalyzer, SuccessNeedsTheResponseAndACleanLog)
{
    EXPECT_EQ(InstallLogAnalyzer::analyse(input(R"({"success":true,"errorInfo":null})", CleanLog))
                      .status,
              InstallOutcome::Status::Succeeded);
    const QString errors = CleanLog + u"2024-09-16 16:22:41,000 error CS0246: type not found\n"_s;
    const auto failed = InstallLogAnalyzer::analyse(input(R"({"success":true})", errors));
    EXPECT_EQ(failed.status, InstallOutcome::Status::Failed);
    ASSERT_EQ(failed.errors.size(), 1);
    EXPECT_TRUE(failed.errors.first().contains(u"CS0246"_s));
    EXPECT_EQ(InstallLogAnalyzer::analyse(input(R"({"success":true})", {}, false)).status,
              InstallOutcome::Status::Unknown)
            << "success unconfirmed without the log";
}

TEST(InstallLogAnalyzer, BenignLinesAreNotErrors)
{
    const QString log = CleanLog +
                        u"x Error while saving the metadata of application Foo into DB\n"
                        "x Errors and (or) warnings occurred while compiling configuration dll\n"_s;
    EXPECT_EQ(InstallLogAnalyzer::analyse(input(R"({"success":true})", log)).status,
              InstallOutcome::Status::Succeeded);
}

TEST(InstallLogAnalyzer, ModifiedLocallyIsSuccessWithWarningsOnlyInTheGh1299Case)
{
    const QString log = u"a Package installation finished\n"
                        "b Unable to install Schema \"S\" into package \"P\", because the element "
                        "has been modified locally.\n"_s;
    const char *generic =
            R"({"success":false,"errorInfo":{"errorCode":"Exception","message":"Packages installation failed"}})";
    const auto warned = InstallLogAnalyzer::analyse(input(generic, log));
    EXPECT_EQ(warned.status, InstallOutcome::Status::SucceededWithWarnings);
    EXPECT_EQ(warned.warnings.size(), 1);
    EXPECT_EQ(InstallLogAnalyzer::analyse(input(generic, log + u"c error CS1002: ; expected\n"_s))
                      .status,
              InstallOutcome::Status::Failed)
            << "a compiler error makes it a failure";
    EXPECT_EQ(InstallLogAnalyzer::analyse(
                      input(R"({"success":false,"errorInfo":{"message":"Other"}})", log))
                      .status,
              InstallOutcome::Status::Failed)
            << "another message is a failure";
}

TEST(InstallLogAnalyzer, LostAnswerIsJudgedFromTheLogAlone)
{
    const auto ok = InstallLogAnalyzer::analyse(input(nullptr, CleanLog));
    EXPECT_EQ(ok.status, InstallOutcome::Status::SucceededWithWarnings);
    EXPECT_FALSE(ok.warnings.isEmpty());
    EXPECT_EQ(InstallLogAnalyzer::analyse(input(nullptr, u"a Starting package installation\n"_s))
                      .status,
              InstallOutcome::Status::Unknown);
    EXPECT_EQ(InstallLogAnalyzer::analyse(
                      input(nullptr, CleanLog + u"ERROR InvalidGZipArchiveException\n"_s))
                      .status,
              InstallOutcome::Status::Failed);
}

TEST(InstallLogAnalyzer, NewLinesFollowTheLogAndNoticeARestart)
{
    bool restarted = true;
    EXPECT_EQ(InstallLogAnalyzer::newLines({}, u"a\nb\npart"_s, &restarted),
              (QStringList{u"a"_s, u"b"_s}));
    EXPECT_FALSE(restarted);
    EXPECT_EQ(InstallLogAnalyzer::newLines(u"a\nb\n"_s, u"a\nb\nc\n"_s, &restarted),
              QStringList{u"c"_s});
    EXPECT_EQ(InstallLogAnalyzer::newLines(u"a\nb\n"_s, u"x\n"_s, &restarted), QStringList{u"x"_s});
    EXPECT_TRUE(restarted);
}
