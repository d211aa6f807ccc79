#include "Samples.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace upgrade::bench {

double Samples::median() const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype n = sorted.size();
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
}

double Samples::min() const
{
    return m_values.isEmpty() ? 0 : *std::min_element(m_values.begin(), m_values.end());
}

double Samples::max() const
{
    return m_values.isEmpty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
}

QString Samples::format(int decimals) const
{
    if (m_values.isEmpty())
        return u"—"_s;
    const QString median = QString::number(this->median(), 'f', decimals);
    if (m_values.size() == 1)
        return median;
    return u"%1 [%2–%3]"_s.arg(median, QString::number(min(), 'f', decimals),
                               QString::number(max(), 'f', decimals));
}

} // namespace upgrade::bench
