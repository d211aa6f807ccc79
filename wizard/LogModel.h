#pragma once

#include <QAbstractListModel>
#include <QSortFilterProxyModel>
#include <QTime>

namespace upgrade::wizard {

/// The live log of a stage: status lines, the steps' log lines (already redacted by the
/// engine), findings and failures, each with its time, step and level. Keeps the newest
/// MaxLines lines. Main thread.
class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Level { Info, Warning, Error };
    Q_ENUM(Level)
    enum Roles { LevelRole = Qt::UserRole + 1, StepRole, TextRole };
    static constexpr int MaxLines = 20000;

    explicit LogModel(QObject *parent = nullptr);

    void append(Level level, const QString &stepId, const QString &text);
    void clear();
    /// "12:03:04  text" as shown and copied.
    QString lineAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    struct Line
    {
        QTime time;
        Level level;
        QString stepId;
        QString text;
    };
    QList<Line> m_lines;
};

/// A filtered view of a LogModel: lines containing a text (case-insensitive), and/or only
/// warnings and errors. Main thread.
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogFilterModel(QObject *parent = nullptr);
    void setText(const QString &text);
    void setProblemsOnly(bool problemsOnly);
    bool problemsOnly() const { return m_problemsOnly; }
    /// The visible lines, one per line, for the clipboard.
    QString visibleText() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    bool m_problemsOnly = false;
};

} // namespace upgrade::wizard
