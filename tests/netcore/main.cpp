#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include "test_support.h"

int main(int argc, char** argv) {
    netcore::test::initialize();
    doctest::Context context(argc, argv);
    return context.run();
}
