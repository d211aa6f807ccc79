// libFuzzer target: arbitrary bytes as the decompressed entry stream of one package (the inside
// of a .gz). The harness gzips them, so the fuzzer works on names, lengths and descriptor.json
// directly instead of on deflate data. Built like fuzz_package_archive.
#include "FuzzSupport.h"

#include <QBuffer>

#include <zlib.h>

#include <cstring>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    upgrade::fuzz::silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray gz(qsizetype(compressBound(uLong(size)) + 64), Qt::Uninitialized);
    z_stream z;
    std::memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 1, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return 0;
    z.next_in = const_cast<Bytef *>(data);
    z.avail_in = uInt(size);
    z.next_out = reinterpret_cast<Bytef *>(gz.data());
    z.avail_out = uInt(gz.size());
    const int ret = deflate(&z, Z_FINISH);
    gz.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    if (ret != Z_STREAM_END)
        return 0;
    QBuffer buffer(&gz);
    buffer.open(QIODevice::ReadOnly);
    upgrade::fuzz::readAndCheck(buffer);
    return 0;
}
