#include "test_files.h"

#include <fstream>
#include <sstream>

namespace billcode::testing {

std::string ReadWholeFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  std::ostringstream content;
  content << file.rdbuf();
  return content.str();
}

std::string ReadFixture(const std::string& name) {
  return ReadWholeFile(std::string(BILLCODE_FIXTURES_DIR) + "/" + name);
}

std::string ReadProjectData(const std::string& name) {
  return ReadWholeFile(std::string(BILLCODE_DATA_DIR) + "/" + name);
}

std::string ReadSharedData(const std::string& relative_path) {
  return ReadWholeFile(std::string(BILLCODE_SHARED_DATA_DIR) + "/" +
                       relative_path);
}

}  // namespace billcode::testing
