#include "catch.h"
TEST_CASE("ui harness runs") { REQUIRE(1 + 1 == 2); }
