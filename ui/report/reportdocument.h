#pragma once
// Lays out the body of a report (its sections) as a QTextDocument. Every
// string is inserted as plain text through QTextCursor: nothing a user typed
// is ever read as HTML.

#include "report/report.h"
#include "report/reportcharts.h"

#include <QList>
#include <memory>

class QPaintDevice;
class QTextDocument;

namespace alliance::report {

/// Where each section starts in the body, filled once the document is paginated.
struct SectionAnchor
{
    QString title;
    int blockPosition = 0; ///< position of the section's heading in the document
};

struct BodyDocument
{
    std::unique_ptr<QTextDocument> document; ///< owns the chart painter objects through its layout
    QList<SectionAnchor> sections;
};

/// The body of `report`, laid out for `device` (its resolution sets the units)
/// with pages of `pageSize` device pixels. `charts` fill the dashboard section.
BodyDocument layoutBody(const Report &report, const QList<ReportChart> &charts, QPaintDevice *device,
                        const QSizeF &pageSize);

/// The fonts the report uses, at `points` size.
QFont reportFont(qreal points, bool bold = false);

} // namespace alliance::report
