#pragma once

#include "util/Cancellation.h"

#include <QCoreApplication>
#include <QString>

namespace upgrade {

/// What the 1C OData endpoint answered.
struct ODataCheckResult
{
    enum class Status {
        Ok,               ///< HTTP 200 with OData metadata
        WrongCredentials, ///< HTTP 401
        Forbidden,        ///< HTTP 403
        NotFound,         ///< HTTP 404: wrong path, or OData not published
        Redirected,       ///< HTTP 3xx (not followed: the credentials stay with the address)
        ServerError,      ///< HTTP 5xx
        Unexpected,       ///< another status, or 200 without OData metadata
        Unreachable,      ///< no connection (refused, unknown host, ...)
        TlsError,
        TimedOut,
        Cancelled,
        NotConfigured, ///< no address
    };
    Status status = Status::NotConfigured;
    int httpStatus = 0;
    QString url;     ///< what was asked
    QString message; ///< translated: what it means and what to do
    QString details; ///< raw: status line, network error, the first bytes of the body
    qint64 elapsedMs = 0;

    bool ok() const { return status == Status::Ok; }
};

/// The connectivity check of a 1C publication: GET `<odataUrl>/$metadata` with Basic auth.
/// 200 is fine, 401 means wrong credentials, anything else is explained. Synchronous (a local
/// event loop on the calling thread, a worker's); timeout and cancel. Stateless.
class OneCODataCheck
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::OneCODataCheck)
public:
    /// `…/odata/standard.odata` → `…/odata/standard.odata/$metadata` (kept when already there).
    static QString metadataUrl(const QString &odataUrl);
    static ODataCheckResult check(const QString &odataUrl, const QString &user,
                                  const QString &password, const Cancellation &cancel = {},
                                  int timeoutMs = 20000);
};

} // namespace upgrade
