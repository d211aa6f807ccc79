#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTreeWidget;

namespace upgrade::wizard {

class LogFilterModel;
class QuestionPanel;
class StageViewModel;

/// A stage at work: its state, the overall and the current step's progress bars, the status
/// line, elapsed time and an estimate of the rest, the steps with state icons (steps that
/// change data marked), the question waiting for an answer, and the live log with a filter,
/// "problems only" and Copy. Used by the Preflight, Test stage and Production stage pages.
/// A view of StageViewModel; a 1-second timer refreshes the clock while the stage runs.
/// The model's changes are shown at most every RefreshMs: a busy step reports its status and
/// progress many times a second, and each refresh lays out and repaints the labels and bars
/// (QProgressBar repaints at once), which kept the UI thread busy for 50-100 ms at a time.
class StageView : public QWidget
{
    Q_OBJECT
public:
    explicit StageView(StageViewModel *model, QWidget *parent = nullptr);

    QTreeWidget *stepsView() const { return m_steps; }
    QListView *logView() const { return m_log; }
    LogFilterModel *logFilter() const { return m_filter; }

    static constexpr int RefreshMs = 50;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitSplitter();
    void fitStepColumns();
    /// Runs `timer` now if the last refresh was RefreshMs ago, else when it will be.
    static void schedule(QTimer &timer, const QElapsedTimer &last);
    void updateState();
    void updateSteps();
    void updateClock();
    void retranslate();

    StageViewModel *m_model;
    QLabel *m_state;
    QLabel *m_overallLabel;
    QProgressBar *m_overall;
    QLabel *m_counts;
    QLabel *m_stepLabel;
    QProgressBar *m_step;
    QLabel *m_status;
    QLabel *m_clock;
    QuestionPanel *m_question;
    QSplitter *m_splitter;
    QTreeWidget *m_steps;
    QLabel *m_logLabel;
    QLineEdit *m_logFilterEdit;
    QCheckBox *m_problemsOnly;
    QPushButton *m_copy;
    QListView *m_log;
    LogFilterModel *m_filter;
    QTimer m_timer;
    QTimer m_stateRefresh;
    QTimer m_stepsRefresh;
    QTimer m_follow;
    QElapsedTimer m_lastState;
    QElapsedTimer m_lastSteps;
    int m_stepsHeight = 0;
};

} // namespace upgrade::wizard
