#include "SampleIdentityProvider.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace upgrade::sample {

std::optional<TargetIdentity> SampleIdentityProvider::identify(EnvironmentKind environment,
                                                               Progress &, QString *)
{
    TargetIdentity identity = TargetIdentity::expected(m_profile, environment);
    QFile file(QDir(m_directory).filePath(u"fingerprint-%1.txt"_s.arg(toString(environment))));
    identity.fingerprint = file.open(QIODevice::ReadOnly)
                                   ? QString::fromUtf8(file.readAll()).trimmed()
                                   : u"sample-%1"_s.arg(toString(environment));
    return identity;
}

} // namespace upgrade::sample
