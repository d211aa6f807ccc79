#include "PostgresTools.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

/// Major versions installed in a folder like /usr/lib/postgresql/<N>, descending.
QList<int> installedMajors(const QString &parent, const QString &prefix = {})
{
    QList<int> majors;
    const QStringList entries = QDir(parent).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &e : entries) {
        if (!e.startsWith(prefix))
            continue;
        bool ok = false;
        const int n = e.mid(prefix.size()).toInt(&ok);
        if (ok && n > 0)
            majors.append(n);
    }
    std::sort(majors.begin(), majors.end(), std::greater<int>());
    return majors;
}

} // namespace

QString PostgresTools::executableName(const QString &tool)
{
#ifdef Q_OS_WIN
    return tool + u".exe"_s;
#else
    return tool;
#endif
}

QStringList PostgresTools::candidateDirs(int serverMajor, const QString &explicitDir)
{
    QStringList dirs;
    if (!explicitDir.isEmpty())
        dirs.append(explicitDir);
    const QString fromEnv = qEnvironmentVariable("BPMSOFT_UPGRADE_PG_BIN");
    if (!fromEnv.isEmpty())
        dirs.append(fromEnv);

    // Layouts: a parent folder with one subfolder per major version.
    struct Layout
    {
        QString parent;
        QString prefix;
        QString suffix;
    };
    QList<Layout> layouts;
#ifdef Q_OS_WIN
    for (const char *var : {"ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"}) {
        const QString base = qEnvironmentVariable(var);
        if (!base.isEmpty())
            layouts.append({base + u"/PostgreSQL"_s, {}, u"/bin"_s});
    }
    layouts.append({u"C:/Program Files/PostgreSQL"_s, {}, u"/bin"_s});
#else
    layouts.append({u"/usr/lib/postgresql"_s, {}, u"/bin"_s});
    layouts.append({u"/usr"_s, u"pgsql-"_s, u"/bin"_s});
    layouts.append({u"/opt/homebrew/opt"_s, u"postgresql@"_s, u"/bin"_s});
    layouts.append({u"/usr/local/opt"_s, u"postgresql@"_s, u"/bin"_s});
#endif
    QList<std::pair<int, QString>> installed; // (major, bin folder)
    for (const Layout &l : layouts)
        for (int m : installedMajors(l.parent, l.prefix))
            installed.append({m, u"%1/%2%3%4"_s.arg(l.parent, l.prefix).arg(m).arg(l.suffix)});
    std::stable_sort(installed.begin(), installed.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    if (serverMajor <= 0) {
        for (const auto &[major, dir] : std::as_const(installed))
            dirs.append(dir); // any version: the newest first
    } else {
        // The server's own major version, then newer ones, the closest first (they can dump
        // older servers), then older ones (only to say that they are too old).
        for (const Layout &l : layouts)
            dirs.append(u"%1/%2%3%4"_s.arg(l.parent, l.prefix).arg(serverMajor).arg(l.suffix));
        for (auto it = installed.crbegin(); it != installed.crend(); ++it)
            if (it->first > serverMajor)
                dirs.append(it->second);
        for (const auto &[major, dir] : std::as_const(installed))
            if (major < serverMajor)
                dirs.append(dir);
    }
    dirs.removeDuplicates();
    return dirs;
}

std::optional<QVersionNumber> PostgresTools::parseVersion(const QString &versionOutput)
{
    static const QRegularExpression re(u"\\(PostgreSQL\\)\\s+(\\d+)(?:\\.(\\d+))?"_s);
    const QRegularExpressionMatch m = re.match(versionOutput);
    if (!m.hasMatch())
        return std::nullopt;
    QList<int> parts{m.captured(1).toInt()};
    if (m.capturedLength(2) > 0)
        parts.append(m.captured(2).toInt());
    return QVersionNumber(parts);
}

std::optional<PgToolSet> PostgresTools::find(int serverMajor, const QString &explicitDir,
                                             CommandRunner &runner, DbError *error)
{
    QStringList candidates;
    for (const QString &dir : candidateDirs(serverMajor, explicitDir)) {
        const QString dump = QDir(dir).filePath(executableName(u"pg_dump"_s));
        if (QFileInfo(dump).isExecutable())
            candidates.append(dump);
    }
    const QString onPath = ProcessRunner::findExecutable(u"pg_dump"_s);
    if (!onPath.isEmpty())
        candidates.append(onPath);

    QStringList tooOld;
    for (const QString &dump : std::as_const(candidates)) {
        const QString restore = QFileInfo(dump).dir().filePath(executableName(u"pg_restore"_s));
        if (!QFileInfo(restore).isExecutable())
            continue;
        ProcessSpec spec;
        spec.program = dump;
        spec.arguments = {u"--version"_s};
        spec.timeoutMs = 30000;
        const ProcessResult r = runner.run(spec);
        const QString text = QString::fromLocal8Bit(r.standardOutput).trimmed();
        const auto version = parseVersion(text);
        if (!r.succeeded() || !version)
            continue;
        if (serverMajor > 0 && version->majorVersion() < serverMajor) {
            tooOld.append(u"%1 (%2)"_s.arg(QDir::toNativeSeparators(dump), text));
            continue;
        }
        return PgToolSet{dump, restore, *version, text};
    }
    if (error) {
        const QString hint =
#ifdef Q_OS_WIN
                tr("Install the PostgreSQL %1 command line tools (the PostgreSQL installer's "
                   "\"Command Line Tools\") or give their folder in the settings.")
#else
                tr("Install the PostgreSQL %1 client tools (Debian/Ubuntu: the package "
                   "postgresql-client-%1 from apt.postgresql.org) or give their folder with "
                   "BPMSOFT_UPGRADE_PG_BIN.")
#endif
                        .arg(serverMajor > 0 ? QString::number(serverMajor) : QString());
        if (!tooOld.isEmpty()) {
            *error = DbError(DbError::Code::ToolTooOld,
                             tr("The PostgreSQL tools found are older than the server (version "
                                "%1): pg_dump cannot back up a newer server. %2")
                                     .arg(serverMajor)
                                     .arg(hint),
                             tooOld.join(u'\n'));
        } else {
            *error = DbError(DbError::Code::ToolMissing,
                             tr("pg_dump and pg_restore were not found. %1").arg(hint),
                             candidateDirs(serverMajor, explicitDir).join(u'\n'));
        }
    }
    return std::nullopt;
}

} // namespace upgrade
