// Starts Alliance Pilot: the GUI, or a headless verb of the command line.
#include <QApplication>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    return 0;
}
