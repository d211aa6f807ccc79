// Writes seed corpora for the fuzz targets, built with PackageArchiveBuilder in the real
// format: DIR/archive (archives: .gz and .zip, valid and hostile) and DIR/stream (decompressed
// package entry streams).   package_archive_seeds DIR
#include "PackageArchiveBuilder.h"

#include <QDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using Builder = upgrade::PackageArchiveBuilder;

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: package_archive_seeds DIR\n");
        return 2;
    }
    const QDir root(QString::fromLocal8Bit(argv[1]));
    for (const QString &sub : {u"archive"_s, u"stream"_s, u"archive-new"_s, u"stream-new"_s}) {
        if (!root.mkpath(sub)) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(root.filePath(sub)));
            return 1;
        }
    }
    Builder::Descriptor connector(u"SmrConnector"_s, u"2.1.0"_s);
    connector.maintainer = u"Smr"_s;
    connector.dependsOn = {{u"SmrBase"_s, {}, u"1.1.0"_s}, {u"Base"_s, {}, u"7.8.0"_s}};
    const Builder::Descriptor base(u"SmrBase"_s, u"1.1.0-beta.2"_s);
    const QList<Builder::File> files = {{u"Schemas/SmrSyncHistory/metadata.json"_s, "{\"a\":1}"},
                                        {u"SqlScripts\\MSSql\\fix.sql"_s, "UPDATE x SET y=1;"}};
    const QByteArray stream = Builder::packageStream(connector, files);

    const QList<QPair<QString, QByteArray>> archives = {
            {u"single.gz"_s, Builder::package(connector, files)},
            {u"two-members.gz"_s, Builder::gzip(stream.left(9)) + Builder::gzip(stream.mid(9))},
            {u"two.zip"_s, Builder().addPackage(base).addPackage(connector, files).toZip()},
            {u"stored.zip"_s, Builder().addPackage(base).toZip(true)},
            {u"folder.zip"_s, Builder::zip({{u"P/"_s, {}}, {u"P/A.gz"_s, Builder::package(base)}})},
            {u"txt.zip"_s, Builder::zip({{u"readme.txt"_s, "x"}})},
            {u"truncated.gz"_s, Builder::package(connector).left(60)},
            {u"dotdot.gz"_s,
             Builder::gzip(Builder::packageStream(base) + Builder::entry(u"..\\x"_s, "x"))},
    };
    const QList<QPair<QString, QByteArray>> streams = {
            {u"connector"_s, stream},
            {u"base"_s, Builder::packageStream(base)},
            {u"no-bom"_s,
             Builder::entry(u"descriptor.json"_s, Builder::descriptorJson(connector, false))},
            {u"overlong"_s,
             Builder::packageStream(base) + Builder::rawEntry(1, "x\0"_ba, 4000, "short")},
    };
    for (const auto &[name, bytes] : archives) {
        if (!Builder::write(root.filePath(u"archive/"_s + name), bytes))
            return 1;
    }
    for (const auto &[name, bytes] : streams) {
        if (!Builder::write(root.filePath(u"stream/"_s + name), bytes))
            return 1;
    }
    std::printf("seeds written to %s\n", qPrintable(root.path()));
    return 0;
}
