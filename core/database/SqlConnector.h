#pragma once

#include "SqlExecutor.h"

#include <QString>

#include <memory>

namespace upgrade {

/// Opens connections to databases of one server: the seam MsSqlAdmin uses, so that tests can
/// feed results without a server. The real one is MsSqlConnector (QODBC). open() is called on
/// the thread that will use the connection (MsSqlAdmin runs BACKUP/RESTORE on a worker thread
/// and polls progress on another connection); implementations must allow that.
class SqlConnector
{
public:
    virtual ~SqlConnector() = default;
    /// A new connection to `database`; nullptr with the driver's text and native error code.
    virtual std::unique_ptr<SqlExecutor> open(const QString &database, QString *error,
                                              QString *nativeCode) = 0;
};

} // namespace upgrade
