#pragma once
// An organisation's logo, as one change set (one undo step) for Document::apply.

#include "journal/change.h"

#include <QByteArray>

namespace alliance {

class Document;

namespace logoedits {

/// Stores `image` (PNG or JPEG bytes, checked by Document::apply; empty
/// removes the picture) as the logo of `organisation`, on the item whose id
/// is derived from it (ids::organisationLogo): one logo per organisation,
/// the same item in every copy, brought back when it was removed. Empty when the organisation is unknown.
ChangeSet set(const Document &document, const QUuid &organisation, const QByteArray &image, const QString &label);

} // namespace logoedits
} // namespace alliance
