#include "catch.h"
TEST_CASE("cli harness runs") { REQUIRE(1 + 1 == 2); }
