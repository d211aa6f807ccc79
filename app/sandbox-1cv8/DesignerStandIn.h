#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace upgrade::sandbox {

/// What the stand-in was asked to do: the 1cv8 command line, parsed as 1C parses it (keys are
/// case-insensitive; a value follows its key directly, `/N"user"`, or as the next argument).
struct DesignerArguments
{
    enum class Mode { None, Designer, CreateInfobase };
    Mode mode = Mode::None;
    QString folder;          ///< /F
    QString server;          ///< /S (not supported by the sandbox)
    QString user;            ///< /N
    QString password;        ///< /P
    QString outFile;         ///< /Out
    bool noTruncate = false; ///< -NoTruncate
    QString dumpFile;        ///< /DumpIB
    QString restoreFile;     ///< /RestoreIB
    QString unlockCode;      ///< /UC
    QString error;           ///< why the command line is not understood

    /// Parses the arguments after the program name. `/@ FILE` first reads them from FILE
    /// (UTF-8, Windows command-line quoting), as the real 1cv8 does.
    static DesignerArguments parse(const QStringList &arguments);
};

/// Splits a Windows-style command line ("a b" c\"d) into arguments (CommandLineToArgvW rules
/// for quotes and backslashes).
QStringList splitWindowsCommandLine(const QString &line);

/// The 1C Designer stand-in: DESIGNER /DumpIB and /RestoreIB on the sandbox's file infobase
/// (a folder with `infobase.sqlite` and `users.json`), writing an /Out log like the Russian
/// Designer (UTF-8 with BOM, CRLF) and exiting 0 on success, 1 on failure. Faults for tests
/// come from the environment (docs/onec.md). Single-threaded; used once per process.
class DesignerStandIn
{
public:
    explicit DesignerStandIn(DesignerArguments arguments);
    int run();

private:
    int fail(const QString &message);
    void writeLog(const QString &line);
    bool checkUser();
    int dump();
    int restore();
    int createInfobase();
    bool delay();

    DesignerArguments m_args;
    QString m_logEncoding;
    bool m_logStarted = false;
};

} // namespace upgrade::sandbox
