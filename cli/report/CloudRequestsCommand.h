#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace upgrade::cli {

/// `cloud-requests --profile P [--output DIR] [--contact TEXT] [--journal DIR] [--json]`: the two
/// requests to the hosting provider's support desk for a cloud-hosted production site
/// (CloudSupportRequests), filled from the profile, its package archive and the maintenance
/// window; installed versions from a run's journal when --journal is given. Prints them, or
/// writes one text file each into DIR. Reads no secret.
class CloudRequestsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::cli::CloudRequestsCommand)
public:
    QString name() const override;
    QString summary() const override;
    bool wantsRunLog() const override { return false; }
    int run(const QStringList &arguments, CliContext &context) override;
};

} // namespace upgrade::cli
