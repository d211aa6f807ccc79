#pragma once

#include <QList>
#include <QString>

namespace upgrade::bench {

/// The repeated measurements of one quantity (seconds, MB/s, ...): median, min, max.
/// A plain value; copy freely.
class Samples
{
public:
    void add(double value) { m_values.append(value); }
    bool isEmpty() const { return m_values.isEmpty(); }
    qsizetype count() const { return m_values.size(); }
    const QList<double> &values() const { return m_values; }

    /// The middle value (the mean of the two middle ones for an even count); 0 when empty.
    double median() const;
    double min() const;
    double max() const;

    /// "12.3 [11.9–13.0]" with `decimals` digits; "—" when empty.
    QString format(int decimals = 2) const;

private:
    QList<double> m_values;
};

} // namespace upgrade::bench
