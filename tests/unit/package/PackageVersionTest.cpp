// PackageVersion's rule (parse and order) and PackageComparison's classification of archive
// packages against the installed ones.
#include "package/PackageVersion.h"
#include "QtPrinters.h"
#include "package/PackageComparison.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace upgrade;

namespace {

int order(const QString &a, const QString &b)
{
    const auto x = PackageVersion::parse(a);
    const auto y = PackageVersion::parse(b);
    EXPECT_TRUE(x.has_value()) << a.toStdString();
    EXPECT_TRUE(y.has_value()) << b.toStdString();
    if (!x || !y)
        return 99;
    const auto c = *x <=> *y;
    return c == std::strong_ordering::less ? -1 : c == std::strong_ordering::greater ? 1 : 0;
}

TEST(PackageVersion, OrderTable)
{
    struct Row
    {
        const char16_t *a;
        const char16_t *b;
        int expected;
    };
    const Row rows[] = {
            {u"1.2.3", u"1.2.3", 0},
            {u"1.2.3", u"1.2.4", -1},
            {u"1.2.10", u"1.2.9", 1}, // numerically, not as text
            {u"1.10.0", u"1.9.99", 1},
            {u"2.0", u"1.99.99.9999", 1},
            {u"1.2", u"1.2.0", 0}, // a missing part counts as 0
            {u"1.2", u"1.2.0.0", 0},
            {u"1.2", u"1.2.0.1", -1},
            {u"7.18.0.1234", u"7.18.0.1233", 1},
            {u"7.18.0.1234", u"7.18.1", -1},
            {u"7.18.0.1234", u"7.18.0.1234", 0},
            {u"01.002.3", u"1.2.3", 0},    // leading zeros do not matter
            {u"2.0.0-beta", u"2.0.0", -1}, // a pre-release is older than its release
            {u"2.0.0-beta", u"1.9.9", 1},
            {u"2.0.0-alpha", u"2.0.0-beta", -1},
            {u"1.0-alpha", u"1.0-alpha.1", -1},
            {u"1.0-alpha.1", u"1.0-alpha.beta", -1}, // numbers before words
            {u"1.0-beta.2", u"1.0-beta.11", -1},     // numeric identifiers numerically
            {u"1.0-rc.1", u"1.0", -1},
            {u"1.0.0+build.5", u"1.0.0", 0}, // build metadata ignored
            {u"1.0.0-rc.1+b7", u"1.0.0-rc.1", 0},
            {u" 1.2.3 ", u"1.2.3", 0},
            {u"18446744073", u"18446744072", 1},
    };
    for (const Row &row : rows) {
        SCOPED_TRACE(QString::fromUtf16(row.a).toStdString() + " vs " +
                     QString::fromUtf16(row.b).toStdString());
        EXPECT_EQ(order(QString::fromUtf16(row.a), QString::fromUtf16(row.b)), row.expected);
        EXPECT_EQ(order(QString::fromUtf16(row.b), QString::fromUtf16(row.a)), -row.expected);
    }
}

TEST(PackageVersion, RejectsWhatIsNotAVersion)
{
    for (const QString &text :
         {u""_s, u" "_s, u"v1.2"_s, u"1..2"_s, u"1.2."_s, u".1"_s, u"1.2.3.4.5.6.7.8.9"_s,
          u"1.2-"_s, u"1.2-beta..1"_s, u"1.2+"_s, u"abc"_s, u"1,2"_s, u"1.2 beta"_s, u"１.２"_s,
          u"1.2\n3"_s, u"1234567890123456789"_s}) {
        EXPECT_FALSE(PackageVersion::parse(text).has_value()) << text.toStdString();
    }
    const auto v = PackageVersion::parse(u"1.4.0-rc.2+build"_s);
    ASSERT_TRUE(v);
    EXPECT_EQ(v->numbers(), (QList<quint64>{1, 4, 0}));
    EXPECT_EQ(v->preRelease(), (QStringList{u"rc"_s, u"2"_s}));
    EXPECT_TRUE(v->isPreRelease());
    EXPECT_EQ(v->toString(), u"1.4.0-rc.2+build"_s);
}

TEST(PackageComparison, ClassifyTable)
{
    struct Row
    {
        const char16_t *archive;
        const char16_t *installed;
        PackageChangeKind expected;
    };
    const Row rows[] = {
            {u"1.2.4", u"1.2.3", PackageChangeKind::Upgrade},
            {u"1.2.3", u"1.2.3", PackageChangeKind::Same},
            {u"1.2", u"1.2.0", PackageChangeKind::Same},
            {u"1.2.3", u"1.2.4", PackageChangeKind::Downgrade},
            {u"7.18.0.1234", u"7.17.3.9999", PackageChangeKind::Upgrade},
            {u"2.0.0", u"2.0.0-beta", PackageChangeKind::Upgrade},
            {u"2.0.0-beta", u"2.0.0", PackageChangeKind::Downgrade},
            {u"weird", u"weird", PackageChangeKind::Same},
            {u"weird", u"1.0", PackageChangeKind::Unknown},
            {u"1.0", u"", PackageChangeKind::Unknown},
    };
    for (const Row &row : rows) {
        SCOPED_TRACE(QString::fromUtf16(row.archive).toStdString() + " over " +
                     QString::fromUtf16(row.installed).toStdString());
        EXPECT_EQ(PackageComparison::classify(QString::fromUtf16(row.archive),
                                              QString::fromUtf16(row.installed)),
                  row.expected);
    }
}

PackageInfo package(const QString &name, const QString &uid, const QString &version)
{
    PackageInfo p;
    p.name = name;
    p.uid = uid;
    p.version = version;
    return p;
}

TEST(PackageComparison, MatchesByUidThenNameAndFlagsForeignUids)
{
    const QString connectorUid = u"0d7e8b5c-1a2b-4c3d-8e9f-001122334455"_s;
    const QString baseUid = u"a1b2c3d4-0000-4000-8000-000000000001"_s;
    const QList<PackageInfo> archive = {
            package(u"SmrConnector"_s, connectorUid, u"2.1.0"_s),
            package(u"SmrBase"_s, baseUid, u"1.0.0"_s),
            package(u"SmrNew"_s, u"a1b2c3d4-0000-4000-8000-000000000002"_s, u"1.0.0"_s),
            package(u"SmrRenamed"_s, u"a1b2c3d4-0000-4000-8000-000000000003"_s, u"3.0"_s),
            package(u"SmrForeign"_s, u"a1b2c3d4-0000-4000-8000-000000000004"_s, u"1.0"_s),
    };
    const QList<InstalledPackage> installed = {
            {u"smrconnector"_s, u"{0D7E8B5C-1A2B-4C3D-8E9F-001122334455}"_s, u"1.9.3"_s, u"Smr"_s},
            {u"SmrBase"_s, {}, u"1.0"_s, u"Smr"_s}, // the site gave no UId: by name
            {u"OldName"_s, u"a1b2c3d4-0000-4000-8000-000000000003"_s, u"3.1"_s, {}},
            {u"SmrForeign"_s, u"ffffffff-0000-4000-8000-000000000004"_s, u"0.9"_s, {}},
    };
    const QList<PackageChange> changes = PackageComparison::compare(archive, installed);
    ASSERT_EQ(changes.size(), 5);
    EXPECT_EQ(changes[0].kind, PackageChangeKind::Upgrade);
    ASSERT_TRUE(changes[0].installed);
    EXPECT_EQ(changes[0].installed->version, u"1.9.3"_s);
    EXPECT_FALSE(changes[0].uidDiffers);
    EXPECT_EQ(changes[1].kind, PackageChangeKind::Same);
    EXPECT_FALSE(changes[1].uidDiffers);
    EXPECT_EQ(changes[2].kind, PackageChangeKind::New);
    EXPECT_FALSE(changes[2].installed);
    EXPECT_EQ(changes[3].kind, PackageChangeKind::Downgrade); // matched by UId despite the name
    EXPECT_EQ(changes[3].installed->name, u"OldName"_s);
    EXPECT_EQ(changes[4].kind, PackageChangeKind::Upgrade);
    EXPECT_TRUE(changes[4].uidDiffers); // same name, another package
    for (const PackageChange &c : changes)
        EXPECT_FALSE(PackageComparison::describe(c.kind).isEmpty());
    EXPECT_EQ(PackageComparison::toString(PackageChangeKind::Downgrade), u"downgrade"_s);
}

} // namespace
