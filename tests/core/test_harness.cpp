#include "catch.h"
TEST_CASE("harness runs") { REQUIRE(1 + 1 == 2); }
