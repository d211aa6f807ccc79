#pragma once

#include "util/Cancellation.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace upgrade::sandbox {

/// The connector's integration process as the sandbox simulates it: for each active
/// integration object, read the 1C catalog over OData (at the URL in SmrOneCConnection — so a
/// test copy still pointing at the production 1C really reads it), create or update BPMSoft
/// records through the mapping table SmrSyncHistory, and export BPMSoft records that have no
/// mapping to 1C. The rules (docs/sandbox.md) depend on the installed connector version: the
/// old one maps by (SmrObjectName, SmrExternalId); the new one by (SmrIntegrationObjectId,
/// SmrExternalKey), ignoring old rows, and links existing records by key only when
/// SmrUseForDeduplication is set and the record is not mapped already — so old rows left in
/// the table, or unset flags, create duplicates. Writes SmrIntegrationLog and finishes the
/// process's SysProcessLog row. run() is synchronous and opens its own database connection:
/// call it on a worker thread.
class SandboxIntegration
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::sandbox::SandboxIntegration)
public:
    struct Settings
    {
        QString databaseUrl;
        QString processLogId;     ///< the SysProcessLog row to finish
        QString siteUrl;          ///< sent in the User-Agent to 1C
        bool failObjects = false; ///< the integration-errors fault
        int workMsPerObject = 0;  ///< simulated work per object (already speed-scaled)
        int httpTimeoutMs = 30'000;
    };
    struct ObjectResult
    {
        QString object;
        int created = 0;
        int updated = 0;
        int linked = 0;
        int exported = 0;
        int errors = 0;
        QString message;
    };
    struct Result
    {
        bool success = false;
        QString error;
        bool newConnector = false;
        QList<ObjectResult> objects;
        QString summaryJson() const;
    };

    static Result run(const Settings &settings, const Cancellation &cancel = {});
};

} // namespace upgrade::sandbox
