// Build-time tool: renders an SVG icon to square PNG files, one per size.
//   svgtopng INPUT.svg OUTDIR NAME SIZE...   writes OUTDIR/SIZExSIZE/NAME.png
// Runs without a display: it paints into a QImage, so no QGuiApplication (and
// no platform plugin) is needed.
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>
#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    if (argc < 5) {
        std::fprintf(stderr, "usage: svgtopng INPUT.svg OUTDIR NAME SIZE...\n");
        return 2;
    }
    const QString input = QString::fromLocal8Bit(argv[1]);
    const QString outDir = QString::fromLocal8Bit(argv[2]);
    const QString name = QString::fromLocal8Bit(argv[3]);
    QSvgRenderer renderer(input);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "svgtopng: cannot read the SVG file %s\n", argv[1]);
        return 1;
    }
    for (int i = 4; i < argc; ++i) {
        char *end = nullptr;
        const long size = std::strtol(argv[i], &end, 10);
        if (!end || *end != '\0' || size < 1 || size > 4096) {
            std::fprintf(stderr, "svgtopng: bad size %s\n", argv[i]);
            return 2;
        }
        const int side = static_cast<int>(size);
        QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, side, side));
        }
        const QString dir = QStringLiteral("%1/%2x%2").arg(outDir).arg(size);
        const QString file = QStringLiteral("%1/%2.png").arg(dir, name);
        if (!QDir().mkpath(dir) || !image.save(file, "PNG")) {
            std::fprintf(stderr, "svgtopng: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
