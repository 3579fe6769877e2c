#include "Language.h"
#include "LockKeyFilter.h"
#include "PreferencesPage.h"
#include "RecoveryKeyPrinter.h"
#include "UiTestSupport.h"
#include "VaultSession.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFileInfo>
#include <QListWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace abri;
using namespace abri::test;

TEST_CASE("The printed recovery key holds the key and neutral instructions, no organisation")
{
    const QString key = QStringLiteral("ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789");
    const QString html = ui::RecoveryKeyPrinter::html(key);
    CHECK(html.contains(QStringLiteral("ABCD-EFGH-JKMN-PQRS<br>TVWX-YZ01-2345-6789")));
    CHECK_FALSE(html.contains(Organisation));
    CHECK_FALSE(html.contains(QStringLiteral("Abri")));

    QTemporaryDir dir;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("key.pdf")));
    ui::RecoveryKeyPrinter::print(printer, key);
    CHECK(QFileInfo(dir.filePath(QStringLiteral("key.pdf"))).size() > 1000);
}

TEST_CASE("The lock keys are ignored while nothing is unlocked")
{
    MockClock clock;
    ui::LockKeyFilter filter(clock);
    QSignalSpy lock(&filter, &ui::LockKeyFilter::lockRequested);
    QSignalSpy panic(&filter, &ui::LockKeyFilter::panicRequested);
    QWidget widget;
    showAndActivate(widget);
    QTest::keyClick(&widget, Qt::Key_L, Qt::ControlModifier);
    for (int i = 0; i < 3; ++i) {
        QTest::keyClick(&widget, Qt::Key_Escape);
    }
    CHECK(lock.count() == 0);
    CHECK(panic.count() == 0);

    filter.setEnabled(true);
    QTest::keyClick(&widget, Qt::Key_L, Qt::ControlModifier);
    CHECK(lock.count() == 1);
    SECTION("held-down Escape (auto-repeat) is not a panic")
    {
        for (int i = 0; i < 5; ++i) {
            QTest::keyPress(&widget, Qt::Key_Escape, Qt::NoModifier);
            QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier, QString(), true);
            QCoreApplication::sendEvent(&widget, &repeat);
            QTest::keyRelease(&widget, Qt::Key_Escape, Qt::NoModifier);
            clock.advanceSeconds(1);
        }
        CHECK(panic.count() == 0);
    }
    SECTION("one press that propagates through parent widgets counts once")
    {
        QWidget* inner = new QWidget(&widget);
        QWidget* innermost = new QWidget(inner);
        QTest::keyClick(innermost, Qt::Key_Escape);
        QTest::keyClick(innermost, Qt::Key_Escape);
        CHECK(panic.count() == 0);
        QTest::keyClick(innermost, Qt::Key_Escape);
        CHECK(panic.count() == 1);
    }
}

TEST_CASE("Switching the language in Preferences retranslates the open workspace at once")
{
    UiFixture fixture;
    fixture.createVault()->lock();
    ui::MainWindow window(fixture.options);
    showAndActivate(window);
    unlockThroughUi(window, Coordinator, CoordinatorPass);
    ui::Workspace* workspace = window.workspace();
    workspace->showPage(ui::Workspace::Page::Preferences);
    auto* nav = child<QListWidget>(workspace, QStringLiteral("navigation"));
    const QString englishFirst = nav->item(0)->text();
    CHECK(englishFirst == QStringLiteral("Today"));
    auto* language = child<QComboBox>(workspace, QStringLiteral("languageCombo"));
    language->setCurrentIndex(language->findData(QStringLiteral("fr")));
    CHECK(ui::Language::current() == QStringLiteral("fr"));
    // Qt posts LanguageChange to each window; widgets retranslate when it is delivered.
    REQUIRE(waitUntil([&] { return nav->item(0)->text() == QStringLiteral("Aujourd’hui"); }, 5000));
    CHECK(child<QPushButton>(workspace, QStringLiteral("lockButton"))->text() == QStringLiteral("&Verrouiller"));
    CHECK(window.windowTitle() == QStringLiteral("Abri"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    REQUIRE(waitUntil([&] { return nav->item(0)->text() == englishFirst; }, 5000));
    ui::Language::apply(QStringLiteral("en"));
}
