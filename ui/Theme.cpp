#include "Theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

#include <memory>

namespace Veil {

namespace {

struct Original
{
    QString style;
    QPalette palette;
    UiTheme current = UiTheme::System;
    bool watching = false;
};

/** The platform's own style and palette, taken before Veil changes either. */
Original &original()
{
    static Original o = [] {
        Original first;
        first.style = QApplication::style() ? QApplication::style()->name() : QString();
        first.palette = QApplication::palette();
        return first;
    }();
    return o;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e);
    const QColor base(0x1f, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x80, 0x80, 0x86);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x27, 0x2b));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x39));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x45, 0x4a));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3f));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x34));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x1a));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xa8, 0x8c, 0xf0));
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
        p.setColor(QPalette::Disabled, role, disabled);
    }
    return p;
}

void useFusion(const QPalette &palette)
{
    if (QApplication::style()->name().compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    }
    QApplication::setPalette(palette);
}

void restoreOriginal()
{
    const Original &o = original();
    if (!o.style.isEmpty() && QApplication::style()->name().compare(o.style, Qt::CaseInsensitive) != 0) {
        QApplication::setStyle(QStyleFactory::create(o.style));
    }
    QApplication::setPalette(o.palette);
}

} // namespace

void Theme::apply(UiTheme theme)
{
    Original &o = original();
    o.current = theme;
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (!o.watching) {
        o.watching = true;
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp, [] {
            if (original().current == UiTheme::System) {
                apply(UiTheme::System);
            }
        });
    }
#endif
    switch (theme) {
    case UiTheme::Light: {
        const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        useFusion(fusion->standardPalette());
        return;
    }
    case UiTheme::Dark:
        useFusion(darkPalette());
        return;
    case UiTheme::System:
        break;
    }
    // The platform palette may already be dark (macOS, KDE, Windows with Qt 6.5+); only when the
    // OS asks for dark and the platform style does not provide it does Veil step in.
    const bool originalDark = o.palette.color(QPalette::Window).lightness() < 128;
    if (systemPrefersDark() && !originalDark) {
        useFusion(darkPalette());
    } else {
        restoreOriginal();
    }
}

bool Theme::isDark()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

bool Theme::systemPrefersDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown) {
        return scheme == Qt::ColorScheme::Dark;
    }
#endif
    return original().palette.color(QPalette::Window).lightness() < 128;
}

} // namespace Veil
