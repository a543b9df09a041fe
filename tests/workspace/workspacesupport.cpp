#include "workspacesupport.h"

namespace alliance::testing {

namespace {

QString typed(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
        return QStringLiteral("i:") + QString::number(v.toLongLong());
    case QMetaType::Double:
        return QStringLiteral("r:") + QString::number(v.toDouble(), 'g', 17);
    case QMetaType::QByteArray:
        return QStringLiteral("b:") + QString::fromLatin1(v.toByteArray().toHex());
    default:
        return v.isNull() ? QStringLiteral("null") : QStringLiteral("t:") + v.toString();
    }
}

} // namespace

QMap<QString, QStringList> content(const QString &path)
{
    QMap<QString, QStringList> out;
    auto lines = [&](const QString &sql) {
        QStringList l;
        for (const auto &row : test::rawRows(path, sql)) {
            QStringList cells;
            for (const auto &v : row)
                cells << typed(v);
            l << cells.join(QLatin1Char('|'));
        }
        l.sort();
        return l;
    };
    for (const auto &t : schema::tables())
        if (t.merged)
            out.insert(t.name, lines(QStringLiteral("SELECT * FROM %1").arg(t.name)));
    out.insert(QStringLiteral("journal"),
               lines(QStringLiteral("SELECT change_id, entity, entity_id, field, value, hlc, author_name, author_org, "
                                    "installation FROM journal WHERE entity IN (%1)")
                         .arg([] {
                             QStringList names;
                             for (const auto &t : schema::tables())
                                 if (t.merged)
                                     names << QLatin1Char('\'') + t.name + QLatin1Char('\'');
                             return names.join(QLatin1Char(','));
                         }())));
    return out;
}

int sharedJournalRows(const QString &path)
{
    return content(path).value(QStringLiteral("journal")).size();
}

void publish(Team &team)
{
    auto doc = team.open(team.fileA, team.alice);
    QString error;
    INFO(error.toStdString());
    REQUIRE(workspace::publish(*doc, *team.db.connect(team.alice.role), &error));
    const auto connection = team.db.connect(team.alice.role);
    QSqlQuery q(connection->database());
    REQUIRE(q.exec(QStringLiteral("SELECT alliance.set_member('%1'::uuid, '%2', 'editor')")
                       .arg(doc->partnershipId().toString(QUuid::WithoutBraces), team.bruno.role)));
}

} // namespace alliance::testing
