#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace upgrade::wizard {

/// The hidden screenshot mode (`bpmsoft-upgrade-wizard --screenshots DIR`, used by
/// scripts/screenshots under Xvfb and by a GUI test offscreen): for each language, a wizard
/// filled with sample data (the example profile, the real procedure's plan, stage events,
/// verification results, a finished run) visits every page, grabs it with QWidget::grab into
/// DIR/<page>-<lang>.png, and checks it: texts that do not fit their widget, and — in Russian —
/// English left untranslated. Nothing runs; no file but the PNGs is written. Main thread.
class ScreenshotTour
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::wizard::ScreenshotTour)
public:
    struct Result
    {
        QStringList files;    ///< the PNGs written
        QStringList problems; ///< "page-lang: what" for every problem found
    };

    static Result run(const QString &outputDirectory, const QStringList &languages);

    /// Problems of the visible widgets under `root`: clipped texts; with `language` "ru",
    /// English words in texts.
    static QStringList layoutProblems(QWidget *root, const QString &language);
};

} // namespace upgrade::wizard
