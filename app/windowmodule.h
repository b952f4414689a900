// SPDX-License-Identifier: MIT
// The window and the drawn reports live in rtcare-window, a module rtcare loads only when it
// opens the window or draws a report (HTML, PDF). The headless commands never load it, so
// they start without Qt Widgets, Gui and Charts.
#pragma once

namespace rtcare::cli {

// The module's two entry points, C functions found by name. The version guards against a
// module left over from another install.
inline constexpr char kWindowMainSymbol[] = "rtcare_window_main";
inline constexpr char kWindowVersionSymbol[] = "rtcare_window_version";
using WindowMain = int (*)(int* argc, char** argv);
using WindowVersion = const char* (*)();

// Loads the module from beside the executable or from where it is installed, and hands it
// the whole command line; `window` when it opens the window rather than runs a command. Its
// exit code; when it is missing, cannot be loaded or is of another version, a message naming
// the file (for the window on Windows also a dialog, as there is no console) and 1.
[[nodiscard]] int runInWindowModule(int* argc, char** argv, bool window);

} // namespace rtcare::cli
