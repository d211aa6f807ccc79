// The platform locator (newest version, profile first, what was found) and the /Out log
// reader (BOM, CP1251, growing file).
#include "QtPrinters.h"
#include "onec/DesignerOutLog.h"
#include "onec/OneCExecutableLocator.h"

#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

void makeExecutable(const QString &path)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\n");
    f.close();
    f.setPermissions(f.permissions() | QFile::ExeOwner);
}

#ifndef Q_OS_WIN
TEST(OneCExecutableLocator, PicksTheNewestInstalledVersion)
{
    QTemporaryDir root;
    for (const QString &v : {u"8.3.9.2170"_s, u"8.3.24.1761"_s, u"8.3.10.2772"_s})
        makeExecutable(root.filePath(v + u"/1cv8"_s));
    makeExecutable(root.filePath(u"8.3.25.1000/rac"_s)); // no 1cv8 in it
    QDir().mkpath(root.filePath(u"common"_s));
    const OneCExecutable found = OneCExecutableLocator::locate({}, u"1cv8"_s, {root.path()});
    EXPECT_EQ(found.source, OneCExecutable::Source::InstallFolder);
    EXPECT_EQ(found.version, u"8.3.24.1761"_s);
    EXPECT_EQ(found.path, root.filePath(u"8.3.24.1761/1cv8"_s));
    EXPECT_TRUE(found.description.contains(u"8.3.24.1761"_s));
    EXPECT_EQ(OneCExecutableLocator::locate({}, u"rac"_s, {root.path()}).version, u"8.3.25.1000"_s);

    // The profile wins; rac is looked for next to it.
    OneCSettings s;
    s.executable = root.filePath(u"8.3.9.2170/1cv8"_s);
    EXPECT_EQ(OneCExecutableLocator::locate(s, u"1cv8"_s, {root.path()}).source,
              OneCExecutable::Source::Profile);
    EXPECT_FALSE(OneCExecutableLocator::locate(s, u"rac"_s, {root.path()}).isFound());
    s.executable = root.filePath(u"missing/1cv8"_s);
    const OneCExecutable missing = OneCExecutableLocator::locate(s, u"1cv8"_s, {root.path()});
    EXPECT_FALSE(missing.isFound());
    EXPECT_TRUE(missing.description.contains(u"missing"_s));
}
#endif

TEST(DesignerOutLog, DecodesUtf8WithBomAndCp1251)
{
    const QString text = u"Ошибка: Идентификация пользователя не выполнена"_s;
    EXPECT_EQ(DesignerOutLog::decode("\xEF\xBB\xBF" + text.toUtf8()), text);
    EXPECT_EQ(DesignerOutLog::decode(text.toUtf8()), text);
    QStringEncoder cp1251("windows-1251");
    EXPECT_EQ(DesignerOutLog::decode(cp1251.encode(text)), text);
    EXPECT_TRUE(DesignerOutLog::reportsError(text));
    EXPECT_FALSE(DesignerOutLog::reportsError(u"Выгрузка информационной базы успешно завершена"_s));
    EXPECT_TRUE(
            DesignerOutLog::reportsSuccess(u"Выгрузка информационной базы успешно завершена"_s));
}

TEST(DesignerOutLog, PollsAGrowingFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.log"_s);
    DesignerOutLog log(path);
    EXPECT_TRUE(log.poll().isEmpty()); // not there yet
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    f.write("\xEF\xBB\xBFПервая строка\r\nвтор");
    EXPECT_EQ(log.poll(), QStringList{u"Первая строка"_s});
    f.write("ая\r\nтретья");
    EXPECT_EQ(log.poll(), QStringList{u"вторая"_s});
    EXPECT_EQ(log.finish(), QStringList{u"третья"_s});
}

} // namespace
