// The files tests read: fixtures, the project's own data, the official
// releases (no GoogleTest, so the fuzz targets use it too).
#ifndef BILLCODE_TESTS_TEST_FILES_H_
#define BILLCODE_TESTS_TEST_FILES_H_

#include <string>

namespace billcode::testing {

// The whole file at `path` (binary); empty when it cannot be read.
std::string ReadWholeFile(const std::string& path);

// A file of tests/fixtures/, data/ or ../shared/data.
std::string ReadFixture(const std::string& name);
std::string ReadProjectData(const std::string& name);
std::string ReadSharedData(const std::string& relative_path);

}  // namespace billcode::testing

#endif  // BILLCODE_TESTS_TEST_FILES_H_
