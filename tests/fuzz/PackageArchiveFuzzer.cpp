// libFuzzer target: arbitrary bytes as a package archive (.zip or .gz) for PackageArchiveReader.
// Built with -fsanitize=fuzzer,address,undefined (tests/fuzz/CMakeLists.txt, clang only).
//   fuzz_package_archive NEW_CORPUS SEEDS -dict=package_archive.dict -max_total_time=600
// Invariants checked besides memory safety: a result is either a valid archive with at least
// one package or a refusal with a problem and a message, and reading never inflates more than
// the limits allow.
#include "FuzzSupport.h"

#include <QBuffer>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    upgrade::fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes =
            QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    upgrade::fuzz::readAndCheck(buffer);
    return 0;
}
