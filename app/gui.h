// SPDX-License-Identifier: MIT
#pragma once

#include "commandline.h"

namespace rtcare {

// Opens the ticket queue window; returns the application's exit code.
[[nodiscard]] int runGui(int& argc, char** argv, const cli::GlobalOptions& globals);

} // namespace rtcare
