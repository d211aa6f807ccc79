// The site folder copy: content equal (logs and temporary files left out), progress, cancel
// without a half copy, refusals of folders that are not this program's.
#include "site/SiteFolderCopier.h"
#include "../onec/TestDoubles.h"
#include "QtPrinters.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;
using namespace upgrade::test;

namespace {

void write(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

QStringList listing(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(root).relativeFilePath(it.next()));
    out.sort();
    return out;
}

class SiteFolderCopierTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        source = dir.filePath(u"BPM_Prod"_s);
        write(source + u"/ConnectionStrings.config"_s, "<connectionStrings/>");
        write(source + u"/BPMSoft.WebApp/bin/BPMSoft.Core.dll"_s, QByteArray(3 * 1024 * 1024, 'x'));
        write(source + u"/BPMSoft.WebApp/Logs/Common.log"_s, "old log");
        write(source + u"/Logs/x.txt"_s, "log folder");
        write(source + u"/Temp/cache.bin"_s, "temp");
        write(source + u"/BPMSoft.WebApp/Terrasoft.Configuration/Pkg/Temp/needed.cs"_s,
              "deep Temp stays");
        write(source + u"/web.config"_s, "<configuration/>");
        write(source + u"/trace.log"_s, "log file");
    }
    QTemporaryDir dir;
    QString source;
};

TEST_F(SiteFolderCopierTest, CopiesAllButLogsAndTemp)
{
    const QString target = dir.filePath(u"BPM_Test"_s);
    RecordingProgress progress;
    const auto r = SiteFolderCopier::copy(source, target, progress);
    ASSERT_TRUE(r.ok) << r.message.toStdString();
    EXPECT_EQ(listing(target),
              (QStringList{u".bpmsoft-upgrade-test-site"_s,
                           u"BPMSoft.WebApp/Terrasoft.Configuration/Pkg/Temp/needed.cs"_s,
                           u"BPMSoft.WebApp/bin/BPMSoft.Core.dll"_s, u"ConnectionStrings.config"_s,
                           u"web.config"_s}));
    QFile a(source + u"/BPMSoft.WebApp/bin/BPMSoft.Core.dll"_s),
            b(target + u"/BPMSoft.WebApp/bin/BPMSoft.Core.dll"_s);
    ASSERT_TRUE(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
    EXPECT_EQ(a.readAll(), b.readAll());
    EXPECT_DOUBLE_EQ(progress.fraction(), 1.0);
    EXPECT_TRUE(SiteFolderCopier::isOwnCopy(target));
    EXPECT_FALSE(QFileInfo::exists(target + u".incomplete"_s));
    // Its own earlier copy may be replaced.
    write(target + u"/stale.txt"_s, "from the last run");
    ASSERT_TRUE(SiteFolderCopier::copy(source, target, progress).ok);
    EXPECT_FALSE(QFile::exists(target + u"/stale.txt"_s));
}

TEST_F(SiteFolderCopierTest, CancelLeavesNothing)
{
    Cancellation cancel;
    RecordingProgress progress(cancel);
    cancel.cancel();
    const QString target = dir.filePath(u"BPM_Test"_s);
    const auto r = SiteFolderCopier::copy(source, target, progress);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(QFileInfo::exists(target));
    EXPECT_FALSE(QFileInfo::exists(target + u".incomplete"_s));
}

TEST_F(SiteFolderCopierTest, RefusesForeignOrOverlappingFolders)
{
    const QString foreign = dir.filePath(u"Someone"_s);
    write(foreign + u"/important.txt"_s, "not ours");
    RecordingProgress progress;
    EXPECT_FALSE(SiteFolderCopier::copy(source, foreign, progress).ok);
    EXPECT_TRUE(QFile::exists(foreign + u"/important.txt"_s));
    EXPECT_FALSE(SiteFolderCopier::checkTarget(source, source + u"/test"_s).isEmpty());
    EXPECT_FALSE(SiteFolderCopier::checkTarget(source, source).isEmpty());
    EXPECT_FALSE(SiteFolderCopier::checkTarget(source + u"/BPMSoft.WebApp"_s, source).isEmpty());
    EXPECT_FALSE(SiteFolderCopier::checkTarget(dir.filePath(u"missing"_s), dir.filePath(u"t"_s))
                         .isEmpty());
    QDir().mkpath(dir.filePath(u"empty"_s));
    EXPECT_TRUE(SiteFolderCopier::checkTarget(source, dir.filePath(u"empty"_s)).isEmpty());
}

} // namespace
