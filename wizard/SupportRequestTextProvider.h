#pragma once

#include "profile/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace upgrade::wizard {

/// One request to the hosting provider's support desk (cloud mode), ready to copy or save.
struct SupportRequest
{
    QString id;    ///< stable: "test-environment", "production-plan"
    QString title; ///< translated, for the list
    QString text;  ///< translated: subject line, a blank line, then the body
};

/// Writes the cloud mode's support requests from the profile. The final texts come with the
/// cloud steps (issue 7); PlaceholderSupportRequests has the two requests in outline.
/// Main thread, quick, no I/O.
class SupportRequestTextProvider
{
public:
    virtual ~SupportRequestTextProvider() = default;
    virtual QList<SupportRequest> requests(const Profile &profile) const = 0;
};

/// The two requests in outline: a test environment with a current copy of production, and the
/// agreement of the production plan.
class PlaceholderSupportRequests : public SupportRequestTextProvider
{
    Q_DECLARE_TR_FUNCTIONS(upgrade::wizard::PlaceholderSupportRequests)
public:
    QList<SupportRequest> requests(const Profile &profile) const override;
};

} // namespace upgrade::wizard
