// rac locking around a Designer dump, with a recording fake runner: the exact rac command
// lines (reference §2.3), the permission code passed as /UC and masked in logs, and the
// release — always, also when the dump fails, is cancelled, or locking fails half-way.
#include "QtPrinters.h"
#include "TestDoubles.h"
#include "onec/OneCAdmin.h"
#include "onec/RacClient.h"

#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::test;

namespace {

class OneCLockTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        settings.server = u"srv1c"_s;
        settings.infobaseName = u"Trade"_s;
        settings.user = u"Admin"_s;
        settings.rasAddress = u"srv1c:1545"_s;
        settings.clusterUser = u"cladmin"_s;
        settings.executable = u"/bin/sh"_s; // stands for 1cv8: the fake never runs it
        options.racExecutable = u"rac"_s;
        runner.answer = [this](const ProcessSpec &spec) { return answer(spec); };
    }

    ProcessResult answer(const ProcessSpec &spec)
    {
        const QString line = spec.arguments.join(u' ');
        if (spec.program == u"/bin/sh"_s)
            return designer(spec);
        if (line.contains(u"cluster list"_s))
            return RecordingRunner::ok("cluster : c-1\nhost    : srv1c\nport    : 1541\nname    : "
                                       "\"Main\"\n\ncluster : c-2\nhost : other\nport : 1541\n\n");
        if (line.contains(u"infobase summary list"_s))
            return RecordingRunner::ok("infobase : ib-0\nname     : Salary\ndescr : \n\ninfobase : "
                                       "ib-1\nname : trade\n");
        if (line.contains(u"infobase info"_s))
            return RecordingRunner::ok(
                    QByteArray("infobase : ib-1\nname : Trade\nsessions-deny : off\n"
                               "scheduled-jobs-deny : ") +
                    jobsDenied + "\npermission-code :\n");
        if (line.contains(u"session list"_s))
            return RecordingRunner::ok(
                    "session : s-1\nuser-name : Ivanova\napp-id : 1CV8C\n\n"
                    "session : s-2\nuser-name : Robot\napp-id : BackgroundJob\n");
        if (line.contains(u"--sessions-deny=on"_s) && failSessionsDeny)
            return RecordingRunner::failed(1, "Недостаточно прав пользователя");
        return RecordingRunner::ok();
    }

    OneCAdmin admin()
    {
        return OneCAdmin(settings, OneCCredentials{u"ibpw"_s, u"clpw"_s}, runner, options);
    }
    QStringList racLines() const
    {
        QStringList out;
        for (const ProcessSpec &s : runner.specs())
            if (s.program == u"rac"_s)
                out.append(s.arguments.join(u' '));
        return out;
    }
    qsizetype indexOfDesigner() const
    {
        const auto specs = runner.specs();
        for (qsizetype i = 0; i < specs.size(); ++i)
            if (specs.at(i).program == u"/bin/sh"_s)
                return i;
        return -1;
    }

    OneCSettings settings;
    OneCAdmin::Options options;
    RecordingRunner runner;
    std::function<ProcessResult(const ProcessSpec &)> designer = [](const ProcessSpec &) {
        return RecordingRunner::failed(1);
    };
    QByteArray jobsDenied = "off";
    bool failSessionsDeny = false;
    QTemporaryDir dir;
};

TEST_F(OneCLockTest, LocksWithTheReferenceCommandsAndReleasesAfterAFailedDump)
{
    RecordingProgress progress;
    const OneCResult r = admin().dump(dir.filePath(u"t.dt"_s), progress);
    EXPECT_EQ(r.outcome, OneCResult::Outcome::Failed);

    const QStringList rac = racLines();
    ASSERT_GE(rac.size(), 8) << rac.join(u'\n').toStdString();
    EXPECT_EQ(rac.at(0), u"srv1c:1545 cluster list"_s);
    EXPECT_EQ(rac.at(1), u"srv1c:1545 infobase summary list --cluster=c-1 --cluster-user=cladmin "
                         u"--cluster-pwd=clpw"_s);
    EXPECT_EQ(rac.at(2), u"srv1c:1545 infobase info --cluster=c-1 --infobase=ib-1 "
                         u"--infobase-user=Admin --infobase-pwd=ibpw --cluster-user=cladmin "
                         u"--cluster-pwd=clpw"_s);
    EXPECT_EQ(rac.at(3), u"srv1c:1545 infobase update --infobase=ib-1 --infobase-user=Admin "
                         u"--infobase-pwd=ibpw --cluster=c-1 --scheduled-jobs-deny=on "
                         u"--cluster-user=cladmin --cluster-pwd=clpw"_s);
    static const QRegularExpression sessionsDeny(
            uR"(^srv1c:1545 infobase update --infobase=ib-1 --infobase-user=Admin --infobase-pwd=ibpw --cluster=c-1 --sessions-deny=on --denied-message=.+ --denied-from=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d --permission-code=(\d+) --cluster-user=cladmin --cluster-pwd=clpw$)"_s);
    const auto match = sessionsDeny.match(rac.at(4));
    ASSERT_TRUE(match.hasMatch()) << rac.at(4).toStdString();
    const QString code = match.captured(1);
    EXPECT_EQ(rac.at(5), u"srv1c:1545 session list --cluster=c-1 --infobase=ib-1 "
                         u"--cluster-user=cladmin --cluster-pwd=clpw"_s);
    EXPECT_EQ(rac.at(6), u"srv1c:1545 session terminate --cluster=c-1 --session=s-1 "
                         u"--cluster-user=cladmin --cluster-pwd=clpw"_s);
    EXPECT_EQ(rac.at(7), u"srv1c:1545 session terminate --cluster=c-1 --session=s-2 "
                         u"--cluster-user=cladmin --cluster-pwd=clpw"_s);
    // Released after the failed dump, back to the state found.
    EXPECT_EQ(rac.last(), u"srv1c:1545 infobase update --infobase=ib-1 --infobase-user=Admin "
                          u"--infobase-pwd=ibpw --cluster=c-1 --sessions-deny=off "
                          u"--scheduled-jobs-deny=off --cluster-user=cladmin --cluster-pwd=clpw"_s);
    const qsizetype designerAt = indexOfDesigner();
    ASSERT_GE(designerAt, 0);
    EXPECT_EQ(designerAt, runner.specs().size() - 2); // the unlock comes right after
    const ProcessSpec designerSpec = runner.specs().at(designerAt);
    EXPECT_TRUE(designerSpec.arguments.contains(u"/UC"_s + code));
    EXPECT_TRUE(designerSpec.arguments.contains(u"/Ssrv1c\\Trade"_s));
    // Neither the permission code nor a password reaches a logged line.
    const QString logged = ProcessRunner::commandLine(designerSpec) + r.details + r.commandLine;
    EXPECT_FALSE(logged.contains(code));
    EXPECT_FALSE(logged.contains(u"ibpw"_s));
    for (const ProcessSpec &s : runner.specs())
        EXPECT_FALSE(ProcessRunner::commandLine(s).contains(u"clpw"_s));
}

TEST_F(OneCLockTest, ReleasedAfterCancelToo)
{
    designer = [](const ProcessSpec &) {
        ProcessResult r = RecordingRunner::failed(-1);
        r.cancelled = true;
        return r;
    };
    RecordingProgress progress;
    const OneCResult r = admin().dump(dir.filePath(u"t.dt"_s), progress);
    EXPECT_EQ(r.outcome, OneCResult::Outcome::Cancelled);
    EXPECT_TRUE(racLines().last().contains(u"--sessions-deny=off --scheduled-jobs-deny=off"_s));
}

TEST_F(OneCLockTest, ScheduledJobsDeniedBeforeStayDenied)
{
    jobsDenied = "on"; // a test copy created with SchJobDn=Y
    designer = [](const ProcessSpec &spec) {
        // A successful Designer: writes the dump and the log.
        const qsizetype out = spec.arguments.indexOf(u"/Out"_s);
        QFile log(spec.arguments.at(out + 1));
        log.open(QIODevice::WriteOnly);
        log.write("\xEF\xBB\xBFВыгрузка информационной базы успешно завершена\r\n");
        QFile dt(spec.arguments.last());
        dt.open(QIODevice::WriteOnly);
        dt.write("dump");
        return RecordingRunner::ok();
    };
    RecordingProgress progress;
    const OneCResult r = admin().dump(dir.filePath(u"t.dt"_s), progress);
    ASSERT_TRUE(r.succeeded()) << r.message.toStdString();
    for (const QString &line : racLines())
        EXPECT_FALSE(line.contains(u"scheduled-jobs-deny"_s)) << line.toStdString();
    EXPECT_TRUE(racLines().last().contains(u"--sessions-deny=off"_s));
}

TEST_F(OneCLockTest, HalfDoneLockIsUndoneAndTheDesignerNeverRuns)
{
    failSessionsDeny = true;
    RecordingProgress progress;
    const OneCResult r = admin().dump(dir.filePath(u"t.dt"_s), progress);
    EXPECT_EQ(r.outcome, OneCResult::Outcome::Failed);
    EXPECT_TRUE(r.message.contains(u"Недостаточно прав"_s)) << r.message.toStdString();
    EXPECT_EQ(indexOfDesigner(), -1);
    EXPECT_TRUE(racLines().last().endsWith(u"--cluster=c-1 --scheduled-jobs-deny=off "
                                           u"--cluster-user=cladmin --cluster-pwd=clpw"_s))
            << racLines().last().toStdString();
}

TEST(RacClient, ParsesRecords)
{
    const auto records = RacClient::parse(
            u"cluster : 1\nhost : a\n\n\ncluster : 2\nname : \"Главный кластер\"\n"_s);
    ASSERT_EQ(records.size(), 2);
    EXPECT_EQ(records.at(0).value(u"host"_s), u"a"_s);
    EXPECT_EQ(records.at(1).value(u"name"_s), u"Главный кластер"_s);
}

} // namespace
