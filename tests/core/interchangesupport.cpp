#include "interchangesupport.h"

#include "cli/cli.h"
#include "io/interchange.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

namespace alliance::test {

CliResult runVerb(const QStringList &arguments, const QString &working)
{
    CliResult r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    DocumentOptions options;
    options.workingFolder = working;
    r.code = cli::run(QStringList {QStringLiteral("alliance-pilot")} + arguments, out, err, options);
    out.flush();
    err.flush();
    return r;
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QMap<QString, QList<QVariantList>> carriedRows(const QString &projectPath)
{
    QMap<QString, QList<QVariantList>> out;
    for (const auto &t : schema::tables()) {
        if (!interchange::carries(t))
            continue;
        QStringList names {QStringLiteral("id")};
        for (const auto &c : t.columns)
            names << c.name;
        out.insert(t.name,
                   rawRows(projectPath,
                           QStringLiteral("SELECT %1 FROM %2 WHERE deleted = 0 ORDER BY id")
                               .arg(names.join(QLatin1Char(',')), t.name)));
    }
    return out;
}

QJsonObject jsonObjectOf(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    INFO(str(error.errorString()));
    REQUIRE(document.isObject());
    return document.object();
}

} // namespace alliance::test
