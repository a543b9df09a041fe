#pragma once
// A new project built from an interchange file, through the document's one
// way of changing data: every value is journalled like an edit.

#include "document/document.h"

#include <memory>

namespace alliance {

/// Reads and checks the interchange file at `path` (readInterchangeFile),
/// then makes a new document (Document::createNew, working copy in
/// `options`' folder) holding its partnership with the file's ids, every row
/// set through Document::apply in the name of `author`. The document is not
/// saved: the caller saves it (saveAs, which checks the result as any
/// opened file). Returns nullptr with `error` (translated, naming the first
/// bad field) when the file is refused or the document refuses a value;
/// nothing is left behind then. Only reads `path`.
std::unique_ptr<Document> createFromJson(const QString &path, const Author &author, const DocumentOptions &options,
                                         QString *error);

} // namespace alliance
