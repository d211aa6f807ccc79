#pragma once

#include "RunReport.h"

#include <QCoreApplication>
#include <QString>

namespace upgrade {

/// The report of a run for people, as one self-contained HTML page (inline CSS, no scripts, no
/// external resources) in the language of the installed translation (tr(); `lang` attribute
/// set). Every text from the journal or the profile is HTML-escaped: the journal is untrusted.
/// `Print` is the variant for Qt's rich-text engine (QTextDocument, the PDF): plain tables with
/// cell borders, no <details>, raw details shortened. Stateless; thread-safe.
class HtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::HtmlReport)
public:
    enum class Flavor { Browser, Print };
    static QString render(const RunReport &report, Flavor flavor = Flavor::Browser);
    /// The document title: "Upgrade report: <profile name>".
    static QString title(const RunReport &report);
    /// The result in words: "succeeded" -> "Upgrade succeeded".
    static QString resultTitle(RunResult result);
};

} // namespace upgrade
