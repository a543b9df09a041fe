#include "model/shorttext.h"

namespace alliance {

QString shortText(const QString &text, int length)
{
    if (text.size() <= length || length < 1)
        return text;
    qsizetype keep = length - 1;
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    return text.left(keep) + cutMark();
}

} // namespace alliance
