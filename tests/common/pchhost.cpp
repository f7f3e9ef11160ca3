// Empty on purpose: the target built from this file only carries the precompiled QtTest
// headers that every test suite reuses (tests/CMakeLists.txt).
