#include "reportsupport.h"

#include "example/examplegenerator.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace alliance::test {

namespace {

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr, QString *err = nullptr,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(environment);
    p.start(program, arguments);
    if (!p.waitForFinished(120000)) {
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

std::unique_ptr<Document> newDocument(const QString &folder, const QString &title)
{
    DocumentOptions options;
    options.workingFolder = folder;
    auto doc = Document::createNew(title, {QStringLiteral("Tester"), {}, QUuid::createUuid()}, options);
    REQUIRE(doc);
    return doc;
}

std::unique_ptr<Document> exampleDocument(const QString &folder)
{
    auto doc = newDocument(folder, QStringLiteral("Example"));
    QString error;
    REQUIRE(example::fillExample(*doc, &error));
    return doc;
}

QString pdfText(const QString &pdf, int first, int last)
{
    QStringList arguments {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                           QString::number(first)};
    if (last > 0)
        arguments << QStringLiteral("-l") << QString::number(last);
    arguments << pdf << QStringLiteral("-");
    int code = 0;
    const QString text = run(QStringLiteral("pdftotext"), arguments, &code);
    REQUIRE(code == 0);
    return text;
}

QString pdfBodyText(const QString &pdf, int first)
{
    int code = 0;
    const QString text = run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-enc"), QStringLiteral("UTF-8"), QStringLiteral("-f"),
                              QString::number(first), QStringLiteral("-x"), QStringLiteral("0"), QStringLiteral("-y"),
                              QStringLiteral("70"), QStringLiteral("-W"), QStringLiteral("595"), QStringLiteral("-H"),
                              QStringLiteral("702"), pdf, QStringLiteral("-")},
                             &code);
    REQUIRE(code == 0);
    return text;
}

QString flattened(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).simplified(); // "ﬁ" as "fi"
}

int pdfPages(const QString &pdf)
{
    int code = 0;
    const QString info = run(QStringLiteral("pdfinfo"), {pdf}, &code);
    const auto match
        = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption).match(info);
    return code == 0 && match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pdfPageSize(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const auto match
        = QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+ x [\\d.]+)"), QRegularExpression::MultilineOption)
              .match(info);
    return match.captured(1);
}

int pdfImageCount(const QString &pdf)
{
    int code = 0;
    const QString list = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}, &code);
    if (code != 0)
        return -1;
    // Two header lines, then one line per image.
    const QStringList lines = list.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return int(lines.size()) - 2;
}

int runApp(const QStringList &arguments, QString *out, QString *err)
{
    static QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/.local/share"));
    int code = 0;
    const QString output = run(QStringLiteral(ALLIANCE_APP), arguments, &code, err, environment);
    if (out)
        *out = output;
    return code;
}

} // namespace alliance::test
