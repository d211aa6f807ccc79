#include "LogModel.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace upgrade::wizard {

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void LogModel::append(Level level, const QString &stepId, const QString &text)
{
    if (m_lines.size() >= MaxLines) {
        const int drop = MaxLines / 10;
        beginRemoveRows({}, 0, drop - 1);
        m_lines.remove(0, drop);
        endRemoveRows();
    }
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append({QTime::currentTime(), level, stepId, text});
    endInsertRows();
}

void LogModel::clear()
{
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

QString LogModel::lineAt(int row) const
{
    const Line &l = m_lines.at(row);
    return l.time.toString(u"HH:mm:ss"_s) + u"  "_s + l.text;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &l = m_lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return lineAt(index.row());
    case Qt::ToolTipRole:
        return l.text.size() > 80 ? QVariant(l.text) : QVariant();
    case Qt::ForegroundRole:
        if (l.level == Error)
            return QBrush(QColor(0xb0, 0x1e, 0x1e));
        if (l.level == Warning)
            return QBrush(QColor(0x8a, 0x5a, 0x00));
        return {};
    case LevelRole:
        return int(l.level);
    case StepRole:
        return l.stepId;
    case TextRole:
        return l.text;
    default:
        return {};
    }
}

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void LogFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

void LogFilterModel::setProblemsOnly(bool problemsOnly)
{
    m_problemsOnly = problemsOnly;
    invalidateFilter();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_problemsOnly && index.data(LogModel::LevelRole).toInt() == LogModel::Info)
        return false;
    if (!m_text.isEmpty() &&
        !index.data(LogModel::TextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

QString LogFilterModel::visibleText() const
{
    QStringList lines;
    lines.reserve(rowCount());
    for (int row = 0; row < rowCount(); ++row)
        lines << index(row, 0).data(Qt::DisplayRole).toString();
    return lines.join(u'\n');
}

} // namespace upgrade::wizard
