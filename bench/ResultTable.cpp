#include "ResultTable.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace upgrade::bench {

namespace {

QString number(double value)
{
    const double a = std::fabs(value);
    return QString::number(value, 'f', a >= 100 ? 0 : a >= 10 ? 1 : 2);
}

int decimalsFor(const Samples &s)
{
    const double a = std::fabs(s.median());
    return a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
}

QString sampleText(const Samples &s, const QString &unit)
{
    if (s.isEmpty())
        return u"—"_s;
    return s.format(decimalsFor(s)) + u' ' + unit;
}

} // namespace

bool ResultRow::hasRatio() const
{
    return isMeasured() && !baseline.isEmpty() && baseline.median() > 0;
}

double ResultRow::ratio() const
{
    return hasRatio() ? measured.median() / baseline.median() : 0;
}

QString ResultRow::ratioText() const
{
    return hasRatio() ? QString::number(ratio(), 'f', ratio() < 0.1 ? 3 : 2) : u"—"_s;
}

QString ResultRow::targetText() const
{
    switch (target) {
    case Target::None:
        return u"—"_s;
    case Target::RatioAtMost:
        return u"ratio ≤ "_s + number(targetValue);
    case Target::RatioAtLeast:
        return u"ratio ≥ "_s + number(targetValue);
    case Target::ValueAtMost:
        return u"≤ "_s + number(targetValue) + u' ' + unit;
    }
    return {};
}

bool ResultRow::targetMissed() const
{
    if (!isMeasured())
        return false;
    switch (target) {
    case Target::None:
        return false;
    case Target::RatioAtMost:
        return hasRatio() && ratio() > targetValue;
    case Target::RatioAtLeast:
        return hasRatio() && ratio() < targetValue;
    case Target::ValueAtMost:
        return measured.median() > targetValue;
    }
    return false;
}

QString ResultRow::verdict() const
{
    if (!isMeasured())
        return u"not measured"_s;
    if (target == Target::None)
        return u"—"_s;
    if ((target == Target::RatioAtMost || target == Target::RatioAtLeast) && !hasRatio())
        return u"no baseline"_s;
    return targetMissed() ? u"NOT met"_s : u"met"_s;
}

ResultRow *ResultTable::find(const QString &id)
{
    for (ResultRow &row : m_rows)
        if (row.id == id)
            return &row;
    return nullptr;
}

QStringList ResultTable::header()
{
    return {u"id"_s,    u"measurement"_s, u"program"_s, u"baseline"_s,
            u"ratio"_s, u"target"_s,      u"result"_s};
}

QList<QStringList> ResultTable::cells() const
{
    QList<QStringList> out;
    for (const ResultRow &r : m_rows) {
        if (!r.isMeasured()) {
            out.append({r.id, r.what, u"not measured: "_s + r.notMeasured,
                        sampleText(r.baseline, r.unit), u"—"_s, r.targetText(), r.verdict()});
            continue;
        }
        out.append({r.id, r.what, sampleText(r.measured, r.unit), sampleText(r.baseline, r.unit),
                    r.ratioText(), r.targetText(), r.verdict()});
    }
    return out;
}

QString ResultTable::toText() const
{
    const QStringList head = header();
    const QList<QStringList> body = cells();
    QList<qsizetype> width(head.size(), 0);
    for (qsizetype c = 0; c < head.size(); ++c)
        width[c] = head[c].size();
    for (const QStringList &row : body)
        for (qsizetype c = 0; c < row.size(); ++c)
            width[c] = qMax(width[c], row[c].size());
    auto line = [&](const QStringList &row) {
        QString text;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                text += u"  "_s;
            text += c + 1 < row.size() ? row[c].leftJustified(width[c]) : row[c];
        }
        return text + u'\n';
    };
    QString out = line(head);
    QStringList rule;
    for (qsizetype w : width)
        rule.append(QString(w, u'-'));
    out += line(rule);
    for (const QStringList &row : body)
        out += line(row);
    return out;
}

QString ResultTable::toMarkdown() const
{
    auto escape = [](QString cell) { return cell.replace(u'|', u"\\|"_s); };
    auto line = [&](const QStringList &row) {
        QStringList escaped;
        for (const QString &c : row)
            escaped.append(escape(c));
        return u"| "_s + escaped.join(u" | "_s) + u" |\n"_s;
    };
    QString out = line(header());
    out += u"|---|---|---:|---:|---:|---|---|\n"_s;
    for (const QStringList &row : cells())
        out += line(row);
    return out;
}

} // namespace upgrade::bench
