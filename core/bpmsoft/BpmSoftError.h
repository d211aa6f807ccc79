#pragma once

#include <QString>

namespace upgrade {

/// Why a BpmSoftClient call failed: a kind for code, a translated message that says what
/// failed, where and what to do, and raw details (URL, HTTP status, body excerpt; redacted).
/// A plain value.
struct BpmSoftError
{
    enum class Kind {
        None,
        Network,          ///< refused, reset, dropped, DNS: no HTTP answer
        Timeout,          ///< no answer in time
        Cancelled,        ///< the user cancelled
        Tls,              ///< the certificate is not trusted (and not pinned)
        WrongCredentials, ///< login answered Code != 0
        SessionLost,      ///< still unauthorised after logging in again
        Forbidden,        ///< 403: rights or the CSRF token
        NotFound,         ///< 404: wrong address, or the service does not exist here
        Unavailable,      ///< 502/503/504: the site is (re)starting or overloaded
        ServerError,      ///< 500 and other statuses
        BadResponse,      ///< not the expected JSON (an HTML page, a proxy error, ...)
        OperationFailed,  ///< the service answered success:false
    };

    Kind kind = Kind::None;
    QString message;
    QString details;
    int httpStatus = 0;
    /// A request that changes data failed after it may have reached the server: the change
    /// may or may not have happened. The caller must check before repeating it.
    bool mayHaveBeenApplied = false;

    bool isError() const { return kind != Kind::None; }
};

} // namespace upgrade
