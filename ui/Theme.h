#pragma once

#include "config/UiSettings.h"

namespace Veil {

/**
 * Light, dark or the system's colours for the whole application. "System" follows the OS dark
 * mode: with Qt 6.5 or newer from QStyleHints::colorScheme() (and again whenever it changes),
 * on Qt 6.4 from the lightness of the platform's own palette. Light and dark use the Fusion style
 * with a fixed palette, which looks the same on every platform.
 */
class Theme
{
public:
    /** Applies @p theme to the QApplication (call from the GUI thread). */
    static void apply(UiTheme theme);
    /** Whether the window is dark now (palette lightness). */
    static bool isDark();
    /** Whether the operating system asks for dark colours. */
    static bool systemPrefersDark();
};

} // namespace Veil
