#pragma once
// JSON text written member by member, in the order given: QJsonDocument sorts
// an object's members by name, and the interchange format keeps the schema's
// column order so that files read like the schema and diff line by line.

#include <QByteArray>
#include <QList>
#include <QString>

namespace alliance {

/// Writes one JSON document, indented by two spaces, one member or element a
/// line; empty arrays and objects as [] and {}. Calls must nest correctly
/// (key() before each value of an object); the writer does not check it.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// The name of the next member of the current object.
    void key(const QString &name);
    void value(const QString &text);
    void value(qint64 number);
    /// Finite numbers only: the shortest form that reads back to the same double.
    void value(double number);
    void value(bool flag);
    void nullValue();

    /// The document written so far, ending with a line break once complete.
    const QByteArray &text() const { return m_text; }

private:
    void beforeValue();
    void open(char bracket);
    void close(char bracket);
    void newLine();

    QByteArray m_text;
    QList<int> m_counts; ///< members or elements written, per open container
    bool m_afterKey = false;
};

} // namespace alliance
