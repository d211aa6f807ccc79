#pragma once

// Shared by the libFuzzer targets of the package archive reader (header-only on purpose: each
// target is one executable built with its own sanitizer flags).

#include "package/PackageArchiveReader.h"
#include "util/QuietProgress.h"

#include <QIODevice>
#include <QtGlobal>

#include <cstdio>
#include <cstdlib>

namespace upgrade::fuzz {

/// Limits small enough to keep each run fast, with the same checks as the defaults.
inline PackageArchiveLimits fuzzLimits()
{
    PackageArchiveLimits limits;
    limits.maxArchiveSize = 64 << 20;
    limits.maxPackageFileSize = 16 << 20;
    limits.maxPackageSize = 8 << 20;
    limits.maxTotalSize = 16 << 20;
    limits.maxFilesPerPackage = 10000;
    limits.ratioGrace = 1 << 20;
    return limits;
}

[[noreturn]] inline void fail(const char *what)
{
    std::fprintf(stderr, "invariant broken: %s\n", what);
    std::abort();
}

/// Drops Qt's warnings (QuaZip's seeks past the end of a QBuffer): they only slow fuzzing.
inline void silenceQt()
{
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
}

/// Reads `device` as an archive and checks the reader's promises.
inline void readAndCheck(QIODevice &device)
{
    static const PackageArchiveLimits limits = fuzzLimits();
    QuietProgress progress;
    const PackageArchiveReader::Result result =
            PackageArchiveReader(limits).read(device, QStringLiteral("fuzz.zip"), progress);
    if (result.ok()) {
        if (result.archive->packages.isEmpty())
            fail("a valid archive without packages");
        for (const PackageInfo &p : result.archive->packages) {
            if (p.name.isEmpty() || p.uid.isEmpty() || p.version.isEmpty())
                fail("a package without name, uid or version");
        }
    } else if (result.error.problem == PackageArchiveProblem::None ||
               result.error.message.isEmpty()) {
        fail("a refusal without a problem or a message");
    }
    // One block of 64 KiB may pass a limit before the check stops the reading.
    if (result.statistics.decompressedBytes > limits.maxTotalSize + (64 << 10))
        fail("inflated beyond the total limit");
}

} // namespace upgrade::fuzz
