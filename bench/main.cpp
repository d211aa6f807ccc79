// upgrade-bench: the benchmarks of issue 9 (scripts/bench runs it; docs/benchmarks.md).
#include "BenchOptions.h"
#include "BenchPostgres.h"
#include "BenchRunner.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"upgrade-bench"_s);
    QString error;
    bool help = false;
    const auto options = upgrade::bench::BenchOptions::parse(app.arguments(), &error, &help);
    if (!options) {
        std::fprintf(help ? stdout : stderr, "%s\n", qPrintable(error));
        return help ? 0 : 2;
    }
    auto server = upgrade::bench::BenchPostgres::fromUrl(options->pgUrl, options->pgBin, &error);
    if (!server) {
        std::fprintf(stderr, "upgrade-bench: --pg-url: %s\n", qPrintable(error));
        return 2;
    }
    upgrade::bench::BenchRunner runner(*options, *server);
    return runner.run();
}
