#include "InstallLogAnalyzer.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace upgrade {

namespace {

constexpr auto ci = QRegularExpression::CaseInsensitiveOption;

const QRegularExpression &compilerErrorPattern()
{
    static const QRegularExpression re(uR"(\berror\s+CS\d{4}\b)"_s, ci);
    return re;
}

/// Lines that mean something went wrong. "Error while saving the metadata of application"
/// appears in healthy runs (clio's analysis) and is ignored; so is the compiler's summary
/// line, which also appears for warnings only.
bool isErrorLine(const QString &line)
{
    static const QRegularExpression benign(
            uR"(Error while saving the metadata of application|Errors and \(or\) warnings occurred while compiling)"_s,
            ci);
    static const QRegularExpression error(
            uR"(\berror\s+CS\d{4}\b|Exception\b|installation failed|finished with errors|\bERROR\b|\bFATAL\b|Unable to install)"_s);
    static const QRegularExpression errorCi(
            uR"(installation failed|finished with errors|Packages installation failed)"_s, ci);
    if (benign.match(line).hasMatch())
        return false;
    if (line.contains(u"has been modified locally"_s, Qt::CaseInsensitive))
        return false; // a warning of its own kind (GH-1299)
    return error.match(line).hasMatch() || errorCi.match(line).hasMatch();
}

QStringList lines(const QString &log)
{
    QStringList out;
    for (const QString &line : log.split(u'\n')) {
        QString l = line;
        if (l.endsWith(u'\r'))
            l.chop(1);
        if (!l.trimmed().isEmpty())
            out.append(l);
    }
    return out;
}

} // namespace

QStringList InstallLogAnalyzer::errorLines(const QString &log)
{
    QStringList out;
    for (const QString &line : lines(log))
        if (isErrorLine(line))
            out.append(line.trimmed());
    return out;
}

QStringList InstallLogAnalyzer::modifiedLocallyLines(const QString &log)
{
    QStringList out;
    for (const QString &line : lines(log))
        if (line.contains(u"has been modified locally"_s, Qt::CaseInsensitive))
            out.append(line.trimmed());
    return out;
}

bool InstallLogAnalyzer::hasFinished(const QString &log)
{
    return log.contains(u"Package installation finished"_s, Qt::CaseInsensitive) ||
           log.contains(u"Packages installation finished"_s, Qt::CaseInsensitive);
}

bool InstallLogAnalyzer::hasSuccessLine(const QString &log)
{
    return log.contains(u"installed successfully"_s, Qt::CaseInsensitive);
}

bool InstallLogAnalyzer::hasCompilerError(const QString &log)
{
    return compilerErrorPattern().match(log).hasMatch();
}

QStringList InstallLogAnalyzer::newLines(const QString &previous, const QString &current,
                                         bool *restarted)
{
    if (restarted)
        *restarted = false;
    QString fresh;
    if (current.startsWith(previous)) {
        fresh = current.mid(previous.size());
    } else {
        if (restarted)
            *restarted = true;
        fresh = current;
    }
    // Only complete lines are reported; a partial last line waits for the next read.
    const qsizetype end = fresh.lastIndexOf(u'\n');
    if (end < 0)
        return {};
    return lines(fresh.left(end));
}

InstallOutcome InstallLogAnalyzer::analyse(const Input &input)
{
    InstallOutcome out;
    out.log = input.log;
    out.responseDetails = input.responseDetails;
    const QStringList logErrors = input.logAvailable ? errorLines(input.log) : QStringList();
    const QStringList modified =
            input.logAvailable ? modifiedLocallyLines(input.log) : QStringList();
    const bool finished = input.logAvailable && hasFinished(input.log);
    const bool successLine = input.logAvailable && hasSuccessLine(input.log);

    if (!input.response) {
        // The answer was lost (dropped connection, proxy timeout, not JSON): only the log can
        // tell, and only a clean, finished log counts.
        out.errors = logErrors;
        if (!logErrors.isEmpty()) {
            out.status = InstallOutcome::Status::Failed;
            out.message = tr("The installation failed: the installation log shows errors "
                             "(the server's answer was lost).");
        } else if (finished && successLine) {
            out.status = InstallOutcome::Status::SucceededWithWarnings;
            out.warnings.append(tr("The server's answer to the installation was lost; success "
                                   "was judged from the installation log alone."));
            out.warnings.append(modified);
            out.message = tr("The package was installed (judged from the log; the server's "
                             "answer was lost).");
        } else {
            out.status = InstallOutcome::Status::Unknown;
            out.message = tr("It is not known whether the package was installed: the server's "
                             "answer was lost and the installation log does not say that it "
                             "finished. Check the installed package versions and the log "
                             "before doing anything else.");
        }
        return out;
    }

    const QJsonObject &r = *input.response;
    const bool success = r.value(u"success"_s).toBool(false);
    const QJsonObject errorInfo = r.value(u"errorInfo"_s).toObject();
    QString serverMessage = errorInfo.value(u"message"_s).toString();
    if (serverMessage.isEmpty())
        serverMessage = r.value(u"message"_s).toString();

    if (success) {
        if (!logErrors.isEmpty()) {
            out.status = InstallOutcome::Status::Failed;
            out.errors = logErrors;
            out.message = tr("The server reported success, but the installation log shows "
                             "errors: the installation is treated as failed.");
            return out;
        }
        if (!input.logAvailable) {
            out.status = InstallOutcome::Status::Unknown;
            out.message = tr("The server reported success, but the installation log could not "
                             "be read to confirm it. Check the installed package versions.");
            return out;
        }
        out.warnings = modified;
        if (!finished && !successLine) {
            out.status = InstallOutcome::Status::SucceededWithWarnings;
            out.warnings.prepend(tr("The installation log does not contain the usual final "
                                    "line; read it to be sure."));
            out.message = tr("The package was installed; the log should be checked.");
        } else if (!modified.isEmpty()) {
            out.status = InstallOutcome::Status::SucceededWithWarnings;
            out.message = tr("The package was installed with warnings.");
        } else {
            out.status = InstallOutcome::Status::Succeeded;
            out.message = tr("The package was installed successfully.");
        }
        return out;
    }

    // success:false. The GH-1299 case: the install finished, but skipped schemas modified
    // locally; the server still says "Packages installation failed".
    const bool genericMessage = serverMessage == u"Packages installation failed"_s;
    if (genericMessage && finished && !modified.isEmpty() && !hasCompilerError(input.log)) {
        out.status = InstallOutcome::Status::SucceededWithWarnings;
        out.warnings = modified;
        out.message = tr("The package was installed, but some schemas were skipped because "
                         "they were modified locally on this site.");
        return out;
    }
    out.status = InstallOutcome::Status::Failed;
    if (!serverMessage.isEmpty())
        out.errors.append(serverMessage);
    out.errors.append(logErrors);
    out.warnings = modified;
    out.message = serverMessage.isEmpty()
                          ? tr("The installation failed; the details are in the installation log.")
                          : tr("The installation failed: %1").arg(serverMessage);
    return out;
}

} // namespace upgrade
