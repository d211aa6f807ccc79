// Every page in both languages, filled with sample data, as scripts/screenshots makes them:
// no text is cut off, and the Russian pages have no English left in them.
#include "ScreenshotTour.h"
#include "QtPrinters.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade::wizard;

namespace {

TEST(ScreenshotTour, EveryPageFitsAndIsTranslated)
{
    QTemporaryDir dir;
    const ScreenshotTour::Result result = ScreenshotTour::run(dir.path(), {u"en"_s, u"ru"_s});
    EXPECT_TRUE(result.problems.isEmpty()) << result.problems.join(u'\n').toStdString();
    EXPECT_EQ(result.files.size(), 30);
    for (const QString &file : result.files) {
        const QImage image(file);
        EXPECT_GE(image.width(), 900) << file.toStdString();
        EXPECT_GE(image.height(), 680) << file.toStdString();
    }
}

} // namespace
