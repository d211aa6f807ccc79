#pragma once

#include "SiteHealthProbe.h"

namespace upgrade {

/// GET of a URL: healthy on HTTP 200–399 (a BPMSoft root redirects to its login page).
/// Owns nothing; one QNetworkAccessManager per probe call, on the calling thread.
class HttpHealthProbe : public SiteHealthProbe
{
public:
    explicit HttpHealthProbe(QString url, int timeoutMs = 15000);
    HealthProbeResult probe(const Cancellation &cancel) override;
    QString target() const override { return m_url; }

private:
    QString m_url;
    int m_timeoutMs;
};

} // namespace upgrade
