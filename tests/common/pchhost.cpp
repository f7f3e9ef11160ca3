// Empty on purpose: the target built from this file only carries the precompiled Qt
// headers that every test suite reuses (tests/CMakeLists.txt).
